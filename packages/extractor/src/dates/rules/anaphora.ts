/**
 * Days, months and years named from a date the text gave before: "that year", "the same day",
 * "the following month", "the previous day", "later that year" (the modifier joins in the refiner).
 * resolve-dates resolves them against the latest date written before them; with none, they get no
 * value. "The next day" is one; "the next year" stays a year-long stretch ahead (units rule).
 */
import { type Hit, type SentenceContext, hit, lowerAt } from '../context.js';
import { UNITS } from '../words.js';

const UNITS_READ = new Set(['day', 'month', 'year']);

export function anaphoraRule(ctx: SentenceContext, i: number): Hit | undefined {
  const unit = UNITS.get(lowerAt(ctx, i));
  if (!unit || unit.plural || !UNITS_READ.has(unit.unit)) return undefined;
  const u = unit.unit as 'day' | 'month' | 'year';
  const b1 = lowerAt(ctx, i - 1);
  const b2 = lowerAt(ctx, i - 2);
  const after = lowerAt(ctx, i + 1);
  // "a year-old case", "the day-long meeting", "the day of the vote": not the day itself.
  if (after === '-' || after === 'of') return undefined;
  if (b1 === 'that') return hit(ctx, i - 1, i, { kind: 'anaphoric', unit: u, shift: 0 }, 'dates/that-unit', 0.75);
  if (b1 === 'same' && (b2 === 'that' || b2 === 'the')) {
    return hit(ctx, i - 2, i, { kind: 'anaphoric', unit: u, shift: 0 }, 'dates/that-unit', 0.75);
  }
  if (b2 !== 'the') return undefined;
  if (b1 === 'following' || (b1 === 'next' && u === 'day')) {
    return hit(ctx, i - 2, i, { kind: 'anaphoric', unit: u, shift: 1 }, 'dates/following-unit', 0.75);
  }
  if (b1 === 'previous' || b1 === 'preceding') return hit(ctx, i - 2, i, { kind: 'anaphoric', unit: u, shift: -1 }, 'dates/following-unit', 0.75);
  return undefined;
}
