/**
 * How often (TimeML type set): "weekly", "daily", "annually" (data/lexicons/dates/set-adverbs),
 * "each year", "every day", "every two years", "twice a week", "three times a year" ("per second"
 * alone is a rate, not a time).
 */
import { type Hit, type SentenceContext, hit, lowerAt, numericValue, tokenAt } from '../context.js';
import { durationValue } from '../timex-value.js';
import { NUMBER_WORDS, UNITS } from '../words.js';

export function setAdverbRule(ctx: SentenceContext, i: number): Hit | undefined {
  const value = ctx.lex.setAdverbs.get(lowerAt(ctx, i));
  if (!value) return undefined;
  // As an adjective "a quarterly dividend" describes a thing, not when; "a daily rally", "his weekly
  // address" say how often (data/lexicons/dates/set-adverbs marks which words do). Before a name
  // it is a newspaper ("the party daily Granma").
  const next = tokenAt(ctx, i + 1);
  if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) {
    if (!ctx.lex.setAdjectives.has(lowerAt(ctx, i)) || next.pos === 'PROPN') return undefined;
    // "average daily volume": a measure per day, not a time.
    if (lowerAt(ctx, i - 1) === 'average') return undefined;
  }
  return hit(ctx, i, i, { kind: 'set', value }, 'dates/set-adverb', 0.8);
}

const RATE_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);
/** Words after "a year" that make it a length or a point, not a rate: "a year ago", "a year or two". */
const NOT_RATE_AFTER = new Set(['ago', 'earlier', 'later', 'after', 'before', 'or', 'from', 'and', '-', 'long', 'old']);
const AMOUNT_WORDS = new Set(['million', 'billion', 'thousand', 'hundred', 'dollars', 'cents', 'percent', '%']);

/** Whether token k ends an amount: a number, "million", "dollars", or a plural count noun ("interviews"). */
function countBefore(ctx: SentenceContext, k: number): boolean {
  const t = tokenAt(ctx, k);
  if (!t) return false;
  if (t.kind === 'number' || numericValue(t.text) !== undefined || AMOUNT_WORDS.has(t.lower)) return true;
  return t.pos === 'NOUN' && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !UNITS.has(t.lower);
}

/** Called on a unit word ("year" in "each year"); returns a set or undefined. */
export function unitSetRule(ctx: SentenceContext, i: number): Hit | undefined {
  const unit = UNITS.get(lowerAt(ctx, i));
  if (!unit || unit.unit === 'weekend') return undefined;
  const before = lowerAt(ctx, i - 1);
  if (!unit.plural && (before === 'each' || before === 'every')) {
    return hit(ctx, i - 1, i, { kind: 'set', value: durationValue(1, unit.unit) }, 'dates/unit-set', 0.85);
  }
  // "every two years", "every 24 hours"
  const amount = numericValue(before) ?? NUMBER_WORDS.get(before);
  if (unit.plural && amount !== undefined && amount >= 2 && lowerAt(ctx, i - 2) === 'every') {
    return hit(ctx, i - 2, i, { kind: 'set', value: durationValue(amount, unit.unit) }, 'dates/unit-set', 0.85);
  }
  // "twice a week", "three times a year", "once a month"
  if (!unit.plural && (before === 'a' || before === 'an' || before === 'per')) {
    const b2 = lowerAt(ctx, i - 2);
    let first = -1;
    if (b2 === 'once' || b2 === 'twice' || b2 === 'thrice') first = i - 2;
    else if (b2 === 'times' && (numericValue(lowerAt(ctx, i - 3)) !== undefined || NUMBER_WORDS.has(lowerAt(ctx, i - 3)))) first = i - 3;
    if (first >= 0) return hit(ctx, first, i, { kind: 'set', value: durationValue(1, unit.unit) }, 'dates/frequency', 0.8);
    // A rate: "$1 billion a year", "hundreds of interviews a day", "10,000 units per year".
    const after = lowerAt(ctx, i + 1);
    if (RATE_UNITS.has(unit.unit) && !NOT_RATE_AFTER.has(after) && countBefore(ctx, i - 2)) {
      return hit(ctx, i - 1, i, { kind: 'set', value: durationValue(1, unit.unit) }, 'dates/rate', 0.7);
    }
  }
  return undefined;
}
