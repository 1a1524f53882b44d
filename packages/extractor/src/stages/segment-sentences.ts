import type { Doc, Sentence, Token } from '../doc/doc.js';
import { spanIndexAt } from '../doc/search.js';
import { beginArticle, wink } from '../nlp/wink.js';
import type { Stage } from './stage.js';

/**
 * Sentences and tokens of every section (wink-nlp), with UTF-16 offsets into doc.text.
 * Sentences never cross a section (headline, caption, paragraph). Each article is read as if wink
 * had read nothing before it (see beginArticle).
 */
export const segmentSentences: Stage = {
  name: 'segment-sentences',
  run(doc) {
    beginArticle();
    // wink reads a whole text about a third faster than its paragraphs one by one; sentences are
    // then cut where a section ends. Sections that overlap or are out of order are read one by one.
    const sections = doc.sections.map((s, index) => ({ start: s.start, end: s.end, index })).filter((s) => doc.text.slice(s.start, s.end).trim());
    const ordered = sections.every((s, k) => k === 0 || sections[k - 1]!.end <= s.start);
    if (ordered && sections.length > 1) {
      const from = sections[0]!.start;
      const read = readText(doc.text.slice(from, sections[sections.length - 1]!.end), from);
      const at = read.map((t) => spanIndexAt(sections, t.start));
      if (read.every((t, k) => at[k]! < 0 || t.end <= sections[at[k]!]!.end)) {
        addSentences(doc, read, (k) => (at[k]! < 0 ? -1 : sections[at[k]!]!.index));
        return;
      }
    }
    for (const section of sections) addSentences(doc, readText(doc.text.slice(section.start, section.end), section.start), () => section.index);
  },
};

interface ReadToken {
  start: number;
  end: number;
  pos: string;
  kind: string;
  /** Index of wink's sentence. */
  sentence: number;
}

/** wink's tokens and sentences of a text that starts at `offset` in doc.text. */
function readText(text: string, offset: number): ReadToken[] {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const kinds = wdoc.tokens().out(its.type) as string[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  // Character offsets of wink's tokens: each token is found after the previous one.
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64) {
      // wink changed the token; take the next non-space run of the same length.
      at = cursor;
      while (at < text.length && /\s/.test(text[at]!)) at++;
    }
    starts[i] = at;
    ends[i] = Math.min(text.length, at + v.length);
    cursor = ends[i]!;
  }
  mergeSplitWords(text, values, pos, kinds, starts, ends, sentenceSpans);
  const out: ReadToken[] = [];
  sentenceSpans.forEach(([first, last], k) => {
    for (let i = first; i <= last && i < values.length; i++) {
      out.push({ start: offset + starts[i]!, end: offset + ends[i]!, pos: pos[i] ?? 'X', kind: kinds[i] ?? 'word', sentence: k });
    }
  });
  return out;
}

/** Adds the tokens as doc tokens and sentences, cutting a sentence where its section (sectionOf the k-th token) changes. */
function addSentences(doc: Doc, read: readonly ReadToken[], sectionOf: (k: number) => number): void {
  let sentence: Sentence | undefined;
  let lastSentence = -1;
  let lastSection = -1;
  for (let k = 0; k < read.length; k++) {
    const r = read[k]!;
    const section = sectionOf(k);
    if (section < 0) continue;
    if (!sentence || lastSentence !== r.sentence || lastSection !== section) {
      sentence = { index: doc.sentences.length, section, start: r.start, end: r.end, firstToken: doc.tokens.length, endToken: doc.tokens.length };
      doc.sentences.push(sentence);
    }
    lastSentence = r.sentence;
    lastSection = section;
    const text = doc.text.slice(r.start, r.end);
    const token: Token = { i: doc.tokens.length, start: r.start, end: r.end, text, lower: text.toLowerCase(), pos: r.pos, kind: r.kind, sentence: sentence.index };
    doc.tokens.push(token);
    sentence.end = r.end;
    sentence.endToken = doc.tokens.length;
  }
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const ASCII = /^[\x00-\x7f]+$/;

/**
 * wink-nlp splits words at some non-ASCII letters ("Kurtulmuş" → "Kurtulmu" + "ş"): joins adjacent
 * tokens with no space between them when both are made of letters. Arrays are edited in place.
 */
function mergeSplitWords(
  text: string,
  values: string[],
  pos: string[],
  kinds: string[],
  starts: number[],
  ends: number[],
  sentences: [number, number][],
): void {
  let merged = false;
  const keep: boolean[] = values.map(() => true);
  for (let i = values.length - 1; i > 0; i--) {
    if (starts[i] === ends[i - 1] && LETTERS.test(values[i]!) && LETTERS.test(values[i - 1]!) && !ASCII.test(values[i]! + values[i - 1]!)) {
      ends[i - 1] = ends[i]!;
      values[i - 1] = text.slice(starts[i - 1]!, ends[i - 1]);
      keep[i] = false;
      merged = true;
    }
  }
  if (!merged) return;
  const newIndex: number[] = [];
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    newIndex.push(keep[i] ? n : n - 1);
    if (keep[i]) n++;
  }
  const pick = <T>(a: T[]) => {
    const out = a.filter((_, i) => keep[i]);
    a.length = 0;
    a.push(...out);
  };
  pick(values);
  pick(pos);
  pick(kinds);
  pick(starts);
  pick(ends);
  for (const s of sentences) {
    s[0] = newIndex[s[0]]!;
    s[1] = newIndex[s[1]]!;
  }
}
