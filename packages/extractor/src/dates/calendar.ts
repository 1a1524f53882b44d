/**
 * Calendar arithmetic on plain dates (no time zones): day numbers, weekdays, ISO weeks, months.
 * Weekdays are numbered as JavaScript and chrono-node do: 0 = Sunday … 6 = Saturday.
 */

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The month `months` after (or before, when negative) a year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const n = dayNumber(d);
  const isoDay = ((weekdayOf(d) + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = fromDayNumber(n + 4 - isoDay);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  const isoDay = ((weekdayOf(jan4) + 6) % 7) + 1;
  return fromDayNumber(dayNumber(jan4) - (isoDay - 1) + (week - 1) * 7);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Reads YYYY-MM-DD (a valid calendar date) or returns undefined. */
export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}
