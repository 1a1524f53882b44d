/**
 * The periods of company reports, which news about earnings names without saying which they are:
 * - "the quarter", "the latest quarter", "the latest period" (the quarter the article reports on);
 * - "the year-ago period", "the year-earlier quarter", "year-earlier profit", "the comparable
 *   year-ago quarter" (that quarter a year before);
 * - "the 1988 quarter", "the 1989 period" (that quarter in the year written).
 * They resolve against the latest quarter the article names (resolve-dates), else the quarter
 * before the article's: companies report a quarter after it ends.
 * "The French Quarter" is a name (capitalised), "a quarter of the vote" a fraction: neither is read.
 */
import { type Hit, type SentenceContext, hit, lowerAt, tokenAt } from '../context.js';
import { YEAR } from './years.js';

/** Words that may stand between "the" and "year-ago": "the comparable year-ago quarter". */
const COMPARISON_WORDS = new Set(['comparable', 'corresponding', 'same']);
const PERIOD_HEADS = new Set(['quarter', 'period']);

/** The first token of a noun phrase's determiner before token i: "the", "the comparable". */
function determinerStart(ctx: SentenceContext, i: number): number {
  let k = i - 1;
  if (COMPARISON_WORDS.has(lowerAt(ctx, k))) k--;
  return lowerAt(ctx, k) === 'the' ? k : i;
}

/** "year-ago", "year-earlier" at token i ("year"), with what they modify when it is a period. */
function yearAgo(ctx: SentenceContext, i: number): Hit | undefined {
  const rel = lowerAt(ctx, i + 2);
  if (lowerAt(ctx, i + 1) !== '-' || (rel !== 'ago' && rel !== 'earlier')) return undefined;
  const head = lowerAt(ctx, i + 3);
  if (PERIOD_HEADS.has(head) && tokenAt(ctx, i + 3)!.text === head) {
    return hit(ctx, determinerStart(ctx, i), i + 3, { kind: 'reporting', shift: -1 }, 'dates/year-ago-period', 0.8);
  }
  // "year-earlier profit", "the year-ago results": the adjective alone, as TimeML marks it.
  return hit(ctx, i, i + 2, { kind: 'reporting', shift: -1 }, 'dates/year-ago-period', 0.75);
}

/** "by year-end", "at year's end": December 31, before or after the article date by tense. */
function yearEnd(ctx: SentenceContext, i: number): Hit | undefined {
  const a = lowerAt(ctx, i + 1);
  const last = (a === '-' || a === "'s" || a === '’s') && lowerAt(ctx, i + 2) === 'end' ? i + 2 : a === 'end' ? i + 1 : -1;
  if (last < 0 || lowerAt(ctx, i - 1) === 'the' || lowerAt(ctx, i - 1) === 'a') return undefined;
  // "year-end bonuses", "a year-end party": a kind of thing, not a time.
  const next = tokenAt(ctx, last + 1);
  if (next && (next.pos === 'NOUN' || next.pos === 'ADJ')) return undefined;
  return hit(ctx, i, last, { kind: 'calendar', month: 12, day: 31 }, 'dates/year-end', 0.75);
}

export function reportingRule(ctx: SentenceContext, i: number): Hit | undefined {
  const t = ctx.tokens[i]!;
  if (t.lower === 'year') return yearAgo(ctx, i) ?? yearEnd(ctx, i);
  if (!PERIOD_HEADS.has(t.lower) || t.text !== t.lower) return undefined;
  const before = lowerAt(ctx, i - 1);
  if (lowerAt(ctx, i + 1) === 'of' || lowerAt(ctx, i + 1) === '-') return undefined;
  // "the quarter", "that quarter"; "this quarter" is the article's own (units rule).
  if (t.lower === 'quarter' && (before === 'the' || before === 'that')) {
    return hit(ctx, i - 1, i, { kind: 'reporting', shift: 0 }, 'dates/reporting-quarter', 0.7);
  }
  // "the latest quarter", "the most recent period"
  if (before === 'latest' && lowerAt(ctx, i - 2) === 'the') return hit(ctx, i - 2, i, { kind: 'reporting', shift: 0 }, 'dates/latest-quarter', 0.8);
  if (before === 'recent' && lowerAt(ctx, i - 2) === 'most' && lowerAt(ctx, i - 3) === 'the') {
    return hit(ctx, i - 3, i, { kind: 'reporting', shift: 0 }, 'dates/latest-quarter', 0.8);
  }
  // "the 1988 quarter", "the 1989 period"
  if (YEAR.test(before) && lowerAt(ctx, i - 2) === 'the') {
    return hit(ctx, i - 2, i, { kind: 'reporting', shift: 0, year: Number(before) }, 'dates/year-quarter', 0.8);
  }
  return undefined;
}
