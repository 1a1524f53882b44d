import { describe, expect, it } from 'vitest';
import { dateValues as values } from '../testing/date-values.js';
import { easterSunday, holidayDate, holidays } from './holidays.js';

const rule = (name: string) => holidays().rules.get(name)!;
const ymd = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('holiday dates', () => {
  it('computes Easter and the holidays built on it', () => {
    expect(['1999', '2000', '2024', '2025', '2026'].map((y) => ymd(easterSunday(Number(y))))).toEqual([
      '1999-04-04',
      '2000-04-23',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
    ]);
    expect(ymd(holidayDate(rule('good friday'), 2026))).toBe('2026-04-03');
  });

  it('computes n-th and last weekdays and the US election day', () => {
    expect(ymd(holidayDate(rule('thanksgiving'), 2025))).toBe('2025-11-27');
    expect(ymd(holidayDate(rule('memorial day'), 2026))).toBe('2026-05-25');
    expect(ymd(holidayDate(rule('election day'), 2024))).toBe('2024-11-05');
    expect(ymd(holidayDate(rule('election day'), 2026))).toBe('2026-11-03');
  });
});

describe('holidays in text', () => {
  it('resolves a holiday by the tense, as a month and day', () => {
    expect(values('The boy was rescued on Thanksgiving Day.', '2026-01-10')).toEqual(['Thanksgiving Day=2025-11-27']);
    expect(values('Markets will close on Christmas Eve.', '2026-11-27')).toEqual(['Christmas Eve=2026-12-24']);
    expect(values("Fireworks lit the sky on New Year's Day.", '2026-02-18')).toEqual(["New Year's Day=2026-01-01"]);
    expect(values('The pilgrims came back last Easter.', '2026-02-18')).toEqual(['last Easter=2025-04-20']);
  });

  it('reads no holiday in a lower-case word', () => {
    expect(values('A thanksgiving mass was said for the miners.', '2026-02-18')).toEqual([]);
  });
});
