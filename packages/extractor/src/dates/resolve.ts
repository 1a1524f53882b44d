/**
 * Turns a Meaning into a TIMEX3 value, given the article date (the anchor) and the direction the
 * clause points to (past, future, or nearest when the tense says nothing).
 *
 * - A weekday points to the nearest such day before the article date in a past clause, after it in
 *   a future one; the article's own weekday is the article date. When the anchor is a caption date
 *   (`slack` 1: a photo is often taken the day before publication) a past weekday may also be the
 *   day after it.
 * - A month ("in October") is the latest such month up to the article's month in a past clause, the
 *   next one from it in a future clause, the nearest one otherwise; a month and day likewise, except
 *   that a date at most six weeks on the other side of the anchor wins over one almost a year away.
 * - A quarter ("the third quarter") is the article's own or the one before it whatever the tense;
 *   others are placed by tense as months are.
 * - "last week" is the ISO week before the article's, "last month" the month before, and so on.
 */
import type { DateParts } from '../doc/candidates.js';
import { type Ymd, addDays, addMonths, compareYmd, dayNumber, isValidYmd, weekdayOf } from './calendar.js';
import { holidayDate } from './holidays.js';
import type { Direction, Meaning } from './meaning.js';
import {
  centuryValue,
  dateValue,
  decadeValue,
  durationValue,
  halfValue,
  intervalValue,
  quarterValue,
  seasonValue,
  timeValue,
  weekValue,
  ymdValue,
  type Season,
} from './timex-value.js';

export interface Anchor {
  date: Ymd;
  /** Days after the anchor a past weekday may still fall on (1 for caption dates, else 0). */
  slack: number;
}

/** A quarter of a year: the one a company report covers. */
export interface Quarter {
  year: number;
  index: number;
}

export interface Resolution {
  value?: string;
  implied: DateParts;
  /** The first day the value covers, when it is a calendar date, month or year. */
  date?: Ymd;
}

type Calendar = Extract<Meaning, { kind: 'calendar' }>;
type Period = Extract<Meaning, { kind: 'period' }>;

/** How far (days) a month-day on the "wrong" side of the anchor may be and still win. */
const NEAR_DAYS = 45;

/** What the text said before an expression, that some expressions resolve against. */
export interface TextContext {
  /** The quarter the article reports on, when it names one: "the quarter", "the year-ago period". */
  reported?: Quarter;
  /** The latest date written before: "that year", "the following day". */
  previous?: DateParts;
}

export function resolveMeaning(m: Meaning, anchor: Anchor | undefined, direction: Direction, context: TextContext = {}): Resolution {
  switch (m.kind) {
    case 'anaphoric':
      return anaphoric(m, context.previous);
    case 'reporting': {
      const q = context.reported ?? (anchor ? quarterBefore(anchor.date) : undefined);
      if (!q) return m.year !== undefined ? { value: String(m.year), implied: {} } : { implied: {} };
      const year = m.year ?? q.year + m.shift;
      return { value: quarterValue(year, q.index), implied: m.year === undefined ? { year } : {} };
    }
    case 'calendar':
      return calendar(m, anchor, direction);
    case 'shift':
      return anchor ? shift(m, anchor.date) : { implied: {} };
    case 'weekend':
      return anchor ? { value: weekend(anchor.date, direction), implied: {} } : { implied: {} };
    case 'period':
      return period(m, anchor, direction);
    case 'holiday': {
      if (!anchor) return { implied: {} };
      const a = anchor.date;
      const d = nearestOf(
        [a.year - 1, a.year, a.year + 1].map((y) => holidayDate(m.rule, y)),
        a,
        m.direction ?? direction,
        m.strict === true,
      );
      return d ? { value: ymdValue(d), implied: { year: d.year, month: d.month, day: d.day }, date: d } : { implied: {} };
    }
    case 'fixed':
      return { value: m.value, implied: {} };
    case 'duration':
      return { value: durationValue(m.amount, m.unit), implied: {} };
    case 'set':
      return { value: m.value, implied: {} };
    case 'ref':
      return { value: m.value, implied: {} };
    case 'interval': {
      // One stretch: in a past clause the end is resolved first and the start is the latest before
      // it ("from January to March" said in February 2026: 2025-01/2025-03); otherwise the start
      // first and the end the next after it.
      let a: Resolution;
      let b: Resolution;
      if (direction === 'past') {
        b = resolveMeaning(m.to, anchor, direction);
        a = resolveMeaning(m.from, b.date ? { date: b.date, slack: 0 } : anchor, direction);
      } else {
        a = resolveMeaning(m.from, anchor, direction);
        b = resolveMeaning(m.to, a.date ? { date: a.date, slack: 0 } : anchor, direction === 'nearest' && a.date ? 'future' : direction);
      }
      if (!a.value || !b.value) return { implied: a.implied };
      return { value: intervalValue(a.value, b.value), implied: a.implied, ...(a.date ? { date: a.date } : {}) };
    }
  }
}

/** "that year", "the following month", "the same day": moved from the date written before. */
function anaphoric(m: Extract<Meaning, { kind: 'anaphoric' }>, p: DateParts | undefined): Resolution {
  if (!p || p.year === undefined) return { implied: {} };
  if (m.unit === 'year') return { value: dateValue(p.year + m.shift), implied: { year: p.year + m.shift } };
  if (p.month === undefined) return { implied: {} };
  if (m.unit === 'month') {
    const ym = addMonths(p.year, p.month, m.shift);
    return { value: dateValue(ym.year, ym.month), implied: { year: ym.year, month: ym.month } };
  }
  if (p.day === undefined) return { implied: {} };
  const d = addDays({ year: p.year, month: p.month, day: p.day }, m.shift);
  return { value: ymdValue(d), implied: { year: d.year, month: d.month, day: d.day }, date: d };
}

function withTime(date: string, m: Calendar): string {
  return m.hour !== undefined || m.partOfDay ? timeValue(date, m.hour, m.minute, m.partOfDay) : date;
}

/** The first day of a year, month or date. */
const firstDay = (year: number, month?: number, day?: number): Ymd => ({ year, month: month ?? 1, day: month !== undefined ? (day ?? 1) : 1 });

function calendar(m: Calendar, anchor: Anchor | undefined, direction: Direction): Resolution {
  if (m.year !== undefined) {
    const day = m.month !== undefined ? m.day : undefined;
    if (day !== undefined && !isValidYmd(m.year, m.month!, day)) return { implied: {} };
    return { value: withTime(dateValue(m.year, m.month, day), m), implied: {}, date: firstDay(m.year, m.month, day) };
  }
  if (!anchor) return { implied: {} };
  const a = anchor.date;
  if (m.yearShift !== undefined) {
    const year = a.year + m.yearShift;
    if (m.month === undefined) return { value: dateValue(year), implied: { year }, date: firstDay(year) };
    if (m.day !== undefined && !isValidYmd(year, m.month, m.day)) return { implied: {} };
    return { value: withTime(dateValue(year, m.month, m.day), m), implied: { year }, date: firstDay(year, m.month, m.day) };
  }
  const dir: Direction = m.direction ?? direction;
  if (m.month !== undefined && m.day !== undefined) {
    const d = monthDay(m.month, m.day, a, dir, m.strict === true);
    if (!d) return { implied: {} };
    return { value: withTime(ymdValue(d), m), implied: { year: d.year }, date: d };
  }
  if (m.month !== undefined) {
    const year = monthYear(m.month, a, dir, m.strict === true);
    return { value: withTime(dateValue(year, m.month), m), implied: { year }, date: firstDay(year, m.month) };
  }
  if (m.weekday !== undefined) {
    const d = weekdayDate(m.weekday, anchor, dir, m.strict === true);
    return { value: withTime(ymdValue(d), m), implied: { year: d.year, month: d.month, day: d.day }, date: d };
  }
  if (m.hour !== undefined || m.partOfDay) {
    return { value: withTime(ymdValue(a), m), implied: { year: a.year, month: a.month, day: a.day }, date: a };
  }
  return { implied: {} };
}

/** The weekday's date around the anchor. */
export function weekdayDate(weekday: number, anchor: Anchor, direction: Direction, strict = false): Ymd {
  const a = anchor.date;
  const today = weekdayOf(a);
  const back = (today - weekday + 7) % 7;
  const fwd = (weekday - today + 7) % 7;
  if (strict) return direction === 'future' ? addDays(a, fwd || 7) : addDays(a, -(back || 7));
  if (direction === 'future') return addDays(a, fwd);
  if (direction === 'past') return fwd > 0 && fwd <= anchor.slack ? addDays(a, fwd) : addDays(a, -back);
  return back <= fwd ? addDays(a, -back) : addDays(a, fwd);
}

/** The year of a month named without one. */
export function monthYear(month: number, a: Ymd, direction: Direction, strict = false): number {
  if (direction === 'past') return (strict ? month < a.month : month <= a.month) ? a.year : a.year - 1;
  if (direction === 'future') return (strict ? month > a.month : month >= a.month) ? a.year : a.year + 1;
  const diff = month - a.month; // -11..11
  if (diff === 0) return a.year;
  if (diff > 0) return diff <= 6 ? a.year : a.year - 1;
  return diff >= -6 ? a.year : a.year + 1;
}

/** The date of a month and day written without a year. */
export function monthDay(month: number, day: number, a: Ymd, direction: Direction, strict = false): Ymd | undefined {
  const options = [a.year - 1, a.year, a.year + 1].filter((y) => isValidYmd(y, month, day)).map((year) => ({ year, month, day }));
  return nearestOf(options, a, direction, strict);
}

/** Of a day's dates in three years (in order), the one the direction points to, as for a month and day. */
function nearestOf(options: readonly Ymd[], a: Ymd, direction: Direction, strict: boolean): Ymd | undefined {
  if (options.length === 0) return undefined;
  const at = dayNumber(a);
  const before = options.filter((d) => (strict ? compareYmd(d, a) < 0 : compareYmd(d, a) <= 0)).pop();
  const after = options.find((d) => (strict ? compareYmd(d, a) > 0 : compareYmd(d, a) >= 0));
  const dist = (d: Ymd | undefined) => (d ? Math.abs(dayNumber(d) - at) : Infinity);
  const near = (d: Ymd | undefined, other: Ymd | undefined) => d !== undefined && !(dist(other) <= NEAR_DAYS && dist(d) > NEAR_DAYS);
  if (direction === 'past' && (near(before, after) || (strict && before))) return before;
  if (direction === 'future' && (near(after, before) || (strict && after))) return after;
  return dist(before) <= dist(after) ? before : after;
}

function shift(m: Extract<Meaning, { kind: 'shift' }>, a: Ymd): Resolution {
  const n = m.shift;
  switch (m.unit) {
    case 'day': {
      const d = addDays(a, n);
      const date = ymdValue(d);
      return { value: m.partOfDay ? timeValue(date, undefined, undefined, m.partOfDay) : date, implied: { year: d.year, month: d.month, day: d.day } };
    }
    case 'week':
      return { value: weekValue(addDays(a, 7 * n)), implied: {} };
    case 'weekend':
      return { value: weekValue(addDays(a, 7 * n), true), implied: {} };
    case 'month': {
      const ym = addMonths(a.year, a.month, n);
      return { value: dateValue(ym.year, ym.month), implied: { year: ym.year, month: ym.month } };
    }
    case 'quarter': {
      const index = a.year * 4 + Math.floor((a.month - 1) / 3) + n;
      const year = Math.floor(index / 4);
      return { value: quarterValue(year, (((index % 4) + 4) % 4) + 1), implied: { year } };
    }
    case 'year':
      return { value: dateValue(a.year + n), implied: { year: a.year + n } };
    case 'decade':
      return { value: decadeValue(Math.floor(a.year / 10) + n), implied: {} };
    case 'century':
      return { value: centuryValue(Math.floor(a.year / 100) + n), implied: {} };
  }
}

/** The weekend (ISO week + WE) before or after the anchor. */
function weekend(a: Ymd, direction: Direction): string {
  const wd = weekdayOf(a);
  if (wd === 0 || wd === 6) return weekValue(a, true);
  const lastSaturday = addDays(a, -((wd + 1) % 7));
  const nextSaturday = addDays(a, 6 - wd);
  if (direction === 'future') return weekValue(nextSaturday, true);
  if (direction === 'past') return weekValue(lastSaturday, true);
  return weekValue(wd >= 4 ? nextSaturday : lastSaturday, true);
}

export const quarterOf = (a: Ymd) => Math.floor((a.month - 1) / 3) + 1;
/** The quarter before the one a date is in. */
const quarterBefore = (a: Ymd): Quarter => (quarterOf(a) === 1 ? { year: a.year - 1, index: 4 } : { year: a.year, index: quarterOf(a) - 1 });
/** How many quarters quarter `index` lies before the article's quarter (0 to 3). */
const quartersBack = (index: number, a: Ymd) => (quarterOf(a) - index + 4) % 4;

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function period(m: Period, anchor: Anchor | undefined, direction: Direction): Resolution {
  let year = m.year;
  if (year === undefined && anchor && m.yearShift !== undefined) year = anchor.date.year + m.yearShift;
  if (year === undefined && anchor) {
    const a = anchor.date;
    const dir = m.direction ?? direction;
    if (m.period === 'season') {
      // Seasons as months: winter starts in December, so January and February belong to the winter before.
      const start = SEASON_START[m.season!];
      const ref = a.month <= 2 ? { ...a, year: a.year - 1, month: a.month + 12 } : a;
      const inSeason = ref.month >= start && ref.month < start + 3;
      if (inSeason) year = !m.strict ? ref.year : dir === 'future' ? ref.year + 1 : ref.year - 1;
      else if (dir === 'past') year = start < ref.month ? ref.year : ref.year - 1;
      else if (dir === 'future') year = start > ref.month ? ref.year : ref.year + 1;
      else year = Math.abs(start - ref.month) <= 6 ? ref.year : start > ref.month ? ref.year - 1 : ref.year + 1;
    } else if (m.period === 'Q' && !m.strict && quartersBack(m.index, a) <= 1) {
      // The article's quarter and the one before it are meant whatever the tense: companies report
      // a quarter after it ends ("expects to report a third-quarter loss" said in October).
      year = m.index <= quarterOf(a) ? a.year : a.year - 1;
    } else {
      const startMonth = m.period === 'Q' ? (m.index - 1) * 3 + 1 : (m.index - 1) * 6 + 1;
      year = monthYear(startMonth, a, dir, m.strict === true);
    }
  }
  if (year === undefined) return { implied: {} };
  const implied = m.year === undefined ? { year } : {};
  if (m.period === 'season') return { value: seasonValue(year, m.season!), implied };
  return { value: m.period === 'Q' ? quarterValue(year, m.index) : halfValue(year, m.index), implied };
}
