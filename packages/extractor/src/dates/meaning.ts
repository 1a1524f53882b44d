/**
 * What a time expression says, as read from the text and before the article date is known.
 * Detection (detect-dates) writes a Meaning on each candidate; resolution (resolve-dates) turns it
 * into a TIMEX3 value against the article date and the clause's tense.
 */
import type { DateParts, TimexCandidate } from '../doc/candidates.js';
import type { TemporalType } from '@newsgraph/models';
import type { HolidayRule } from './holidays.js';
import type { DurationUnit, PartOfDay, Season } from './timex-value.js';

/** Which way a relative expression points from the article date when the text does not say. */
export type Direction = 'past' | 'future' | 'nearest';

/** Units a relative expression can move by ("last week", "two years ago", "this month"). */
export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export type Meaning =
  /**
   * A calendar date or time, complete or partial: "April 28, 2025", "April 24", "in October",
   * "Monday", "3 p.m.", "Tuesday night", "July last year" (yearShift -1), "last October" (direction).
   */
  | (DateParts & {
      kind: 'calendar';
      partOfDay?: PartOfDay;
      /** The year relative to the article's year ("July last year": -1). */
      yearShift?: number;
      /** Written direction ("last Friday": past, "next October": future); tense decides otherwise. */
      direction?: 'past' | 'future';
      /** "last"/"next" exclude the article date itself ("last Friday" said on a Friday is a week before). */
      strict?: boolean;
    })
  /** A unit moved from the article date: "last week" (-1), "this month" (0), "yesterday", "two years ago". */
  | {
      kind: 'shift';
      unit: ShiftUnit;
      shift: number;
      partOfDay?: PartOfDay;
      /** "two years earlier": from a year the sentence wrote before it, if any, else the article date. */
      fromWritten?: boolean;
    }
  /** The weekend before or after the article date, by tense ("at the weekend"). */
  | { kind: 'weekend' }
  /** A quarter, half or season, with its year if written: "the first quarter of 2025", "summer". */
  | {
      kind: 'period';
      period: 'Q' | 'H' | 'season';
      /** Quarter 1..4, half 1..2; seasons use `season`. */
      index: number;
      season?: Season;
      year?: number;
      yearShift?: number;
      direction?: 'past' | 'future';
      strict?: boolean;
    }
  /** A value that needs no article date: decades ("199"), centuries ("18"). */
  | { kind: 'fixed'; value: string }
  /** A length of time: "six months" (P6M), "two decades" (P20Y), "for years" (PXY). */
  | {
      kind: 'duration';
      amount?: number;
      unit: DurationUnit;
      /** Written after "in" ("in two weeks"): a date in a future clause, a duration otherwise. */
      afterIn?: boolean;
    }
  /** How often: "weekly" (P1W), "each year" (P1Y), "every Monday" (XXXX-WXX-1). */
  | { kind: 'set'; value: string }
  /** "now", "recently", "soon". */
  | { kind: 'ref'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  /**
   * A period of a company report, read against the quarter the article reports on: "the quarter",
   * "the latest period" (shift 0), "the year-ago period", "year-earlier profit" (shift -1 years),
   * "the 1988 quarter" (that quarter in 1988).
   */
  | { kind: 'reporting'; shift: number; year?: number }
  /** A holiday: "Thanksgiving Day", "last Christmas"; its year from the tense, as for a month and day. */
  | { kind: 'holiday'; rule: HolidayRule; direction?: 'past' | 'future'; strict?: boolean }
  /** A day, month or year named from the date written before it: "that year" (0), "the following day" (1). */
  | { kind: 'anaphoric'; unit: 'day' | 'month' | 'year'; shift: number }
  /** "January 8 and 9", "between 2025 and 2031". */
  | { kind: 'interval'; from: Meaning; to: Meaning };

/** A TimexCandidate with what detect-dates read, for resolve-dates. */
export interface DateTimex extends TimexCandidate {
  meaning: Meaning;
}

export function isDateTimex(t: TimexCandidate): t is DateTimex {
  return typeof (t as Partial<DateTimex>).meaning === 'object';
}

export function temporalType(m: Meaning): TemporalType {
  switch (m.kind) {
    case 'duration':
      return 'duration';
    case 'set':
      return 'set';
    case 'calendar':
      return m.hour !== undefined || m.partOfDay ? 'time' : 'date';
    case 'shift':
      return m.partOfDay ? 'time' : 'date';
    case 'interval':
      return temporalType(m.from);
    default:
      return 'date';
  }
}

/** The parts of a date that were written. */
export function knownParts(m: Meaning): DateParts {
  if (m.kind === 'interval') return knownParts(m.from);
  if (m.kind === 'period' || m.kind === 'reporting') return m.year !== undefined ? { year: m.year } : {};
  if (m.kind !== 'calendar') return {};
  const p: DateParts = {};
  if (m.year !== undefined) p.year = m.year;
  if (m.month !== undefined) p.month = m.month;
  if (m.day !== undefined) p.day = m.day;
  if (m.weekday !== undefined) p.weekday = m.weekday;
  if (m.hour !== undefined) p.hour = m.hour;
  if (m.minute !== undefined) p.minute = m.minute;
  return p;
}

/** Whether the value needs the article date. */
export function isRelative(m: Meaning): boolean {
  switch (m.kind) {
    case 'calendar':
      return m.year === undefined && (m.month !== undefined || m.day !== undefined || m.weekday !== undefined || m.hour !== undefined || m.partOfDay !== undefined || m.yearShift !== undefined);
    case 'shift':
    case 'weekend':
    case 'reporting':
    case 'holiday':
    case 'anaphoric':
      return true;
    case 'period':
      return m.year === undefined;
    case 'interval':
      return isRelative(m.from) || isRelative(m.to);
    default:
      return false;
  }
}

/** A full date (year, month and day written): what captions, datelines and 'text' dates need. */
export function fullDate(m: Meaning): { year: number; month: number; day: number } | undefined {
  if (m.kind === 'calendar' && m.year !== undefined && m.month !== undefined && m.day !== undefined) return { year: m.year, month: m.month, day: m.day };
  if (m.kind === 'interval') return fullDate(m.to);
  return undefined;
}
