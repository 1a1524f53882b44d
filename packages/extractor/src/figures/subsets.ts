import type { Doc } from '../doc/doc.js';
import { figureLexicon, type FigureLexicon } from './lexicons.js';
import { tokenRange } from '../doc/search.js';

/**
 * Links parts to their totals: a figure right after a subset cue ("including six children",
 * "among them 40 children") is partOf the nearest earlier figure of its sentence with the same
 * category and a larger value. Both are kept.
 */
export function linkSubsets(doc: Doc, lex: FigureLexicon = figureLexicon()): void {
  const figures = doc.figures;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.dropped || f.partOf !== undefined) continue;
    const sentence = doc.sentences[f.sentence];
    if (!sentence) continue;
    const { start } = tokenRange(doc.tokens, f);
    if (start - 1 < sentence.firstToken || !lex.subsetCues.matchEndingAt(doc.tokens, start - 1, sentence.firstToken)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const whole = figures[j]!;
      if (whole.sentence !== f.sentence) break;
      if (!whole.dropped && whole.category === f.category && whole.value > f.value) {
        f.partOf = j;
        break;
      }
    }
  }
}
