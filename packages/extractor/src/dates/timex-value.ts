/**
 * TIMEX3 value strings (TimeML): dates, weeks, quarters, seasons, decades, times, durations and
 * intervals. Every string built here matches TIMEX_VALUE in @newsgraph/models.
 */
import { isoWeek, type Ymd } from './calendar.js';

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 2025 | 2025-04 | 2025-04-28 */
export function dateValue(year: number, month?: number, day?: number): string {
  let v = pad(year, 4);
  if (month !== undefined) {
    v += `-${pad(month, 2)}`;
    if (day !== undefined) v += `-${pad(day, 2)}`;
  }
  return v;
}

export function ymdValue(d: Ymd): string {
  return dateValue(d.year, d.month, d.day);
}

/** 2025-W17, or 2025-W17-WE for its weekend. */
export function weekValue(d: Ymd, weekend = false): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}${weekend ? '-WE' : ''}`;
}

export function quarterValue(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`;
}

export function halfValue(year: number, half: number): string {
  return `${pad(year, 4)}-H${half}`;
}

export function seasonValue(year: number, season: Season): string {
  return `${pad(year, 4)}-${season}`;
}

/** The 1990s → "199". */
export function decadeValue(decade: number): string {
  return String(decade);
}

/** The 19th century (the 1800s) → "18". */
export function centuryValue(century: number): string {
  return pad(century, 2);
}

/** A time of day on a date (2025-04-28T14:30) or alone (T14:30); a part of day (2025-04-28TNI). */
export function timeValue(date: string | undefined, hour?: number, minute?: number, partOfDay?: PartOfDay): string {
  const t = hour !== undefined ? `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}` : partOfDay ? `T${partOfDay}` : '';
  return `${date ?? ''}${t}`;
}

const UNIT_LETTER: Record<DurationUnit, { letter: string; time: boolean; factor: number }> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'M', time: false, factor: 3 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'Y', time: false, factor: 10 },
  century: { letter: 'Y', time: false, factor: 100 },
};

/** Units a half of which is written in the next smaller one: "2 1/2 years" is P2Y6M. */
const HALVES: Partial<Record<DurationUnit, string>> = { year: '6M', hour: '30M', minute: '30S', day: 'T12H' };

/** P6M, PT24H, P20Y ("two decades"), P2Y6M ("2 1/2 years"); an unknown amount ("for years") is X: PXY. */
export function durationValue(amount: number | undefined, unit: DurationUnit): string {
  const u = UNIT_LETTER[unit];
  const half = HALVES[unit];
  if (amount !== undefined && half && amount % 1 === 0.5 && amount > 1) {
    return `P${u.time ? 'T' : ''}${Math.floor(amount)}${u.letter}${half}`;
  }
  const n = amount === undefined ? (u.factor === 1 ? 'X' : undefined) : round(amount * u.factor);
  // "decades" with no number: TIMEX3 has no decade letter, so the amount of years is unknown too.
  const number = n ?? 'X';
  return `P${u.time ? 'T' : ''}${number}${u.letter}`;
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

export function intervalValue(from: string, to: string): string {
  return `${from}/${to}`;
}
