/**
 * Years and decades written out in words, as broadcast transcripts write them:
 * "nineteen ninety-six", "nineteen oh five", "eighteen twelve", "nineteen hundred" (1900),
 * "the year two thousand", "two thousand and one", "twenty twenty-five", "twenty ten";
 * decades "the nineties" (199), "the nineteen-nineties", "the eighteen-nineties" (189),
 * "the Roaring Twenties", "the mid-nineties". Wink splits "ninety-six" into "ninety", "-", "six".
 *
 * Heads: "eighteen", "nineteen" and "twenty" start their year; "two thousand" is read from
 * "thousand" (a rarer word than "two", so fewer sentences pass the gate); a decade from its decade
 * word, or from a "mid-"/"early-"/"late-" token ("mid-nineties", after prefixedRule).
 *
 * Left out, because they are counts or ages far more often than dates:
 * - "nineteen X" before a plural noun or a unit ("nineteen ninety-six people", "nineteen fifty years"),
 *   after "about", "more than" or a number noun, or before "percent"; before 1900 only after a
 *   temporal word, as for years in figures.
 * - "two thousand", "twenty twenty-five" and "nineteen hundred" unless framed: after "the year", or
 *   after a temporal preposition ("in", "since", "until", …; "by" not after "rose" and the like, "of"
 *   only after a month, season or "the end", "from"/"between" only when a year follows the "to"/"and")
 *   and then not before a noun, adjective, number, unit, "of", "more", or a plural verb:
 *   "two thousand troops", "more than two thousand years", "after two thousand were killed".
 * - Decades without "the" right before (or "the early/mid/late"): "in her nineties", "his mid-forties";
 *   and decades near a measure read in ranges ("temperatures in the forties", "approval ratings"). "the teens" is left out
 *   (temperatures, ages); "the two thousands" and "the twenty-tens" are not read.
 */
import { type Hit, type SentenceContext, hit, lowerAt, tokenAt } from '../context.js';
import { MONTHS, NUMBER_WORDS, SEASONS, UNITS } from '../words.js';
import { COUNT_WORDS as YEAR_COUNT_WORDS, CURRENCY, UNMARKED_PLURALS, YEAR, isPluralNoun } from './years.js';

/** Heads of spelled years (gate class 'spelled-year'). */
export const SPELLED_YEAR_HEADS: ReadonlySet<string> = new Set(['eighteen', 'nineteen', 'twenty', 'thousand']);

/** Decade words and their tens digit (gate class 'spelled-decade'). */
export const SPELLED_DECADES: ReadonlyMap<string, number> = new Map([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
]);

const CENTURY_WORDS: ReadonlyMap<string, number> = new Map([
  ['eighteen', 18],
  ['nineteen', 19],
]);

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_VALUES: ReadonlyMap<string, number> = new Map(UNIT_WORDS.map((w, k) => [w, k + 1]));
const TEEN_VALUES: ReadonlyMap<string, number> = new Map(TEEN_WORDS.map((w, k) => [w, k + 10]));
const TENS_VALUES: ReadonlyMap<string, number> = new Map(TENS_WORDS.map((w, k) => [w, (k + 2) * 10]));
const OH = new Set(['oh', 'o', 'zero']);
const DASHES = new Set(['-', '–']);
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'hundreds', 'thousands', 'millions', 'billions', 'dozen']);

/** Words before a number that make it a count: "about two thousand", "only two thousand". */
const COUNT_WORDS = new Set([...YEAR_COUNT_WORDS, 'only', 'just']);
/** Determiners before a year that modifies a noun: "the nineteen ninety-six elections". */
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);
/** Words of the temporal-prepositions lexicon that do not frame "two thousand" as a year. */
const NOT_FRAMES = new Set(['the', 'this', 'last', 'next', 'and', 'or', 'to', 'around', 'of', 'by', 'from', 'between']);
/** Words before "by" that make what follows an amount: "rose by two thousand". */
const CHANGE_WORDS = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'increase', 'increased', 'increases', 'grew', 'grown', 'grow', 'fell', 'fallen', 'fall', 'falls', 'dropped', 'drop', 'declined', 'decline', 'cut', 'cuts', 'reduced', 'reduce', 'raised', 'raise', 'up', 'down', 'outnumbered', 'exceeded', 'more', 'less', 'fewer', 'higher', 'lower', 'boosted', 'swelled', 'slashed', 'shrank', 'multiplied', 'jumped', 'climbed', 'plunged', 'lost', 'gained']);
/** Words before "of" that make what follows a date: "the summer of two thousand", "the end of twenty ten". */
const OF_HEADS = new Set(['end', 'beginning', 'start', 'middle', 'turn', 'close', 'half', 'quarter', 'class', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Words after a number that make it a count: "two thousand more", "two thousand of them". */
const COUNT_AFTER = new Set(['of', 'more', 'others', 'other', 'each', 'apiece', 'strong', 'plus', 'odd', 'who', 'whom', '%', 'percent', 'per', 'cent']);
/** Words of measures read in ranges: "temperatures in the forties", "approval ratings in the thirties". */
const RANGE_WORDS = new Set(['temperature', 'temperatures', 'temps', 'degrees', 'highs', 'lows', 'fahrenheit', 'celsius', 'mercury', 'thermometer', 'polls', 'rating', 'ratings', 'approval', 'aged', 'mph']);
/** Verbs that may follow a year but hardly a count: "the final in twenty twenty was cancelled". */
const SINGULAR_VERBS = new Set(['was', 'is', 'has', 'will', 'would', 'could', 'might', 'may', 'saw', "'s", '’s']);

interface Spelled {
  year: number;
  /** First and last token of the number itself. */
  first: number;
  last: number;
  /** Also a count ("two thousand", "twenty ten", "nineteen hundred"): needs a temporal frame. */
  ambiguous: boolean;
}

/** A number 1..99 written in words at token j ("six", "twelve", "ninety-six", "ninety six"). */
function smallNumber(ctx: SentenceContext, j: number, min: number): { value: number; last: number } | undefined {
  const w = lowerAt(ctx, j);
  const tens = TENS_VALUES.get(w);
  if (tens !== undefined) {
    const dash = DASHES.has(lowerAt(ctx, j + 1));
    const unit = UNIT_VALUES.get(lowerAt(ctx, dash ? j + 2 : j + 1));
    if (unit !== undefined) return { value: tens + unit, last: dash ? j + 2 : j + 1 };
    return tens >= min ? { value: tens, last: j } : undefined;
  }
  const teen = TEEN_VALUES.get(w);
  if (teen !== undefined) return teen >= min ? { value: teen, last: j } : undefined;
  const unit = UNIT_VALUES.get(w);
  if (unit !== undefined && unit >= min) return { value: unit, last: j };
  // A single token "ninety-six", should the tokenizer keep it whole.
  const n = w.includes('-') ? NUMBER_WORDS.get(w) : undefined;
  if (n !== undefined && Number.isInteger(n) && n >= min && n < 100) return { value: n, last: j };
  return undefined;
}

/** The last two digits of a year after its century ("ninety-six", "oh five", "ten"), from token j. */
function yearTail(ctx: SentenceContext, j: number): { value: number; last: number } | undefined {
  if (OH.has(lowerAt(ctx, j))) {
    const unit = UNIT_VALUES.get(lowerAt(ctx, j + 1));
    return unit !== undefined ? { value: unit, last: j + 1 } : undefined;
  }
  return smallNumber(ctx, j, 10);
}

/** Whether the word before token i is a number ("twenty-two thousand", "one hundred and nineteen"). */
function numberBefore(ctx: SentenceContext, i: number): boolean {
  const prev = tokenAt(ctx, i - 1);
  if (!prev) return false;
  if (prev.kind === 'number') return true;
  const b = prev.lower;
  if ((NUMBER_WORDS.has(b) && b !== 'a' && b !== 'an' && b !== 'half') || SCALES.has(b)) return true;
  const b2 = lowerAt(ctx, i - 2);
  if (DASHES.has(b) && prev.start === tokenAt(ctx, i - 2)?.end && prev.end === ctx.tokens[i]!.start) return NUMBER_WORDS.has(b2);
  return b === 'and' && SCALES.has(b2);
}

/** The spelled year whose head is token i, before any look at its context. */
function parseSpelled(ctx: SentenceContext, i: number): Spelled | undefined {
  const w = lowerAt(ctx, i);
  let s: Spelled | undefined;
  if (w === 'thousand') {
    if (lowerAt(ctx, i - 1) !== 'two') return undefined;
    const withAnd = lowerAt(ctx, i + 1) === 'and';
    const tail = smallNumber(ctx, withAnd ? i + 2 : i + 1, 1);
    s = { year: 2000 + (tail?.value ?? 0), first: i - 1, last: tail?.last ?? i, ambiguous: true };
  } else {
    const century = w === 'twenty' ? 20 : CENTURY_WORDS.get(w);
    if (century === undefined) return undefined;
    const j = DASHES.has(lowerAt(ctx, i + 1)) ? i + 2 : i + 1;
    if (century !== 20 && lowerAt(ctx, j) === 'hundred') {
      // "nineteen hundred", "nineteen hundred and five"
      const withAnd = lowerAt(ctx, j + 1) === 'and';
      const tail = smallNumber(ctx, withAnd ? j + 2 : j + 1, 1);
      s = { year: century * 100 + (tail?.value ?? 0), first: i, last: tail?.last ?? j, ambiguous: true };
    } else {
      const tail = yearTail(ctx, j);
      if (!tail) return undefined;
      s = { year: century * 100 + tail.value, first: i, last: tail.last, ambiguous: century === 20 };
    }
  }
  if (numberBefore(ctx, s.first)) return undefined;
  // "two thousand one hundred", "nineteen ninety thousand": a bigger number.
  if (SCALES.has(lowerAt(ctx, s.last + 1))) return undefined;
  // "nineteen fifty-dollar bills", "two thousand-strong": the number is part of a compound word.
  const next = tokenAt(ctx, s.last + 1);
  if (next && DASHES.has(next.lower) && next.start === ctx.tokens[s.last]!.end) return undefined;
  return s;
}

/** Whether a year starts at token j (for "from two thousand to …", "between … and …"). */
function yearStartsAt(ctx: SentenceContext, j: number): boolean {
  const w = lowerAt(ctx, j);
  if (YEAR.test(w)) return true;
  if (w === 'two' && lowerAt(ctx, j + 1) === 'thousand') return parseSpelled(ctx, j + 1) !== undefined;
  if (w === 'twenty' || CENTURY_WORDS.has(w)) return parseSpelled(ctx, j) !== undefined;
  return false;
}

/** Whether a year ends at token k ("1999", "nineteen ninety-nine"). */
function yearEndsAt(ctx: SentenceContext, k: number): boolean {
  if (YEAR.test(lowerAt(ctx, k))) return true;
  for (let h = k; h >= k - 4 && h >= ctx.first; h--) {
    if (SPELLED_YEAR_HEADS.has(lowerAt(ctx, h)) && parseSpelled(ctx, h)?.last === k) return true;
  }
  return false;
}

/** Whether the words before and after s make a count of it rather than a year. */
function countContext(ctx: SentenceContext, s: Spelled): boolean {
  const before = lowerAt(ctx, s.first - 1);
  const prev = tokenAt(ctx, s.first - 1);
  if (ctx.lex.yearBlockers.has(before) || (prev && CURRENCY.test(prev.text)) || before === '#' || before === 'at') return true;
  if (COUNT_WORDS.has(before) || (before === 'to' && lowerAt(ctx, s.first - 2) === 'up')) return true;
  const after = lowerAt(ctx, s.last + 1);
  if (UNITS.has(after) || COUNT_AFTER.has(after)) return true;
  return false;
}

/** Whether a noun-like word or a plural verb follows: "two thousand troops", "after two thousand were killed". */
function countFollows(ctx: SentenceContext, s: Spelled): boolean {
  const next = tokenAt(ctx, s.last + 1);
  if (!next) return false;
  if (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.kind === 'number') return true;
  return (next.pos === 'VERB' || next.pos === 'AUX') && !SINGULAR_VERBS.has(next.lower);
}

/** The first token of "the year" right before token i, or i. */
function withTheYear(ctx: SentenceContext, i: number): number {
  return lowerAt(ctx, i - 1) === 'year' && lowerAt(ctx, i - 2) === 'the' ? i - 2 : i;
}

/** Whether the words before an ambiguous year frame it as a year ("the year", "in", "since", …). */
function framed(ctx: SentenceContext, s: Spelled): boolean {
  const before = lowerAt(ctx, s.first - 1);
  if (before === 'year') return lowerAt(ctx, s.first - 2) === 'the';
  if (before === 'of') {
    const head = lowerAt(ctx, s.first - 2);
    return MONTHS.has(head) || SEASONS.has(head) || OF_HEADS.has(head);
  }
  if (before === 'by') return !CHANGE_WORDS.has(lowerAt(ctx, s.first - 2));
  if (before === 'from' || before === 'between') {
    const conn = lowerAt(ctx, s.last + 1);
    const ok = before === 'between' ? conn === 'and' : conn === 'to' || conn === 'until' || conn === 'through' || DASHES.has(conn);
    return ok && yearStartsAt(ctx, s.last + 2);
  }
  if (ctx.lex.temporalPrepositions.has(before) && !NOT_FRAMES.has(before)) return true;
  // The second year of a range: "between nineteen ninety and two thousand", "from 1999 to two thousand".
  return (before === 'and' || before === 'to' || before === 'until' || before === 'through' || DASHES.has(before)) && yearEndsAt(ctx, s.first - 2);
}

/** "nineteen ninety-six", "the year two thousand", "twenty twenty-five" (head: see the file comment). */
export function spelledYearRule(ctx: SentenceContext, i: number): Hit | undefined {
  const s = parseSpelled(ctx, i);
  if (!s || countContext(ctx, s)) return undefined;
  const meaning = { kind: 'calendar', year: s.year } as const;
  if (s.ambiguous) {
    if (!framed(ctx, s) || countFollows(ctx, s)) return undefined;
    return hit(ctx, withTheYear(ctx, s.first), s.last, meaning, 'dates/spelled-year', 0.8);
  }
  // "nineteen ninety-six": a year unless a plural noun follows ("nineteen ninety-six people").
  const before = lowerAt(ctx, s.first - 1);
  const next = tokenAt(ctx, s.last + 1);
  if (next && !DETERMINERS.has(before)) {
    if (isPluralNoun(next) || UNMARKED_PLURALS.has(next.lower)) return undefined; // "people" whatever its tag
  }
  const first = withTheYear(ctx, s.first);
  if (s.year < 1900 && first === s.first && !ctx.lex.temporalPrepositions.has(before) && !DETERMINERS.has(before)) return undefined;
  return hit(ctx, first, s.last, meaning, 'dates/spelled-year', 0.85);
}

/** Whether a measure read in ranges stands near token i ("temperatures in the forties", "the forties degrees"). */
function nearMeasure(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 6; k < i; k++) if (RANGE_WORDS.has(lowerAt(ctx, k))) return true;
  const after = lowerAt(ctx, i + 1);
  return after === 'degrees' || after === '°' || after === 'fahrenheit' || after === 'celsius';
}

/** "the nineties" (199), "the nineteen-nineties", "the Roaring Twenties", "the mid-nineties" (token). */
export function spelledDecadeRule(ctx: SentenceContext, i: number): Hit | undefined {
  const w = lowerAt(ctx, i);
  const dash = Math.max(w.indexOf('-'), w.indexOf('–'));
  if (dash > 0) {
    // "mid-nineties", "late-eighties": one token; the modifier stays in it, as for "mid-1990s".
    const prefix = w.slice(0, dash);
    const d = SPELLED_DECADES.get(w.slice(dash + 1));
    if (d === undefined || (prefix !== 'mid' && prefix !== 'early' && prefix !== 'late')) return undefined;
    if (lowerAt(ctx, i - 1) !== 'the' || nearMeasure(ctx, i)) return undefined;
    return hit(ctx, i, i, { kind: 'fixed', value: String(190 + d) }, 'dates/spelled-decade', 0.85);
  }
  const d = SPELLED_DECADES.get(w);
  if (d === undefined || nearMeasure(ctx, i)) return undefined;
  let century = 19;
  let start = i;
  let j = i - 1;
  if (DASHES.has(lowerAt(ctx, j)) && CENTURY_WORDS.has(lowerAt(ctx, j - 1))) j--;
  const c = CENTURY_WORDS.get(lowerAt(ctx, j));
  if (c !== undefined) {
    century = c;
    start = j;
    j--;
  } else if (w === 'twenties' && lowerAt(ctx, j) === 'roaring') {
    start = j;
    j--;
  }
  const value = String(century * 10 + d);
  const b = lowerAt(ctx, j);
  if (b === 'the') return hit(ctx, j, i, { kind: 'fixed', value }, 'dates/spelled-decade', 0.85);
  // "the early nineties": the hit starts after the modifier, which the modifier refiner adds.
  if ((b === 'early' || b === 'mid' || b === 'late') && lowerAt(ctx, j - 1) === 'the') return hit(ctx, start, i, { kind: 'fixed', value }, 'dates/spelled-decade', 0.85);
  return undefined;
}
