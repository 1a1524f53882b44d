/**
 * The fast pre-check: which tokens can start or head a time expression. A sentence with none of
 * them is skipped by every date rule and by chrono-node. One Map lookup per word; number-shaped
 * tokens get a few regular-expression tests.
 */
import type { Token } from '../doc/doc.js';
import { dateLexicons } from './words.js';
import { DEICTIC_DAYS, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAY_PLURALS, WEEKDAYS } from './words.js';
import { PREFIXED } from './rules/prefixed.js';
import { holidays } from './holidays.js';
import { SPELLED_DECADES, SPELLED_YEAR_HEADS } from './rules/spelled-years.js';

export type TokenClass =
  | 'month'
  | 'weekday'
  | 'unit'
  | 'deictic'
  | 'part-of-day'
  | 'reference'
  | 'past-future'
  | 'set'
  | 'season'
  | 'half'
  | 'period'
  | 'holiday'
  | 'spelled-year'
  | 'spelled-decade'
  | 'year'
  | 'decade'
  | 'prefixed'
  | 'quarter-token'
  | 'numeric-date'
  | 'clock';

let words: Map<string, TokenClass> | undefined;

function wordClasses(): Map<string, TokenClass> {
  if (words) return words;
  const lex = dateLexicons();
  const m = new Map<string, TokenClass>();
  for (const k of SPELLED_YEAR_HEADS) m.set(k, 'spelled-year');
  for (const k of SPELLED_DECADES.keys()) m.set(k, 'spelled-decade');
  for (const k of SEASONS.keys()) m.set(k, 'season');
  for (const k of PARTS_OF_DAY.keys()) m.set(k, 'part-of-day');
  for (const k of lex.setAdverbs.keys()) m.set(k, 'set');
  for (const k of lex.refs.keys()) m.set(k, 'reference');
  m.set('past', 'past-future');
  m.set('future', 'past-future');
  m.set('term', 'past-future');
  m.set('date', 'past-future');
  m.set('half', 'half');
  m.set('period', 'period');
  for (const k of UNITS.keys()) m.set(k, 'unit');
  for (const k of DEICTIC_DAYS.keys()) m.set(k, 'deictic');
  // A holiday's last word, unless it already has a class ("day", "Sunday"), whose rules try holidays first.
  for (const k of holidays().names.byLast.keys()) if (!m.has(k)) m.set(k, 'holiday');
  for (const k of WEEKDAYS.keys()) m.set(k, 'weekday');
  for (const k of WEEKDAY_PLURALS.keys()) m.set(k, 'weekday');
  for (const k of MONTHS.keys()) m.set(k, 'month');
  for (const k of ['a.m.', 'p.m.', 'am', 'pm', 'noon', 'midnight', "o'clock", 'o’clock', 'gmt', 'utc']) m.set(k, 'clock');
  words = m;
  return m;
}

const YEARISH = /^(?:1\d|20)\d\d(?:[-–]\d\d(?:\d\d)?)?$/;
const DECADEISH = /^(?:\d{3}0['’]?s|['’]\d0s)$/;
const NUMERIC_DATE = /^(?:\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{4}-\d\d)$/;
const CLOCK = /^\d{1,2}:\d\d(?::\d\d)?(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$/i;
const QUARTER = /^[qh][1-4]$/i;

/** The class of a token, or undefined when it cannot be part of a time expression's head. */
export function tokenClass(t: Token): TokenClass | undefined {
  const c = t.lower.charCodeAt(0);
  const digitLike = (c >= 48 && c <= 57) || c === 39 || c === 0x2019; // 0-9, ' and ’
  if (digitLike) {
    const s = t.lower;
    if (YEARISH.test(s)) return 'year';
    if (DECADEISH.test(s)) return 'decade';
    if (NUMERIC_DATE.test(s)) return 'numeric-date';
    if (t.kind === 'time' || CLOCK.test(s)) return 'clock';
    return undefined;
  }
  const w = wordClasses().get(t.lower);
  if (w) return w;
  if (t.lower.length > 4 && (c === 109 || c === 101 || c === 108) && PREFIXED.test(t.lower)) return 'prefixed'; // mid-, early-, late-
  if (t.lower.length === 2 && QUARTER.test(t.lower)) return 'quarter-token';
  return undefined;
}

/** Whether tokens[first .. end) hold anything a date rule could start from. */
export function hasDateToken(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokenClass(tokens[i]!) !== undefined) return true;
  return false;
}
