/**
 * Expressions built on a unit of time ("day", "week", "months", "decades"):
 * - durations: "six months", "two decades" (P20Y), "more than six months", "the past 24 hours",
 *   "a two-year term" ("two-year"), "10 days after" (the signal word stays out: "10 days"),
 *   "for years" (PXY), "the past week" (P1W);
 * - dates moved from the article date: "last week", "this month", "next year", "last weekend",
 *   "two years ago", "three days from now";
 * - references: "the coming weeks" (FUTURE_REF), "years ago" (PAST_REF); "recent years" is a stretch
 *   of years of unknown length (PXY), as TimeML marks it;
 * - "the weekend", resolved by the clause's tense.
 * Ages ("64 years old", "a 64-year-old man") are not time expressions and are left out.
 */
import { type Hit, type SentenceContext, hit, lowerAt, numericValue, phraseEndingAt, tokenAt } from '../context.js';
import type { Meaning, ShiftUnit } from '../meaning.js';
import type { DurationUnit } from '../timex-value.js';
import { NUMBER_WORDS, SHIFT_WORDS, UNITS, type UnitWord } from '../words.js';
import { unitSetRule } from './sets.js';

interface Amount {
  first: number;
  /** undefined for "several", "a few", "many". */
  amount?: number;
  /** "two-year", "a 10 day visit": a number and a singular unit used as an adjective. */
  adjective: boolean;
  /** "a", "an", "one": needs a signal to be a duration ("for a year", "a year later"). */
  article: boolean;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', "'ll", '’ll']);

/** Words before "a year", "one day" that make them a length of time. */
const DURATION_SIGNALS = new Set(['for', 'within', 'over', 'in', 'after', 'before', 'during', 'than', 'nearly', 'almost', 'about', 'around', 'least', 'past', 'last', 'next', 'first', 'entire', 'whole', 'full']);
/** Words after "a year", "one day" that make them a length of time. */
const DURATION_AFTER = new Set(['later', 'earlier', 'after', 'before', 'ago', 'long', 'afterwards']);
/** Before the amount: "the past 24 hours", "the next two years", "the first 100 days". */
const SPAN_WORDS = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'following', 'entire', 'whole', 'full']);

/** Whether most words of the sentence after its first are capitalised, as in a headline. */
function titleCase(ctx: SentenceContext): boolean {
  let upper = 0;
  let lower = 0;
  for (let k = ctx.first + 1; k < ctx.end; k++) {
    const c = ctx.tokens[k]!.text.charCodeAt(0);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > lower;
}

/** Whether the unit at i stands before a noun, as in "a 10 day slide", "a five year low". */
function adjectival(ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return i + 1 < ctx.end && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && !UNITS.has(next.lower) && next.lower !== 'old';
}

/** Words between an amount and its unit that leave the amount as it is: "20 more years", "an additional year". */
const ADDED = new Set(['more', 'additional', 'extra', 'further']);

function amountBefore(ctx: SentenceContext, i: number, unit: UnitWord): Amount | undefined {
  // "at least 20 more years", "an additional year", "two more weeks"
  if (ADDED.has(lowerAt(ctx, i - 1))) {
    const a = amountBefore(ctx, i - 1, unit);
    if (a) return a;
    const art = lowerAt(ctx, i - 2);
    return !unit.plural && (art === 'an' || art === 'a') ? { first: i - 2, amount: 1, adjective: false, article: false } : undefined;
  }
  // "2 1/2 years", "5 1/2 hours"
  if (lowerAt(ctx, i - 1) === '1/2' && unit.plural) {
    const whole = numericValue(lowerAt(ctx, i - 2)) ?? NUMBER_WORDS.get(lowerAt(ctx, i - 2));
    if (whole !== undefined && Number.isInteger(whole)) return { first: i - 2, amount: whole + 0.5, adjective: false, article: false };
  }
  let k = i - 1;
  let hyphen = false;
  if (lowerAt(ctx, k) === '-') {
    if (unit.plural) return undefined;
    hyphen = true;
    k--;
  }
  const word = lowerAt(ctx, k);
  if (!word) return undefined;
  const token = ctx.tokens[k]!;
  const figure = numericValue(token.text);
  if (figure !== undefined) {
    if (!hyphen && !unit.plural && figure !== 1) {
      // "a five year low", "a 10 day visit": a number and a singular unit before a noun.
      return adjectival(ctx, i) ? { first: k, amount: figure, adjective: true, article: false } : undefined;
    }
    return { first: k, amount: figure, adjective: hyphen, article: false };
  }
  if (word === 'few') return { first: lowerAt(ctx, k - 1) === 'a' ? k - 1 : k, adjective: false, article: false };
  if (word === 'several' || word === 'many') return unit.plural ? { first: k, adjective: false, article: false } : undefined;
  if (word === 'of' && lowerAt(ctx, k - 1) === 'couple') {
    return unit.plural ? { first: lowerAt(ctx, k - 2) === 'a' ? k - 2 : k - 1, amount: 2, adjective: false, article: false } : undefined;
  }
  if (word === 'dozen' && unit.plural) return { first: lowerAt(ctx, k - 1) === 'a' ? k - 1 : k, amount: 12, adjective: false, article: false };
  // "a hundred years", "a thousand years"
  if ((word === 'hundred' || word === 'thousand') && unit.plural && (lowerAt(ctx, k - 1) === 'a' || lowerAt(ctx, k - 1) === 'one')) {
    return { first: k - 1, amount: word === 'hundred' ? 100 : 1000, adjective: false, article: false };
  }
  let n = NUMBER_WORDS.get(word);
  if (n === undefined || word === 'half' || word === 'hundred' || word === 'dozen' || n === 0) return undefined;
  let first = k;
  // "twenty four hours"
  const tens = NUMBER_WORDS.get(lowerAt(ctx, k - 1));
  if (n < 10 && tens !== undefined && tens >= 20 && tens % 10 === 0 && tens < 100) {
    n += tens;
    first = k - 1;
  }
  if (!hyphen && !unit.plural && n !== 1 && adjectival(ctx, i)) return { first, amount: n, adjective: true, article: false };
  if (!hyphen && unit.plural === (n === 1)) return undefined; // "one years", "two year"
  // "a year" needs a signal to be a length of time; "one year" says it is one.
  return { first, amount: n, adjective: hyphen, article: n === 1 && !hyphen && word !== 'one' };
}

function shiftUnit(unit: DurationUnit | 'weekend'): { unit: ShiftUnit; factor: number } | undefined {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return undefined;
    case 'fortnight':
      return { unit: 'week', factor: 2 };
    default:
      return { unit, factor: 1 };
  }
}

/** Units whose "earlier" names a calendar period ("a year earlier" is a year, "a day earlier" a length). */
const CALENDAR_UNITS: ReadonlySet<ShiftUnit> = new Set(['month', 'quarter', 'year', 'decade']);

/** Words between "the" and a plural unit that make a stretch of it: "the first hours", "the early years". */
const STRETCH_WORDS = new Set(['first', 'early', 'final', 'closing', 'opening', 'initial']);

/** Determiners that make "last", "past", "next" part of a duration ("the last two years", "these past weeks"). */
const SPAN_DETERMINERS = new Set(['the', 'these', 'those', 'this']);

/**
 * Extends a duration to the left over "the past", "the next" ("the past 24 hours"), or over a
 * qualifier ("more than six months", "nearly a year"). Without a determiner "last" is a verb
 * ("could last several months") and stays out.
 */
function durationStart(ctx: SentenceContext, first: number): number {
  if (SPAN_WORDS.has(lowerAt(ctx, first - 1)) && SPAN_DETERMINERS.has(lowerAt(ctx, first - 2))) return first - 2;
  const q = phraseEndingAt(ctx, ctx.lex.durationQualifiers, first - 1);
  return q >= 0 ? q : first;
}

/** "the current year", "the current quarter": the one the article date is in. */
function currentPeriod(ctx: SentenceContext, i: number, unit: UnitWord): Hit | undefined {
  if (unit.plural || lowerAt(ctx, i - 1) !== 'current' || lowerAt(ctx, i - 2) !== 'the') return undefined;
  if (unit.unit !== 'year' && unit.unit !== 'month' && unit.unit !== 'quarter' && unit.unit !== 'week') return undefined;
  return hit(ctx, i - 2, i, { kind: 'shift', unit: unit.unit, shift: 0 }, 'dates/the-current-unit', 0.85);
}

/** Words before "the year" that make it the article's year: "for the year", "earlier in the year". */
const YEAR_FRAMES = new Set(['for', 'in', 'of', 'through', 'during', 'throughout', 'over']);
/** Words between "the" and "year": "the full year", "the current fiscal year", "the latest fiscal year". */
const YEAR_KINDS: ReadonlyMap<string, number> = new Map([
  ['full', 0],
  ['fiscal', 0],
  ['calendar', 0],
  ['current', 0],
  ['latest', -1],
]);

/**
 * "For the year, sales rose", "the full year", "the current fiscal year": the article's year (the
 * latest fiscal year: the one before). "The year ended Sept. 30", "the fiscal year beginning on
 * April 1" are year-long periods, as TimeML marks them (P1Y). "The year before", "the year 2000"
 * and "the year of the dragon" are left out.
 */
function yearOfArticle(ctx: SentenceContext, i: number): Hit | undefined {
  let k = i - 1;
  let shift = 0;
  let kinds = 0;
  while (YEAR_KINDS.has(lowerAt(ctx, k)) && kinds < 2) {
    shift = Math.min(shift, YEAR_KINDS.get(lowerAt(ctx, k))!);
    k--;
    kinds++;
  }
  if (lowerAt(ctx, k) !== 'the') return undefined;
  const after = lowerAt(ctx, i + 1);
  if (PERIOD_BOUNDS.has(after)) return hit(ctx, k, i, { kind: 'duration', amount: 1, unit: 'year' }, 'dates/the-year-ended', 0.75);
  if (kinds === 0 && !YEAR_FRAMES.has(lowerAt(ctx, k - 1))) return undefined;
  const next = tokenAt(ctx, i + 1);
  if (next && (next.kind === 'number' || /^\d/.test(next.lower) || NUMBER_WORDS.has(next.lower) || RELATIVE_AFTER.has(next.lower))) return undefined;
  if (after === 'of' && tokenAt(ctx, i + 2)?.pos !== 'SYM' && !lowerAt(ctx, i + 2).startsWith('$')) return undefined;
  return hit(ctx, k, i, { kind: 'shift', unit: 'year', shift }, 'dates/the-year', 0.7);
}

/** Words after "the year" that make it a year-long period with a bound: "the year ended Sept. 30". */
const PERIOD_BOUNDS = new Set(['ended', 'ending', 'beginning', 'starting', 'begun', 'started']);
/** Words after "the year" that make it relative to something else: "the year before". */
const RELATIVE_AFTER = new Set(['before', 'after', 'earlier', 'later', 'following', 'prior']);

export function unitRule(ctx: SentenceContext, i: number): Hit | undefined {
  const word = lowerAt(ctx, i);
  const unit = UNITS.get(word);
  if (!unit) return undefined;
  // "on CBS's 60 Minutes": a capitalised unit after a word or number in lower case, in a sentence
  // that is not in title case, is a title.
  const t = ctx.tokens[i]!;
  const prev = tokenAt(ctx, i - 1);
  if (prev && t.text !== t.lower && (prev.kind === 'number' || /^[a-z0-9]/.test(prev.text)) && !titleCase(ctx)) return undefined;
  const after = lowerAt(ctx, i + 1);
  // Ages: "64 years old", "a 64-year-old man", "decades-old conflict".
  if (after === 'old' || (after === '-' && lowerAt(ctx, i + 2) === 'old')) return undefined;
  // Fractions: "more than a quarter of the market".
  if (unit.unit === 'quarter' && after === 'of') return undefined;
  // "a week-long visit", "a day-long meeting", "a decades-long feud": the length, "-long" and all.
  if (after === '-' && lowerAt(ctx, i + 2) === 'long') return longRule(ctx, i, unit);
  // Compounds: "year-end", "day-to-day", "year-on-year".
  if (after === '-') return undefined;

  const set = unitSetRule(ctx, i);
  if (set) return set;

  const amount = amountBefore(ctx, i, unit);
  if (amount) return amountRule(ctx, i, unit, amount);

  const before = lowerAt(ctx, i - 1);
  const current = currentPeriod(ctx, i, unit) ?? (unit.unit === 'year' && !unit.plural ? yearOfArticle(ctx, i) : undefined);
  if (current) return current;
  const shift = SHIFT_WORDS.get(before);
  if (shift !== undefined && !unit.plural) {
    const su = shiftUnit(unit.unit);
    const the = lowerAt(ctx, i - 2) === 'the';
    if (the && (before === 'past' || before === 'last' || before === 'next' || before === 'coming')) {
      // "the past week" is a week long; "over the last year": P1Y. "The next day" and "the last
      // week of January" name a day or week, relative to something else: left out.
      if (unit.unit === 'weekend' || after === 'of' || (unit.unit === 'day' && before !== 'past')) return undefined;
      return hit(ctx, i - 2, i, { kind: 'duration', amount: 1, unit: unit.unit }, 'dates/the-past-unit', 0.8);
    }
    // "the following week", "the previous day", "the next day": relative to an event, not the article.
    if (the || before === 'following' || !su || su.unit === 'day') return undefined;
    let first = i - 1;
    let n = shift;
    // "this past week", "this coming year"
    if (lowerAt(ctx, i - 2) === 'this' && (before === 'past' || before === 'coming')) first = i - 2;
    return hit(ctx, first, i, { kind: 'shift', unit: su.unit, shift: n * su.factor }, 'dates/shift-unit', 0.9);
  }
  if (unit.plural) {
    // "in recent days", "recent weeks": a stretch of unknown length up to now (PXD, PXW).
    if (before === 'recent' && unit.unit !== 'weekend') return hit(ctx, i - 1, i, { kind: 'duration', unit: unit.unit }, 'dates/recent-units', 0.75);
    // "in the coming days", "the coming weeks", "in coming months"
    if (before === 'coming' || (before === 'next' && lowerAt(ctx, i - 2) === 'the')) {
      const first = lowerAt(ctx, i - 2) === 'the' ? i - 2 : i - 1;
      return hit(ctx, first, i, { kind: 'ref', value: 'FUTURE_REF' }, 'dates/coming-units', 0.75);
    }
    // "these days"
    if (before === 'these' && unit.unit === 'day') return hit(ctx, i - 1, i, { kind: 'ref', value: 'PRESENT_REF' }, 'dates/these-days', 0.75);
    // "years ago"
    if (after === 'ago') return hit(ctx, i, i + 1, { kind: 'ref', value: 'PAST_REF' }, 'dates/units-ago', 0.75);
    // "for years", "within weeks", "for decades", "over the past months", "over the years"
    const overThe = before === 'the' && lowerAt(ctx, i - 2) === 'over';
    if (before === 'for' || before === 'within' || overThe || ((before === 'past' || before === 'last') && lowerAt(ctx, i - 2) === 'the')) {
      if (unit.unit === 'weekend') return undefined;
      const first = before === 'for' || before === 'within' ? i : overThe ? i - 1 : i - 2;
      return hit(ctx, first, i, { kind: 'duration', unit: unit.unit }, 'dates/vague-duration', 0.7);
    }
    // "the first hours of the war", "the early years", "the final days": a stretch of unknown length.
    if (STRETCH_WORDS.has(before) && lowerAt(ctx, i - 2) === 'the' && unit.unit !== 'weekend') {
      return hit(ctx, i - 2, i, { kind: 'duration', unit: unit.unit }, 'dates/vague-duration', 0.7);
    }
    // "in past years": before now, for an unknown stretch.
    if (before === 'past' && unit.unit !== 'weekend') return hit(ctx, i - 1, i, { kind: 'ref', value: 'PAST_REF' }, 'dates/past-units', 0.7);
    return undefined;
  }
  // "at the weekend", "over the weekend"
  if (unit.unit === 'weekend' && before === 'the') return hit(ctx, i - 1, i, { kind: 'weekend' }, 'dates/the-weekend', 0.8);
  // "by the end of the year", "the beginning of the month": the current one, with its modifier.
  if (before === 'the' && lowerAt(ctx, i - 2) === 'of' && (unit.unit === 'year' || unit.unit === 'month' || unit.unit === 'week')) {
    const first = phraseEndingAt(ctx, ctx.lex.periodModifiers, i - 2);
    if (first >= 0) return hit(ctx, first, i, { kind: 'shift', unit: unit.unit, shift: 0 }, 'dates/end-of-the-unit', 0.75);
  }
  return undefined;
}

/** "week-long", "a 10-day-long siege", "decades-long": a duration that keeps its "-long", as TimeML does. */
function longRule(ctx: SentenceContext, i: number, unit: UnitWord): Hit | undefined {
  if (unit.unit === 'weekend') return undefined;
  // "10-day-long": the amount stands before a hyphen too.
  let first = i;
  let amount: number | undefined = unit.plural ? undefined : 1;
  if (lowerAt(ctx, i - 1) === '-') {
    const n = numericValue(lowerAt(ctx, i - 2)) ?? NUMBER_WORDS.get(lowerAt(ctx, i - 2));
    if (n === undefined) return undefined;
    amount = n;
    first = i - 2;
  }
  return hit(ctx, first, i + 2, { kind: 'duration', ...(amount !== undefined ? { amount } : {}), unit: unit.unit }, 'dates/unit-long', 0.8);
}

function amountRule(ctx: SentenceContext, i: number, unit: UnitWord, a: Amount): Hit | undefined {
  const after = lowerAt(ctx, i + 1);
  if (unit.unit === 'weekend') return undefined;
  const su = shiftUnit(unit.unit);
  // "two years ago", "a week or so ago"
  const orSo = after === 'or' && lowerAt(ctx, i + 2) === 'so' && lowerAt(ctx, i + 3) === 'ago';
  if ((after === 'ago' || orSo) && !a.adjective) {
    const meaning: Meaning =
      a.amount === undefined || !su || !Number.isInteger(a.amount)
        ? { kind: 'ref', value: 'PAST_REF' }
        : { kind: 'shift', unit: su.unit, shift: -a.amount * su.factor };
    return hit(ctx, a.first, orSo ? i + 3 : i + 1, meaning, 'dates/units-ago', 0.9);
  }
  // "a year earlier", "two months earlier": a date that far back from a year written before it in
  // the sentence, else from the article date (or a report's quarter, resolve-dates). "Three days
  // later" stays a length of time, as TimeML has it.
  if (after === 'earlier' && !a.adjective && su && CALENDAR_UNITS.has(su.unit) && a.amount !== undefined && Number.isInteger(a.amount)) {
    return hit(ctx, a.first, i + 1, { kind: 'shift', unit: su.unit, shift: -a.amount * su.factor, fromWritten: true }, 'dates/units-earlier', 0.8);
  }
  if (after === 'from' && lowerAt(ctx, i + 2) === 'now' && !a.adjective) {
    const meaning: Meaning =
      a.amount === undefined || !su || !Number.isInteger(a.amount)
        ? { kind: 'ref', value: 'FUTURE_REF' }
        : { kind: 'shift', unit: su.unit, shift: a.amount * su.factor };
    return hit(ctx, a.first, i + 2, meaning, 'dates/units-from-now', 0.85);
  }
  if (a.adjective) {
    // "a two-year term", "a 24-hour strike"
    return hit(ctx, a.first, i, { kind: 'duration', ...(a.amount !== undefined ? { amount: a.amount } : {}), unit: unit.unit }, 'dates/duration-adjective', 0.85);
  }
  // "Islam will one day be …": some day ahead, not a day long.
  if (unit.unit === 'day' && a.amount === 1 && lowerAt(ctx, a.first) === 'one' && MODALS.has(lowerAt(ctx, a.first - 1))) {
    return hit(ctx, a.first, i, { kind: 'ref', value: 'FUTURE_REF' }, 'dates/one-day', 0.7);
  }
  const first = durationStart(ctx, a.first);
  if (a.article && first === a.first && !DURATION_SIGNALS.has(lowerAt(ctx, a.first - 1)) && !DURATION_AFTER.has(after)) return undefined;
  // "in two weeks": a date in a future clause ("they will meet in two weeks"), resolve-dates decides.
  const afterIn = first === a.first && lowerAt(ctx, first - 1) === 'in' && a.amount !== undefined && su !== undefined;
  const meaning: Meaning = { kind: 'duration', ...(a.amount !== undefined ? { amount: a.amount } : {}), unit: unit.unit, ...(afterIn ? { afterIn } : {}) };
  return hit(ctx, first, i, meaning, 'dates/duration', a.article ? 0.75 : 0.9);
}
