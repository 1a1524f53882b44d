import type { FigureCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { figureLexicon, type FigureLexicon } from './lexicons.js';
import { tokenRange } from '../doc/search.js';

const REACH = 6;

/**
 * Whether a figure is a running total ("bringing the death toll to 40,000", "so far", "since the
 * war began") rather than the toll of one event: a cumulative cue stands within a few tokens of it
 * in its sentence, outside its own text ("an estimated total of 14,000 troops" is no running total).
 */
export function isCumulative(doc: Doc, figure: FigureCandidate, lex: FigureLexicon = figureLexicon()): boolean {
  const sentence = doc.sentences[figure.sentence];
  if (!sentence) return false;
  const { start, end } = tokenRange(doc.tokens, figure);
  const from = Math.max(sentence.firstToken, start - REACH);
  const to = Math.min(sentence.endToken, end + REACH);
  for (let k = from; k < to; k++) {
    if (k >= start && k < end) continue;
    const m = lex.cumulativeCues.matchAt(doc.tokens, k, to);
    if (m && (m.end <= start || m.start >= end)) return true;
  }
  return false;
}
