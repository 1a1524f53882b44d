import { describe, expect, it } from 'vitest';
import { goldDateOccurrences, scoreDates } from './score-dates.js';

const text = 'The talks ended on Monday. Troops left last week, and the talks resume on Monday, April 28.';
const at = (s: string, value?: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`no ${s}`);
  return { text: s, start, end: start + s.length, ...(value ? { value } : {}) };
};

describe('goldDateOccurrences', () => {
  it('finds every occurrence of the gold text', () => {
    expect(goldDateOccurrences(text, 'on Monday')).toHaveLength(2);
  });
  it('strips a leading on/in/for/at only when the whole text does not occur', () => {
    expect(goldDateOccurrences('due for Friday', 'for Friday')).toEqual([{ start: 4, end: 14 }]);
    expect(goldDateOccurrences('It happened in 2024 and in July.', 'at 2024')).toEqual([{ start: 15, end: 19 }]);
    expect(goldDateOccurrences('It happened in 2024.', 'at 2023')).toEqual([]);
  });
});

describe('scoreDates', () => {
  const gold = [
    { text: 'on Monday', value: '2025-04-28' },
    { text: 'last week', value: '2025-W17' },
  ];
  it('finds a gold date when a record date overlaps any of its occurrences', () => {
    // "Monday" inside the second "on Monday", and "last week" with a wrong value.
    const record = [at('Monday, April 28', '2025-04-28', 60), at('last week', '2025-W16')];
    const s = scoreDates(record, gold, text);
    expect(s.span).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.value).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.found.find((f) => f.gold.text === 'last week')).toMatchObject({ right: false, values: ['2025-W16'] });
  });
  it('is right when any overlapping record date has the gold value', () => {
    const record = [at('Monday', '2025-04-21'), at('April 28', '2025-04-28')];
    const s = scoreDates(record, [{ text: 'Monday, April 28', value: '2025-04-28' }], text);
    expect(s.span).toEqual({ tp: 1, fp: 1, fn: 0 }); // the first "Monday" overlaps no gold occurrence
    expect(s.value.tp).toBe(1);
  });
  it('counts record dates overlapping no gold occurrence as false positives and unfound gold as false negatives', () => {
    const s = scoreDates([at('The talks')], gold, text);
    expect(s.span).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.value).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.missed.map((g) => g.text)).toEqual(['on Monday', 'last week']);
  });
  it('a date span that only touches an occurrence does not overlap it', () => {
    const start = text.indexOf('last week');
    const s = scoreDates([{ text: 'left ', start: start - 5, end: start, value: '2025-W17' }], [gold[1]!], text);
    expect(s.span).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('reports gold texts that are not in the article', () => {
    const s = scoreDates([], [{ text: 'next spring', value: '2026-SP' }], text);
    expect(s.notFound.map((g) => g.text)).toEqual(['next spring']);
    expect(s.span.fn).toBe(1);
  });
});
