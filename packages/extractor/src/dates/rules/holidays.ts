/**
 * Holidays named instead of a date: "Thanksgiving Day", "on Christmas Eve", "last Easter",
 * "Election Day" (data/lexicons/dates/holidays). The name must be capitalised ("a thanksgiving
 * service" is not a date); "last" and "next" before it point back or forward, as for months.
 */
import { type Hit, type SentenceContext, hit, isCapitalised, lowerAt, phraseEndingAt, tokenAt } from '../context.js';
import { holidays } from '../holidays.js';

export function holidayRule(ctx: SentenceContext, i: number): Hit | undefined {
  const h = holidays();
  if (!h.names.byLast.has(lowerAt(ctx, i))) return undefined;
  const first = phraseEndingAt(ctx, h.names, i);
  if (first < 0 || !isCapitalised(tokenAt(ctx, first))) return undefined;
  const key = ctx.tokens
    .slice(first, i + 1)
    .map((t) => t.lower)
    .join(' ');
  const rule = h.rules.get(key);
  if (!rule) return undefined;
  const before = lowerAt(ctx, first - 1);
  if (before === 'last' || before === 'next') {
    return hit(ctx, first - 1, i, { kind: 'holiday', rule, direction: before === 'last' ? 'past' : 'future', strict: true }, 'dates/holiday', 0.85);
  }
  return hit(ctx, first, i, { kind: 'holiday', rule }, 'dates/holiday', 0.85);
}
