import type { NerType, TaggedSpan } from '../../packages/extractor/src/ner/labels.js';

/** Where one CoNLL token stands in the rebuilt text: its sentence, its index there, its UTF-16 offsets. */
export interface TokenPlace {
  sentence: number;
  index: number;
  start: number;
  end: number;
}

/** A CoNLL document as plain text, with where each of its tokens went. */
export interface RebuiltText {
  text: string;
  sentences: number;
  tokens: TokenPlace[];
}

/** A name the pipeline found, as offsets into the rebuilt text. */
export interface TypedOffsets {
  start: number;
  end: number;
  type: NerType;
}

/**
 * A CoNLL document as the extractor is given it: a sentence's tokens joined by single spaces,
 * sentences by blank lines. Blank lines make each sentence a paragraph of its own, so that the
 * extractor's own segmentation cannot merge two CoNLL sentences.
 */
export function rebuildText(sentences: readonly (readonly string[])[]): RebuiltText {
  let text = '';
  const tokens: TokenPlace[] = [];
  sentences.forEach((words, sentence) => {
    if (sentence > 0) text += '\n\n';
    words.forEach((w, index) => {
      if (index > 0) text += ' ';
      tokens.push({ sentence, index, start: text.length, end: text.length + w.length });
      text += w;
    });
  });
  return { text, sentences: sentences.length, tokens };
}

/**
 * The pipeline's mentions as token spans, per sentence, so that they can be scored as CoNLL scores
 * a tagger. A mention that does not start and end on token boundaries of one sentence ("Nagorno"
 * out of "Nagorno-Karabakh") cannot equal a gold name: it is returned apart, to be counted as a
 * false positive. Duplicates (one span named by two entities) are kept once.
 */
export function toTokenSpans(rebuilt: RebuiltText, mentions: readonly TypedOffsets[]): { spans: TaggedSpan[][]; offBoundary: TypedOffsets[] } {
  const byStart = new Map(rebuilt.tokens.map((t) => [t.start, t]));
  const byEnd = new Map(rebuilt.tokens.map((t) => [t.end, t]));
  const spans: TaggedSpan[][] = Array.from({ length: rebuilt.sentences }, () => []);
  const offBoundary: TypedOffsets[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = `${m.start}:${m.end}:${m.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = byStart.get(m.start);
    const last = byEnd.get(m.end);
    if (first && last && first.sentence === last.sentence && first.index <= last.index) {
      spans[first.sentence]!.push({ start: first.index, end: last.index + 1, type: m.type });
    } else offBoundary.push({ ...m });
  }
  return { spans, offBoundary };
}
