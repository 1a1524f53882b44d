/**
 * chrono-node as one of the date parsers: it reads calendar dates and clock times in their many
 * written forms ("April 28, 2025", "18 February 2026", "Sept. 5", "2025-04-28T14:30Z", "4/28/2025",
 * "3:30 p.m.", "noon"). It runs only on short windows of text around tokens that can start such a
 * date (month names, numeric dates, clock times), since parsing whole sentences is slow.
 *
 * The configuration is chrono's English casual one without its relative parsers ("last week",
 * "two years ago", "within 24 hours": the units rule reads those as TimeML wants them), plus two
 * refiners of our own:
 * - NewsSpanRefiner: drops a leading preposition ("on Monday" → "Monday") and trailing spaces and
 *   punctuation ("Friday," → "Friday"), so spans are drawn as TimeML draws them;
 * - CalendarOnlyRefiner: keeps results that name a year, month, day or clock time; a weekday alone
 *   is left to the weekday rule, which knows about tense.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { casual as enCasual, type Chrono, type ParsedResult } from 'chrono-node/en';
import { type Hit, type SentenceContext } from './context.js';
import type { Meaning } from './meaning.js';
import { MONTHS } from './words.js';
import { isBareMonth } from './rules/months.js';

const KEEP_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENYearMonthNameParser',
  'ENCasualTimeParser',
  'ENMonthNameParser',
]);

const LEADING = /^[\s,;:(]*(?:(?:on|in|at|by|from|since|until|till|for|of|during)\s+)?/i;
const TRAILING = /[\s,.;:()\-–—]+$/;

/** Drops a leading preposition and trailing punctuation from chrono's spans. */
export class NewsSpanRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEADING.exec(r.text);
      if (lead && lead[0]) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      // Keep the point of an abbreviation ("a.m.", "Sept."): only strip it after a digit or space.
      const trail = TRAILING.exec(r.text);
      if (trail) {
        let cut = trail[0];
        if (cut.startsWith('.') && /[a-z]$/i.test(r.text.slice(0, r.text.length - cut.length))) cut = cut.slice(1);
        if (cut) r.text = r.text.slice(0, r.text.length - cut.length);
      }
    }
    return results.filter((r) => r.text.length > 0);
  }
}

/** Keeps results that name a year, month, day or clock time. */
export class CalendarOnlyRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const c = r.start;
      if (r.tags().has('result/relativeDate')) return false;
      return c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || (c.isCertain('hour') && CLOCK.test(r.text));
    });
  }
}

/** A written clock time: "14:30", "3 p.m.", "3pm", "noon", "midnight", "10 o'clock". */
const CLOCK = /\d:\d\d|\d\s*(?:[ap]\.m\.|[ap]m\b)|o['’]clock|\bnoon\b|\bmidnight\b/i;

let parser: Chrono | undefined;

/** The configured chrono instance (built once). */
export function newsChrono(): Chrono {
  if (parser) return parser;
  const c = enCasual.clone();
  const kept = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  // If a chrono release renames its classes, keep everything: the refiners still filter results.
  if (kept.length >= KEEP_PARSERS.size - 2) c.parsers = kept;
  c.refiners.push(new NewsSpanRefiner(), new CalendarOnlyRefiner());
  parser = c;
  return c;
}

/** Any fixed date: only the components chrono is certain of are used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function certain(r: ParsedResult['start'], text: string, weekdayAlone = false): Meaning | undefined {
  const get = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') => (r.isCertain(k) ? (r.get(k) ?? undefined) : undefined);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const weekday = get('weekday');
  const clock = CLOCK.test(text);
  const hour = clock ? get('hour') : undefined;
  const minute = hour !== undefined ? (get('minute') ?? 0) : undefined;
  if (year === undefined && month === undefined && day === undefined && hour === undefined) {
    return weekdayAlone && weekday !== undefined ? { kind: 'calendar', weekday } : undefined;
  }
  return {
    kind: 'calendar',
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    ...(weekday !== undefined && day === undefined ? { weekday } : {}),
    ...(hour !== undefined ? { hour, minute } : {}),
  };
}

/** The connective between an interval's two ends: "Sept. 14 to Thursday", "March 3-5", "1 through 4". */
const CONNECTIVE = /\s+(?:to|through|thru|until|till|and)\s+|\s*[-–]\s*/gi;

/** The two written ends of an interval chrono read as one ("from Aug. 26 to Oct. 20"), as spans. */
function intervalEnds(text: string, start: number): [{ start: number; end: number }, { start: number; end: number }] | undefined {
  let cut: RegExpExecArray | undefined;
  for (const m of text.matchAll(CONNECTIVE)) cut = m as RegExpExecArray;
  if (!cut || cut.index === 0 || cut.index + cut[0].length >= text.length) return undefined;
  const lead = /^(?:from|between)\s+/i.exec(text)?.[0].length ?? 0;
  return [
    { start: start + lead, end: start + cut.index },
    { start: start + cut.index + cut[0].length, end: start + text.length },
  ];
}

/** Index of the token that holds character `at` (tokens of the sentence). */
function tokenIndexAt(ctx: SentenceContext, at: number, from: number): number {
  let i = from;
  while (i + 1 < ctx.end && ctx.tokens[i]!.end <= at) i++;
  return i;
}

/**
 * Runs chrono over windows of the sentence (token ranges, inclusive) and returns its hits.
 * Month names without a day or year must pass the bare-month guard.
 */
export function chronoHits(ctx: SentenceContext, windows: readonly [number, number][]): Hit[] {
  const out: Hit[] = [];
  for (const [a, b] of windows) {
    out.push(...windowHits(ctx, a, b));
    // chrono sometimes merges a date into something it cannot place and drops both: "the night of
    // Oct. 23", "last Thursday, to Nov. 6". A month name no hit covers is read again from itself.
    for (let m = a; m <= b; m++) {
      if (!MONTHS.has(ctx.tokens[m]!.lower) || out.some((h) => h.first <= m && m <= h.last)) continue;
      out.push(...windowHits(ctx, m, b).filter((h) => h.first === m));
    }
  }
  return out;
}

/** chrono's hits in tokens [a, b] of the sentence. */
function windowHits(ctx: SentenceContext, a: number, b: number): Hit[] {
  const out: Hit[] = [];
  const chrono = newsChrono();
  const base = ctx.tokens[a]!.start;
  const text = ctx.text.slice(base, ctx.tokens[b]!.end);
  for (const r of chrono.parse(text, REFERENCE)) {
    const start = base + r.index;
    const end = start + r.text.length;
    // "101 1/4" is a price, "4/28" alone a score or a fraction: a slash date needs its year or "on".
    if (/^\d{1,2}\/\d{1,2}$/.test(r.text) && !/\bon\s*$/i.test(text.slice(0, r.index))) continue;
    const from = certain(r.start, r.text);
    if (!from || from.kind !== 'calendar') continue;
    let meaning: Meaning = from;
    if (r.end) {
      // "Sept. 14 to Thursday": the end may be a weekday alone.
      const to = certain(r.end, r.text, true);
      if (to && to.kind === 'calendar') {
        if (to.year === undefined && from.year !== undefined) to.year = from.year;
        if (to.month === undefined && from.month !== undefined && to.day !== undefined) to.month = from.month;
        if (from.year === undefined && to.year !== undefined) from.year = to.year;
        meaning = { kind: 'interval', from, to };
      }
    }
    const first = tokenIndexAt(ctx, start, a);
    const last = tokenIndexAt(ctx, end - 1, first);
    if (from.month !== undefined && from.day === undefined && from.year === undefined && from.hour === undefined) {
      let m = first;
      while (m <= last && !MONTHS.has(ctx.tokens[m]!.lower)) m++;
      if (m > last || !isBareMonth(ctx, m)) continue;
    }
    const ends = meaning.kind === 'interval' ? intervalEnds(r.text, start) : undefined;
    out.push({ start, end, first, last, meaning, rule: 'dates/chrono', confidence: 0.9, ...(ends ? { endpoints: ends } : {}) });
  }
  return out;
}
