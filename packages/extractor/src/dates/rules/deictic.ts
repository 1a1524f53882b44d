/**
 * Days named from the article date: "today", "yesterday", "tomorrow", "tonight", with a part of
 * the day after them ("yesterday morning"), and "this morning", "this evening", "last night".
 */
import { type Hit, type SentenceContext, hit, lowerAt } from '../context.js';
import { DEICTIC_DAYS, PARTS_OF_DAY } from '../words.js';

export function deicticDayRule(ctx: SentenceContext, i: number): Hit | undefined {
  const day = DEICTIC_DAYS.get(lowerAt(ctx, i));
  if (!day) return undefined;
  const part = day.partOfDay ?? PARTS_OF_DAY.get(lowerAt(ctx, i + 1));
  const last = !day.partOfDay && part ? i + 1 : i;
  return hit(ctx, i, last, { kind: 'shift', unit: 'day', shift: day.shift, ...(part ? { partOfDay: part } : {}) }, 'dates/deictic-day', 0.95);
}

/** "this morning", "this afternoon", "this evening", "last night", "overnight" is left out (no clear day). */
export function partOfDayRule(ctx: SentenceContext, i: number): Hit | undefined {
  const word = lowerAt(ctx, i);
  const part = PARTS_OF_DAY.get(word);
  if (!part || word === 'overnight') return undefined;
  const before = lowerAt(ctx, i - 1);
  if (before === 'this' && part !== 'NI') return hit(ctx, i - 1, i, { kind: 'shift', unit: 'day', shift: 0, partOfDay: part }, 'dates/part-of-day', 0.9);
  if (before === 'last' && part === 'NI') return hit(ctx, i - 1, i, { kind: 'shift', unit: 'day', shift: -1, partOfDay: 'NI' }, 'dates/part-of-day', 0.9);
  return undefined;
}
