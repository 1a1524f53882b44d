/** A UTF-16 code-unit range into `Doc.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const length = (s: Span): number => s.end - s.start;
/** Sorts by start, then longer first. */
export const bySpan = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
