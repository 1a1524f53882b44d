import type { Doc } from '../doc/doc.js';
import { quotationSpans } from '../doc/quotations.js';
import type { Span } from '../doc/span.js';
import type { FigureLexicon } from './lexicons.js';

const WORD = /[\p{L}']+/gu;
/** How far before or after a quotation a cue may stand (characters, within the sentence). */
const REACH = 60;

/**
 * Quotations that are chants, slogans or banners rather than reports: a slogan cue ("chanted",
 * "slogans", "banner") stands just before or after them in the same sentence. Numbers inside are
 * no figures ('the crowd chanted, "One person killed, thousands have his back"').
 */
export function sloganSpans(doc: Doc, lex: FigureLexicon): Span[] {
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  let s = 0;
  return quotationSpans(doc).filter((q) => {
    while (s < sections.length && sections[s]!.end <= q.start) s++;
    const section = sections[s]!;
    return isSlogan(doc.text, section.start, section.end, q.start, q.end - 1, lex);
  });
}

function isSlogan(text: string, floor: number, ceiling: number, open: number, close: number, lex: FigureLexicon): boolean {
  let before = text.slice(Math.max(floor, open - REACH), open);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (stop >= 0) before = before.slice(stop + 2);
  let after = text.slice(close + 1, Math.min(ceiling, close + 1 + REACH));
  const end = after.search(/[.!?](?:\s|$)/);
  if (end >= 0) after = after.slice(0, end);
  return hasCue(before, lex) || hasCue(after, lex);
}

function hasCue(s: string, lex: FigureLexicon): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) if (lex.sloganCues.has(m[0].toLowerCase())) return true;
  return false;
}
