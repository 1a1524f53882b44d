/**
 * Seasons, quarters and halves: "summer", "last winter", "the summer of 2024", "spring 2025",
 * "the first quarter of 2025", "Q1 2025", "the second half of last year".
 * Capitalised seasons inside a sentence are names ("the Arab Spring", "Summer Olympics") unless a
 * year follows; "fall" needs a clear frame ("this fall", "in the fall") because it is a common word.
 */
import { type Hit, type SentenceContext, hit, isCapitalised, lowerAt, tokenAt } from '../context.js';
import type { Meaning } from '../meaning.js';
import { ORDINALS, SEASONS } from '../words.js';
import { YEAR } from './years.js';

const QUARTER_DETERMINERS = new Set(['the', 'its', 'their', 'this', "'s", '’s']);
const SEASON_FRAME = new Set(['in', 'into', 'during', 'since', 'until', 'till', 'by', 'through', 'throughout', 'over', 'before', 'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'past', 'coming']);

/** A year written after a period: "2024" or "of 2024"; "of last year", "of the year". */
function yearAfter(ctx: SentenceContext, i: number): { last: number; year?: number; yearShift?: number } | undefined {
  const a = lowerAt(ctx, i + 1);
  if (YEAR.test(a)) return { last: i + 1, year: Number(a) };
  if (a !== 'of') return undefined;
  const b = lowerAt(ctx, i + 2);
  if (YEAR.test(b)) return { last: i + 2, year: Number(b) };
  const c = lowerAt(ctx, i + 3);
  if (c === 'year' && (b === 'last' || b === 'this' || b === 'next' || b === 'the')) {
    return { last: i + 3, yearShift: b === 'last' ? -1 : b === 'next' ? 1 : 0 };
  }
  return undefined;
}

export function seasonRule(ctx: SentenceContext, i: number): Hit | undefined {
  const t = ctx.tokens[i]!;
  const season = SEASONS.get(t.lower);
  if (!season) return undefined;
  const y = yearAfter(ctx, i);
  const before = lowerAt(ctx, i - 1);
  const framed = SEASON_FRAME.has(before) || (before === 'the' && SEASON_FRAME.has(lowerAt(ctx, i - 2)));
  if (!y) {
    if (isCapitalised(t) && i > ctx.first) return undefined;
    if (!framed) return undefined;
    if (t.lower === 'fall' && !(before === 'this' || before === 'last' || before === 'next' || before === 'the')) return undefined;
    if (lowerAt(ctx, i + 1) === '-' || tokenAt(ctx, i + 1)?.pos === 'NOUN') return undefined; // "summer camp", "winter-time"
  }
  let first = i;
  let direction: 'past' | 'future' | undefined;
  if (before === 'last' || before === 'next') {
    direction = before === 'last' ? 'past' : 'future';
    first = i - 1;
  } else if (before === 'this') first = i - 1;
  const meaning: Meaning = {
    kind: 'period',
    period: 'season',
    index: 0,
    season,
    ...(y?.year !== undefined ? { year: y.year } : {}),
    ...(y?.yearShift !== undefined ? { yearShift: y.yearShift } : {}),
    ...(direction ? { direction, strict: true } : {}),
  };
  return hit(ctx, first, y ? y.last : i, meaning, 'dates/season', 0.8);
}

/** "the first quarter of 2025", "the second half of last year". */
export function quarterRule(ctx: SentenceContext, i: number): Hit | undefined {
  const word = lowerAt(ctx, i);
  if (word !== 'quarter' && word !== 'half') return undefined;
  const hyphen = lowerAt(ctx, i - 1) === '-';
  const o = hyphen ? i - 2 : i - 1;
  const ordinalWord = lowerAt(ctx, o);
  let index = ORDINALS.get(ordinalWord);
  if (index === undefined) return undefined;
  const max = word === 'quarter' ? 4 : 2;
  if (ordinalWord === 'last' || ordinalWord === 'final') {
    if (hyphen || lowerAt(ctx, i + 1) !== 'of') return undefined; // "last quarter" is a shift (units rule)
    index = max;
  }
  if (index < 1 || index > max) return undefined;
  const y = yearAfter(ctx, i);
  // "the fiscal first quarter", "its fiscal-first quarter"
  let d = o - 1;
  if (lowerAt(ctx, d) === '-' && lowerAt(ctx, d - 1) === 'fiscal') d -= 2;
  else if (lowerAt(ctx, d) === 'fiscal') d -= 1;
  // "the 1988 third quarter": the year written before the quarter.
  const yearBefore = YEAR.test(lowerAt(ctx, d)) && lowerAt(ctx, d - 1) === 'the' ? Number(lowerAt(ctx, d)) : undefined;
  if (yearBefore !== undefined && !y) {
    return hit(ctx, d - 1, i, { kind: 'period', period: word === 'quarter' ? 'Q' : 'H', index, year: yearBefore }, 'dates/quarter', 0.85);
  }
  const determiner = QUARTER_DETERMINERS.has(lowerAt(ctx, d));
  // Without a year: "the third quarter", "third-quarter profit", "third-quarter net income" (a
  // quarter of the article's year; the hyphenated modifier is a quarter whatever follows it);
  // halves alone are too often parts of games.
  if (!y && (word === 'half' || !(determiner || hyphen))) return undefined;
  const first = lowerAt(ctx, d) === 'the' ? d : d + 1;
  if (!y) return hit(ctx, first, i, { kind: 'period', period: 'Q', index }, 'dates/quarter', 0.75);
  const meaning: Meaning = {
    kind: 'period',
    period: word === 'quarter' ? 'Q' : 'H',
    index,
    ...(y.year !== undefined ? { year: y.year } : {}),
    ...(y.yearShift !== undefined ? { yearShift: y.yearShift } : {}),
  };
  return hit(ctx, first, y.last, meaning, 'dates/quarter', 0.85);
}

const Q_TOKEN = /^([qh])([1-4])$/i;

/** "Q1 2025", "2025 Q3", "H1 2026": only with a year, since "Q1" alone is often a label. */
export function quarterTokenRule(ctx: SentenceContext, i: number): Hit | undefined {
  const m = Q_TOKEN.exec(ctx.tokens[i]!.text);
  if (!m) return undefined;
  const period = m[1]!.toUpperCase() as 'Q' | 'H';
  const index = Number(m[2]);
  if (period === 'H' && index > 2) return undefined;
  const after = lowerAt(ctx, i + 1);
  const before = lowerAt(ctx, i - 1);
  if (YEAR.test(after)) return hit(ctx, i, i + 1, { kind: 'period', period, index, year: Number(after) }, 'dates/quarter-token', 0.85);
  if (YEAR.test(before)) return hit(ctx, i - 1, i, { kind: 'period', period, index, year: Number(before) }, 'dates/quarter-token', 0.85);
  return undefined;
}
