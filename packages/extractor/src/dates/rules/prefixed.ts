/**
 * One-token expressions with a period modifier: "mid-February", "mid-2025", "mid-1990s",
 * "early-2020s". TimeML keeps the modifier inside the expression; the value is the month, year or decade.
 */
import { type Hit, type SentenceContext, hit } from '../context.js';
import { MONTHS } from '../words.js';
import { YEAR, decadeOf } from './years.js';

export const PREFIXED = /^(?:mid|early|late)[-–](.+)$/i;

export function prefixedRule(ctx: SentenceContext, i: number): Hit | undefined {
  const m = PREFIXED.exec(ctx.tokens[i]!.text);
  if (!m) return undefined;
  const rest = m[1]!;
  const month = MONTHS.get(rest.toLowerCase());
  if (month !== undefined && /^[A-Z]/.test(rest)) return hit(ctx, i, i, { kind: 'calendar', month }, 'dates/prefixed-month', 0.9);
  if (YEAR.test(rest)) return hit(ctx, i, i, { kind: 'calendar', year: Number(rest) }, 'dates/prefixed-year', 0.9);
  const decade = decadeOf(rest);
  if (decade !== undefined) return hit(ctx, i, i, { kind: 'fixed', value: String(decade) }, 'dates/prefixed-decade', 0.9);
  return undefined;
}
