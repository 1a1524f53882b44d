import type { Token } from './doc.js';
import type { Span } from './span.js';

/** Index of the span (sorted, disjoint) that contains `pos`, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token that ends after `offset` (tokens.length when none does). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens [start, end) that overlap a character span (an empty range when none does). */
export function tokenRange(tokens: readonly Token[], span: Span): { start: number; end: number } {
  const start = firstTokenEndingAfter(tokens, span.start);
  let end = start;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return { start, end };
}
