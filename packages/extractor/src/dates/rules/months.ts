/**
 * Month names. chrono-node reads dates with a month ("April 28, 2025", "in October"); this file
 * adds what it does not: "last October", "next April", "this June" (a direction), "each July" (a
 * set), and the guard that
 * keeps names and verbs out ("Theresa May said", "they march", "April Ryan").
 */
import { type Hit, type SentenceContext, hit, isCapitalised, lowerAt, tokenAt } from '../context.js';
import { AMBIGUOUS_MONTHS, MONTHS, SHIFT_WORDS } from '../words.js';
import { YEAR } from './years.js';

/** Whether the month name at token i, with no day or year written next to it, is a month. */
export function isBareMonth(ctx: SentenceContext, i: number): boolean {
  const t = tokenAt(ctx, i);
  if (!t || !MONTHS.has(t.lower) || !isCapitalised(t)) return false;
  if (!AMBIGUOUS_MONTHS.has(t.lower) && t.lower.length > 4) return true;
  const before = lowerAt(ctx, i - 1);
  const after = lowerAt(ctx, i + 1);
  if (ctx.lex.temporalPrepositions.has(before) || SHIFT_WORDS.has(before)) return true;
  if (YEAR.test(after) || ((after === 'last' || after === 'this' || after === 'next') && lowerAt(ctx, i + 2) === 'year')) return true;
  return false;
}

/** "last October", "next April", "this June"; "each July" (a set). */
export function shiftedMonthRule(ctx: SentenceContext, i: number): Hit | undefined {
  const t = ctx.tokens[i]!;
  const month = MONTHS.get(t.lower);
  if (month === undefined || !isCapitalised(t)) return undefined;
  const before = lowerAt(ctx, i - 1);
  // "each July", "every March": how often.
  if (before === 'each' || before === 'every') {
    return hit(ctx, i - 1, i, { kind: 'set', value: `XXXX-${String(month).padStart(2, '0')}` }, 'dates/month-set', 0.85);
  }
  if (before !== 'last' && before !== 'next' && before !== 'this') return undefined;
  // "next April 5" and "last May 3" are dates with a day: chrono reads them, the direction is lost
  // but the tense rule gets it right in most news.
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(lowerAt(ctx, i + 1))) return undefined;
  const direction = before === 'last' ? 'past' : before === 'next' ? 'future' : undefined;
  return hit(ctx, i - 1, i, { kind: 'calendar', month, ...(direction ? { direction, strict: true } : {}) }, 'dates/shifted-month', 0.9);
}
