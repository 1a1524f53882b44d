import type { Doc, Sentence, Token } from '../doc/doc.js';
import { wink } from '../nlp/wink.js';
import type { Stage } from './stage.js';

/**
 * Sentences and tokens of every section (wink-nlp), with UTF-16 offsets into doc.text.
 * Sentences never cross a section (headline, caption, paragraph).
 */
export const segmentSentences: Stage = {
  name: 'segment-sentences',
  run(doc) {
    const nlp = wink();
    const its = nlp.its;
    doc.sections.forEach((section, sectionIndex) => {
      const sectionText = doc.text.slice(section.start, section.end);
      if (!sectionText.trim()) return;
      const wdoc = nlp.readDoc(sectionText);
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
        let at = sectionText.indexOf(v, cursor);
        if (at < 0 || at - cursor > 64) {
          // wink changed the token; take the next non-space run of the same length.
          at = cursor;
          while (at < sectionText.length && /\s/.test(sectionText[at]!)) at++;
        }
        starts[i] = at;
        ends[i] = Math.min(sectionText.length, at + v.length);
        cursor = ends[i]!;
      }
      mergeSplitWords(sectionText, values, pos, kinds, starts, ends, sentenceSpans);
      for (const [first, last] of sentenceSpans) {
        if (first > last || first >= values.length) continue;
        const sentence: Sentence = {
          index: doc.sentences.length,
          section: sectionIndex,
          start: section.start + starts[first]!,
          end: section.start + ends[last]!,
          firstToken: doc.tokens.length,
          endToken: doc.tokens.length + (last - first + 1),
        };
        for (let i = first; i <= last; i++) {
          const start = section.start + starts[i]!;
          const end = section.start + ends[i]!;
          const text = doc.text.slice(start, end);
          const token: Token = {
            i: doc.tokens.length,
            start,
            end,
            text,
            lower: text.toLowerCase(),
            pos: pos[i] ?? 'X',
            kind: kinds[i] ?? 'word',
            sentence: sentence.index,
          };
          doc.tokens.push(token);
        }
        doc.sentences.push(sentence);
      }
    });
  },
};

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
