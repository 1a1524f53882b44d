import { describe, expect, it } from 'vitest';
import { parsePublished } from './published.js';

describe('parsePublished', () => {
  it('reads ISO dates and date-times, keeping the date as written', () => {
    expect(parsePublished('2025-04-28')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parsePublished('2025-04-28T23:30:00-05:00')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parsePublished('2025-04-28T10:00:00Z')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parsePublished('2025-04-28 10:00')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parsePublished(' 20250428 ')).toEqual({ year: 2025, month: 4, day: 28 });
  });

  it('reads RFC 2822 dates', () => {
    expect(parsePublished('Mon, 28 Apr 2025 10:00:00 +0000')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parsePublished('3 Mar 2026 08:15 GMT')).toEqual({ year: 2026, month: 3, day: 3 });
  });

  it('falls back to full dates in words', () => {
    expect(parsePublished('February 18, 2026')).toEqual({ year: 2026, month: 2, day: 18 });
  });

  it('rejects what is not a full, real date', () => {
    expect(parsePublished('2025-02-30')).toBeUndefined();
    expect(parsePublished('last Tuesday')).toBeUndefined();
    expect(parsePublished('April 2025')).toBeUndefined();
    expect(parsePublished('')).toBeUndefined();
    expect(parsePublished('31 Foo 2025 10:00')).toBeUndefined();
  });
});
