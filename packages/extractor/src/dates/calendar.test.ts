import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysInMonth, fromDayNumber, isoWeek, isoWeekMonday, parseYmd, weekdayOf } from './calendar.js';
import type { Direction } from './meaning.js';
import { monthDay, weekdayDate } from './resolve.js';

describe('calendar', () => {
  it('knows weekdays (0 = Sunday)', () => {
    expect(weekdayOf({ year: 2026, month: 2, day: 18 })).toBe(3); // a Wednesday
    expect(weekdayOf({ year: 2025, month: 4, day: 28 })).toBe(1); // a Monday
    expect(weekdayOf({ year: 2000, month: 1, day: 1 })).toBe(6);
  });

  it('computes ISO weeks, including across year ends', () => {
    expect(isoWeek({ year: 2025, month: 4, day: 28 })).toEqual({ year: 2025, week: 18 });
    expect(isoWeek({ year: 2026, month: 2, day: 18 })).toEqual({ year: 2026, week: 8 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeekMonday(2025, 1)).toEqual({ year: 2024, month: 12, day: 30 });
    expect(isoWeekMonday(2026, 8)).toEqual({ year: 2026, month: 2, day: 16 });
  });

  it('adds days and months over boundaries', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 });
    expect(addMonths(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths(2025, 11, 3)).toEqual({ year: 2026, month: 2 });
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseYmd('2026-02-18')).toEqual({ year: 2026, month: 2, day: 18 });
    expect(parseYmd('2026-02-30')).toBeUndefined();
    expect(parseYmd('2026-2-18')).toBeUndefined();
  });
});

describe('calendar properties', () => {
  const day = fc.integer({ min: dayNumber({ year: 1900, month: 1, day: 1 }), max: dayNumber({ year: 2100, month: 12, day: 31 }) });

  it('round-trips day numbers', () => {
    fc.assert(fc.property(day, (n) => dayNumber(fromDayNumber(n)) === n));
  });

  it('puts every day in the ISO week whose Monday is at most six days before it', () => {
    fc.assert(
      fc.property(day, (n) => {
        const d = fromDayNumber(n);
        const w = isoWeek(d);
        const monday = dayNumber(isoWeekMonday(w.year, w.week));
        return n - monday >= 0 && n - monday <= 6 && weekdayOf(fromDayNumber(monday)) === 1 && w.week >= 1 && w.week <= 53;
      }),
    );
  });
});

describe('weekday resolution properties', () => {
  it('lands on the weekday asked for, within a week of the anchor, on the side the tense says', () => {
    const day = fc.integer({ min: dayNumber({ year: 1990, month: 1, day: 1 }), max: dayNumber({ year: 2060, month: 12, day: 31 }) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), fc.constantFrom('past', 'future', 'nearest') as fc.Arbitrary<Direction>, fc.boolean(), (n, wd, dir, strict) => {
        const anchor = { date: fromDayNumber(n), slack: 0 };
        const d = dayNumber(weekdayDate(wd, anchor, dir, strict));
        if (weekdayOf(fromDayNumber(d)) !== wd || Math.abs(d - n) > 7) return false;
        if (dir === 'past' && (strict ? d >= n : d > n)) return false;
        if (dir === 'future' && (strict ? d <= n : d < n)) return false;
        return true;
      }),
    );
  });

  it('gives a month and day within a year of the anchor', () => {
    const day = fc.integer({ min: dayNumber({ year: 1990, month: 1, day: 1 }), max: dayNumber({ year: 2060, month: 12, day: 31 }) });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('past', 'future', 'nearest') as fc.Arbitrary<Direction>, (n, month, dom, dir) => {
        const d = monthDay(month, dom, fromDayNumber(n), dir);
        return d !== undefined && d.month === month && d.day === dom && Math.abs(dayNumber(d) - n) <= 366;
      }),
    );
  });
});
