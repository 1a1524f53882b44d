import { describe, expect, it } from 'vitest';
import { scorePublished } from './score-published.js';

describe('scorePublished', () => {
  it('is right within 3 days of the gold date, either side', () => {
    expect(scorePublished('2026-02-17', '2026-02-17')).toMatchObject({ right: true, days: 0 });
    expect(scorePublished('2026-02-14', '2026-02-17')).toMatchObject({ right: true, days: 3 });
    expect(scorePublished('2026-02-20', '2026-02-17').right).toBe(true);
    expect(scorePublished('2026-02-28', '2026-03-02').right).toBe(true); // across a month end
  });
  it('is wrong 4 days off, or without a date', () => {
    expect(scorePublished('2026-02-13', '2026-02-17')).toMatchObject({ right: false, days: 4 });
    expect(scorePublished(undefined, '2026-02-17')).toMatchObject({ right: false, days: null });
    expect(scorePublished('2025-02-17', '2026-02-17').right).toBe(false);
  });
  it('is right when equal to an accepted date, even far from the gold one', () => {
    expect(scorePublished('2026-01-01', '2026-02-17', ['2026-01-01']).right).toBe(true);
    expect(scorePublished('2026-01-02', '2026-02-17', ['2026-01-01']).right).toBe(false);
  });
  it('takes a tolerance', () => {
    expect(scorePublished('2026-02-16', '2026-02-17', [], 0).right).toBe(false);
  });
});
