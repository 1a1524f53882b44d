/**
 * Weekdays: "Monday", "Monday's" (the possessive stays outside the span), "last Friday", "next
 * Tuesday", "this coming Monday", "Tuesday night" (a time), "every Monday" and "on Mondays" (sets).
 */
import { type Hit, type SentenceContext, hit, lowerAt } from '../context.js';
import { PARTS_OF_DAY, WEEKDAY_PLURALS, WEEKDAYS } from '../words.js';

/** ISO day number (Monday 1 … Sunday 7) of a JavaScript weekday (Sunday 0). */
const isoDay = (weekday: number) => (weekday === 0 ? 7 : weekday);

export function weekdayRule(ctx: SentenceContext, i: number): Hit | undefined {
  const word = lowerAt(ctx, i);
  const plural = WEEKDAY_PLURALS.get(word);
  if (plural !== undefined) {
    const every = lowerAt(ctx, i - 1) === 'every' || lowerAt(ctx, i - 1) === 'each';
    return hit(ctx, every ? i - 1 : i, i, { kind: 'set', value: `XXXX-WXX-${isoDay(plural)}` }, 'dates/weekday-plural', 0.8);
  }
  const weekday = WEEKDAYS.get(word);
  if (weekday === undefined) return undefined;
  const before = lowerAt(ctx, i - 1);
  if (before === 'every' || before === 'each') {
    return hit(ctx, i - 1, i, { kind: 'set', value: `XXXX-WXX-${isoDay(weekday)}` }, 'dates/weekday-set', 0.85);
  }
  let first = i;
  let last = i;
  let direction: 'past' | 'future' | undefined;
  let strict = false;
  if (before === 'last' || before === 'next') {
    direction = before === 'last' ? 'past' : 'future';
    strict = true;
    first = i - 1;
    if (lowerAt(ctx, i - 2) === 'this') first = i - 2;
  } else if (before === 'this') {
    first = i - 1;
  } else if ((before === 'coming' || before === 'past') && lowerAt(ctx, i - 2) === 'this') {
    direction = before === 'coming' ? 'future' : 'past';
    first = i - 2;
  }
  const part = PARTS_OF_DAY.get(lowerAt(ctx, i + 1));
  if (part) last = i + 1;
  return hit(
    ctx,
    first,
    last,
    { kind: 'calendar', weekday, ...(part ? { partOfDay: part } : {}), ...(direction ? { direction } : {}), ...(strict ? { strict } : {}) },
    'dates/weekday',
    0.9,
  );
}
