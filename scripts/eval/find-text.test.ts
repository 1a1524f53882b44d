import { describe, expect, it } from 'vitest';
import { findOccurrences, overlaps } from './find-text.js';

describe('findOccurrences', () => {
  const text = 'On Friday she spoke. The vote is on Friday, and on friday night.';
  it('finds every occurrence, whatever its case', () => {
    expect(findOccurrences(text, 'on Friday')).toEqual([
      { start: 0, end: 9 },
      { start: 33, end: 42 },
      { start: 48, end: 57 },
    ]);
    expect(findOccurrences('ON MONDAY it rained', 'on Monday')).toEqual([{ start: 0, end: 9 }]);
  });
  it('does not match inside a longer different string', () => {
    expect(findOccurrences(text, 'on Fridays')).toEqual([]);
  });
  it('matches across whitespace runs and typographic quotes', () => {
    expect(findOccurrences('on\n  Tuesday’s vote', "Tuesday's")).toEqual([{ start: 5, end: 14 }]);
    expect(findOccurrences('the 2025\u20132031 plan', '2025-2031')).toEqual([{ start: 4, end: 13 }]);
  });
  it('treats regex characters literally and finds nothing absent', () => {
    expect(findOccurrences('a (no figure) b', '(no figure)')).toEqual([{ start: 2, end: 13 }]);
    expect(findOccurrences('3.000 people', '3,000')).toEqual([]);
    expect(findOccurrences('anything', '')).toEqual([]);
  });
});

describe('overlaps', () => {
  it('is true when spans share a character, false when they only touch', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });
});
