/**
 * Holidays (data/lexicons/dates/holidays): their names as phrases, and their date in a given year,
 * fixed ("Christmas Day"), the n-th weekday of a month ("Thanksgiving"), from Easter ("Good
 * Friday") or the US election day.
 */
import { lexicon } from '../resources.js';
import { type Ymd, addDays, daysInMonth, weekdayOf } from './calendar.js';
import { type PhraseList, phraseList } from './words.js';

export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth'; weekday: number; month: number; n: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'election' };

export interface Holidays {
  names: PhraseList;
  /** The rule of each phrase, keyed by its words joined with spaces. */
  rules: ReadonlyMap<string, HolidayRule>;
}

function parseRule(s: string): HolidayRule | undefined {
  const f = s.split(/\s+/);
  const fixed = /^(\d{2})-(\d{2})$/.exec(s);
  if (fixed) return { kind: 'fixed', month: Number(fixed[1]), day: Number(fixed[2]) };
  if (f[0] === 'nth' && f.length === 4) return { kind: 'nth', weekday: Number(f[1]), month: Number(f[2]), n: Number(f[3]) };
  if (f[0] === 'easter' && f.length === 2) return { kind: 'easter', offset: Number(f[1]) };
  if (f[0] === 'election') return { kind: 'election' };
  return undefined;
}

/** "new year's day" → ["new", "year", "'s", "day"]. */
const words = (name: string) => name.toLowerCase().replace(/(['’]s)\b/g, ' $1').split(/\s+/).filter(Boolean);

let cached: Holidays | undefined;

export function holidays(): Holidays {
  if (cached) return cached;
  const names: string[][] = [];
  const rules = new Map<string, HolidayRule>();
  for (const line of lexicon('dates/holidays')) {
    const [name, ruleText] = line.split('|').map((x) => x.trim());
    const rule = ruleText ? parseRule(ruleText) : undefined;
    if (!name || !rule) continue;
    // Both apostrophes: "New Year's Day", "New Year’s Day".
    for (const w of [words(name), words(name.replace(/'/g, '’'))]) {
      const key = w.join(' ');
      if (rules.has(key)) continue;
      rules.set(key, rule);
      names.push(w);
    }
  }
  cached = { names: phraseList(names), rules };
  return cached;
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th (or, for -1, the last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

export function holidayDate(rule: HolidayRule, year: number): Ymd {
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day };
    case 'nth':
      return nthWeekday(year, rule.month, rule.weekday, rule.n);
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'election':
      return addDays(nthWeekday(year, 11, 1, 1), 1);
  }
}
