import type { Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';

/** Tokens [start, end) that a character span covers (binary search; tokens sorted by offset). */
export function tokenRange(tokens: readonly Token[], span: Span): { start: number; end: number } {
  return { start: firstEndingAfter(tokens, span.start), end: firstEndingAfter(tokens, span.end - 1) + 1 };
}

/** Index of the first token that ends after `offset`. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
