/**
 * Years and what is built on them: "in 2024", "the 1979 revolution", "2024-25" (an interval),
 * decades ("the 1990s" → 199, "the '90s"), centuries ("the 19th century" → 18).
 * A four-digit number is not a year when it counts something ("2000 troops", "about 1500"),
 * follows a noun that numbers things ("resolution 1701", data/lexicons/dates/year-blockers), or is
 * money or a percentage.
 */
import { type Hit, type SentenceContext, hit, lowerAt, tokenAt } from '../context.js';
import type { Token } from '../../doc/doc.js';
import { ORDINALS, UNITS } from '../words.js';

export const YEAR = /^(?:1\d|20)\d\d$/;
const YEAR_RANGE = /^(\d{4})[-–](\d{2}|\d{4})$/;
export const DECADE = /^(?:(\d{3})0['’]?s|['’](\d)0s)$/;

/** Plural nouns that do not end in -s ("2000 people"). */
/** Whether a token is a noun in the plural: "troops", "people" (what a bare number counts). */
export function isPluralNoun(t: Token): boolean {
  return t.pos === 'NOUN' && ((t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')) || UNMARKED_PLURALS.has(t.lower));
}

export const UNMARKED_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'feet', 'data', 'crew', 'militia']);
/** Determiners before a year that modifies a noun: "the 2024 elections", "its 2025 budget". */
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s', 'a', 'an']);
/** Words before a number that make it a count: "about 2000", "more than 1500", "up to 2000". */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'some', 'over', 'than', 'approximately', 'roughly', 'around', 'least', 'estimated', 'total', 'another', 'additional']);
export const CURRENCY = /^[$€£¥₹]|^(?:us|usd|eur|gbp|rs)\.?$/i;

function yearContext(ctx: SentenceContext, i: number, year: number): boolean {
  const before = lowerAt(ctx, i - 1);
  const after = lowerAt(ctx, i + 1);
  const prev = tokenAt(ctx, i - 1);
  if (ctx.lex.yearBlockers.has(before) || (prev && CURRENCY.test(prev.text)) || before === '#') return false;
  if (after === '%' || after === 'percent' || after === 'per' || after === 'cent') return false;
  if (UNITS.has(after) || (after === '-' && UNITS.has(lowerAt(ctx, i + 2)))) return false; // "2000 years": a duration
  if (COUNT_WORDS.has(before) || (before === 'to' && lowerAt(ctx, i - 2) === 'up')) return false;
  if (prev && prev.kind === 'number') return false;
  const next = tokenAt(ctx, i + 1);
  const temporal = ctx.lex.temporalPrepositions.has(before) || DETERMINERS.has(before) || before === 'fiscal';
  if (next && !temporal) {
    if (isPluralNoun(next)) return false; // "2000 troops"
  }
  // Before 1900 a bare number is more often a count: ask for "in", "since", "the … revolution".
  if (year < 1900 && !temporal) return false;
  return true;
}

export function yearRule(ctx: SentenceContext, i: number): Hit | undefined {
  const text = ctx.tokens[i]!.text;
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const y1 = Number(range[1]);
    const tail = range[2]!;
    const y2 = tail.length === 2 ? Math.floor(y1 / 100) * 100 + Number(tail) : Number(tail);
    // "2024-25" (a fiscal or season year); "2025-04" is a month: chrono reads it.
    if (!YEAR.test(range[1]!) || y2 <= y1 || y2 - y1 > 100 || (tail.length === 2 && y2 !== y1 + 1)) return undefined;
    return hit(ctx, i, i, { kind: 'interval', from: { kind: 'calendar', year: y1 }, to: { kind: 'calendar', year: y2 } }, 'dates/year-range', 0.85);
  }
  if (!YEAR.test(text)) return undefined;
  const year = Number(text);
  if (!yearContext(ctx, i, year)) return undefined;
  // "fiscal 1989": the fiscal year named by the year it ends in, kept whole as TimeML does.
  const first = lowerAt(ctx, i - 1) === 'fiscal' ? i - 1 : i;
  return hit(ctx, first, i, { kind: 'calendar', year }, 'dates/year', 0.85);
}

/** The decade of "1990s" (199), "'90s" (199; '00s to '20s are read as 2000s to 2020s). */
export function decadeOf(text: string): number | undefined {
  const m = DECADE.exec(text);
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  const d = Number(m[2]);
  return d <= 2 ? 200 + d : 190 + d;
}

export function decadeRule(ctx: SentenceContext, i: number): Hit | undefined {
  const decade = decadeOf(ctx.tokens[i]!.text);
  if (decade === undefined || decade < 100) return undefined;
  const first = lowerAt(ctx, i - 1) === 'the' ? i - 1 : i;
  return hit(ctx, first, i, { kind: 'fixed', value: String(decade) }, 'dates/decade', 0.85);
}

/** "the 19th century" (18), "the twenty-first century" (20). */
export function centuryRule(ctx: SentenceContext, i: number): Hit | undefined {
  if (lowerAt(ctx, i) !== 'century') return undefined;
  const n = ORDINALS.get(lowerAt(ctx, i - 1));
  if (n === undefined || lowerAt(ctx, i - 1) === 'last' || lowerAt(ctx, i - 1) === 'final' || n < 1 || n > 22) return undefined;
  const first = lowerAt(ctx, i - 2) === 'the' ? i - 2 : i - 1;
  return hit(ctx, first, i, { kind: 'fixed', value: String(n - 1).padStart(2, '0') }, 'dates/century', 0.85);
}
