import type { Doc } from './doc.js';
import { spanIndexAt } from './search.js';
import type { Span } from './span.js';

const QUOTE = /["“”«»„]/g;
const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * Direct quotations of the text, quote marks included: pairs of quotation marks, straight or
 * typographic, within one section (a quotation never runs past its headline, caption or paragraph).
 * One pass over the text.
 */
export function quotationSpans(doc: Doc): Span[] {
  const out: Span[] = [];
  const text = doc.text;
  const sections = [...doc.sections].sort((a, b) => a.start - b.start);
  let s = 0;
  let open = -1;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const at = m.index;
    while (s < sections.length && sections[s]!.end <= at) {
      s++;
      open = -1;
    }
    const section = sections[s];
    if (!section || at < section.start) continue;
    const c = m[0];
    if (open < 0) {
      if (!CLOSERS.has(c)) open = at;
    } else if (OPENERS.has(c)) open = at;
    else {
      out.push({ start: open, end: at + 1 });
      open = -1;
    }
  }
  return out;
}

/** Is the position inside one of the (sorted, disjoint) spans? */
export const insideAny = (spans: readonly Span[], pos: number): boolean => spanIndexAt(spans, pos) >= 0;
