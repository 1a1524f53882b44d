/**
 * Refiners that join neighbouring hits, as chrono's refiners do, for what news writes:
 * - "July last year", "March of next year": a month and a year moved from the article date;
 * - "January 8 and 9", "8 and 9 January", "January 8-9, 2026": a day interval;
 * - "between 2025 and 2031", "from March to May", "2019 to 2021": intervals between two dates;
 * - "Monday, April 28": a weekday and the date it names;
 * - "this year's third quarter": a year and the quarter of it; "the winter of nineteen
 *   ninety-four": a month or season and a year read by another rule; "the quarter a year ago": a
 *   report's quarter a year back;
 * - "early April", "mid 2025", "earlier last month", "the end of last year": period modifiers
 *   (data/lexicons/dates/period-modifiers), kept inside the expression as TimeML does.
 */
import { type Hit, type SentenceContext, lowerAt, phraseEndingAt, tokenAt } from '../context.js';
import type { Meaning } from '../meaning.js';
import { UNITS } from '../words.js';
import { YEAR } from '../rules/years.js';

type Calendar = Extract<Meaning, { kind: 'calendar' }>;

const isCalendar = (m: Meaning): m is Calendar => m.kind === 'calendar';
const DASHES = new Set(['-', '–', '—']);
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–']);

function span(a: Hit, b: Hit, meaning: Meaning, rule: string, first = a.first, start = a.start): Hit {
  return { start, end: b.end, first, last: b.last, meaning, rule, confidence: Math.min(a.confidence, b.confidence) };
}

/** "July last year", "March of next year", "April 1 this year". */
function monthWithYearShift(ctx: SentenceContext, a: Hit, b: Hit): Hit | undefined {
  if (!isCalendar(a.meaning) || a.meaning.month === undefined || a.meaning.year !== undefined || a.meaning.weekday !== undefined) return undefined;
  if (b.meaning.kind !== 'shift' || b.meaning.unit !== 'year') return undefined;
  const gap = b.first - a.last;
  if (!(gap === 1 || (gap === 2 && lowerAt(ctx, a.last + 1) === 'of') || (gap === 2 && lowerAt(ctx, a.last + 1) === ','))) return undefined;
  return span(a, b, { ...a.meaning, yearShift: b.meaning.shift }, 'dates/month-year-shift');
}

/** Whether token i is a day of the month standing alone ("9" in "January 8 and 9"). */
function dayNumber(ctx: SentenceContext, i: number): number | undefined {
  const t = tokenAt(ctx, i);
  if (!t || !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower)) return undefined;
  const n = parseInt(t.lower, 10);
  if (n < 1 || n > 31) return undefined;
  // "January 8 and 9 people": a count, not a day.
  const next = tokenAt(ctx, i + 1);
  if (next && (next.pos === 'NOUN' || UNITS.has(next.lower))) return undefined;
  return n;
}

/** "January 8 and 9" (and "January 8 to 10" when chrono left it), with a year after it. */
function dayInterval(ctx: SentenceContext, a: Hit, hits: readonly Hit[]): Hit | undefined {
  const m = a.meaning;
  if (!isCalendar(m) || m.month === undefined || m.day === undefined || m.hour !== undefined) return undefined;
  const conn = lowerAt(ctx, a.last + 1);
  if (conn !== 'and' && conn !== '&' && !RANGE_WORDS.has(conn)) return undefined;
  const day = dayNumber(ctx, a.last + 2);
  if (day === undefined || day <= m.day || hits.some((h) => h.first <= a.last + 2 && a.last + 2 <= h.last)) return undefined;
  let last = a.last + 2;
  let year = m.year;
  if (year === undefined) {
    const y1 = lowerAt(ctx, last + 1);
    const y2 = lowerAt(ctx, last + 2);
    if (YEAR.test(y1)) {
      year = Number(y1);
      last += 1;
    } else if (y1 === ',' && YEAR.test(y2)) {
      year = Number(y2);
      last += 2;
    }
  }
  const from: Calendar = { kind: 'calendar', month: m.month, day: m.day, ...(year !== undefined ? { year } : {}) };
  const to: Calendar = { kind: 'calendar', month: m.month, day, ...(year !== undefined ? { year } : {}) };
  const end = ctx.tokens[last]!.end;
  const second = ctx.tokens[a.last + 2]!;
  return {
    start: a.start,
    end,
    first: a.first,
    last,
    meaning: { kind: 'interval', from, to },
    rule: 'dates/day-interval',
    confidence: a.confidence,
    // "January 8 and 9, 2026": the year belongs to both ends; TimeML gives it to the second.
    endpoints: [
      { start: a.start, end: a.end },
      { start: second.start, end },
    ],
  };
}

/** "8 and 9 January": a day, "and", then a date that starts with its day. */
function dayIntervalBefore(ctx: SentenceContext, a: Hit): Hit | undefined {
  const m = a.meaning;
  if (!isCalendar(m) || m.month === undefined || m.day === undefined) return undefined;
  if (!/^\d/.test(ctx.tokens[a.first]!.lower)) return undefined;
  const conn = lowerAt(ctx, a.first - 1);
  if (conn !== 'and' && conn !== '&' && !RANGE_WORDS.has(conn)) return undefined;
  const t = tokenAt(ctx, a.first - 2);
  if (!t || !/^\d{1,2}$/.test(t.lower)) return undefined;
  const day = Number(t.lower);
  if (day < 1 || day >= m.day) return undefined;
  const from: Calendar = { kind: 'calendar', month: m.month, day, ...(m.year !== undefined ? { year: m.year } : {}) };
  const to: Calendar = { kind: 'calendar', month: m.month, day: m.day, ...(m.year !== undefined ? { year: m.year } : {}) };
  return {
    start: t.start,
    end: a.end,
    first: a.first - 2,
    last: a.last,
    meaning: { kind: 'interval', from, to },
    rule: 'dates/day-interval',
    confidence: a.confidence,
    endpoints: [
      { start: t.start, end: t.end },
      { start: a.start, end: a.end },
    ],
  };
}

/** Same kind of calendar value: both years, both months, both full dates, both weekdays. */
function sameGrain(a: Calendar, b: Calendar): boolean {
  const shape = (c: Calendar) => `${c.year !== undefined}${c.month !== undefined}${c.day !== undefined}${c.weekday !== undefined && c.day === undefined}`;
  if (shape(a) === shape(b)) return true;
  // "March 3 to April 5, 2025": the first lacks the year the second gives.
  return a.year === undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined && (a.day !== undefined) === (b.day !== undefined);
}

/** "between 2025 and 2031", "from Monday to Friday", "2019 to 2021", "March 3 to April 5, 2025". */
function rangeOf(ctx: SentenceContext, a: Hit, b: Hit): Hit | undefined {
  if (!isCalendar(a.meaning) || !isCalendar(b.meaning) || b.first !== a.last + 2) return undefined;
  if (!sameGrain(a.meaning, b.meaning)) return undefined;
  const conn = lowerAt(ctx, a.last + 1);
  const frame = lowerAt(ctx, a.first - 1);
  let first = a.first;
  if (frame === 'between' && conn === 'and') first = a.first - 1;
  else if (frame === 'from' && RANGE_WORDS.has(conn)) first = a.first - 1;
  else if (!RANGE_WORDS.has(conn) || conn === 'until' || conn === 'till') return undefined;
  const from: Calendar = { ...a.meaning };
  const to: Calendar = { ...b.meaning };
  if (from.year === undefined && to.year !== undefined && from.month !== undefined) from.year = to.year;
  return {
    ...span(a, b, { kind: 'interval', from, to }, 'dates/range', first, ctx.tokens[first]!.start),
    endpoints: [
      { start: a.start, end: a.end },
      { start: b.start, end: b.end },
    ],
  };
}

/** "the 1988 third quarter", "this year's first quarter", "next year's second half". */
function yearThenPeriod(ctx: SentenceContext, a: Hit, b: Hit): Hit | undefined {
  const p = b.meaning;
  if (p.kind !== 'period' || p.year !== undefined || p.yearShift !== undefined || p.period === 'season') return undefined;
  const y = a.meaning;
  const year = isCalendar(y) && y.year !== undefined && y.month === undefined && y.yearShift === undefined ? y.year : undefined;
  const yearShift = y.kind === 'shift' && y.unit === 'year' ? y.shift : undefined;
  if (year === undefined && yearShift === undefined) return undefined;
  const possessive = lowerAt(ctx, a.last + 1) === "'s" || lowerAt(ctx, a.last + 1) === '’s';
  if (!(b.first === a.last + 1 || (possessive && b.first === a.last + 2))) return undefined;
  const first = lowerAt(ctx, a.first - 1) === 'the' && year !== undefined ? a.first - 1 : a.first;
  const meaning: Meaning = { ...p, ...(year !== undefined ? { year } : { yearShift: yearShift! }) };
  return span(a, b, meaning, 'dates/year-period', first, ctx.tokens[first]!.start);
}

/**
 * "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season and a
 * year read by another rule (chrono reads "January 1997" itself).
 */
function periodThenYear(ctx: SentenceContext, a: Hit, b: Hit): Hit | undefined {
  const y = b.meaning;
  if (!isCalendar(y) || y.year === undefined || y.month !== undefined) return undefined;
  const gapOk = b.first === a.last + 1 || (b.first === a.last + 2 && (lowerAt(ctx, a.last + 1) === 'of' || lowerAt(ctx, a.last + 1) === ','));
  if (!gapOk) return undefined;
  const m = a.meaning;
  if (isCalendar(m) && m.month !== undefined && m.year === undefined && m.yearShift === undefined && m.weekday === undefined && m.hour === undefined) {
    return span(a, b, { ...m, year: y.year }, 'dates/month-year');
  }
  if (m.kind === 'period' && m.year === undefined && m.yearShift === undefined) return span(a, b, { ...m, year: y.year }, 'dates/period-year');
  return undefined;
}

/** "the quarter a year ago", "the period a year earlier": the report's quarter a year back. */
function periodYearAgo(a: Hit, b: Hit): Hit | undefined {
  const p = a.meaning;
  const y = b.meaning;
  if (p.kind !== 'reporting' || p.shift !== 0 || p.year !== undefined || b.first !== a.last + 1) return undefined;
  if (y.kind !== 'shift' || y.unit !== 'year' || y.shift !== -1) return undefined;
  return span(a, b, { kind: 'reporting', shift: -1 }, 'dates/period-year-ago');
}

/** "Monday, April 28": the weekday joins the date. */
function weekdayDate(ctx: SentenceContext, a: Hit, b: Hit): Hit | undefined {
  if (!isCalendar(a.meaning) || !isCalendar(b.meaning)) return undefined;
  if (a.meaning.weekday === undefined || a.meaning.month !== undefined || b.meaning.month === undefined || b.meaning.day === undefined) return undefined;
  if (!(b.first === a.last + 1 || (b.first === a.last + 2 && lowerAt(ctx, a.last + 1) === ','))) return undefined;
  return span(a, b, { ...b.meaning, weekday: a.meaning.weekday }, 'dates/weekday-date');
}

/** Whether a period modifier ("early", "the end of") can stand before this meaning. */
function takesModifier(m: Meaning): boolean {
  switch (m.kind) {
    case 'calendar':
      return m.day === undefined && m.weekday === undefined && m.hour === undefined && (m.month !== undefined || m.year !== undefined);
    case 'shift':
      return m.unit !== 'day' && m.partOfDay === undefined;
    case 'period':
    case 'fixed':
      return true;
    case 'anaphoric':
      return true;
    default:
      return false;
  }
}

/** "early April", "mid 2025", "earlier last month", "the end of last year", "late 1990s". */
function withModifier(ctx: SentenceContext, a: Hit): Hit | undefined {
  if (!takesModifier(a.meaning)) return undefined;
  // A decade hit may start at "the": "the late 1990s" → look before "the".
  let at = a.first - 1;
  if (DASHES.has(lowerAt(ctx, at))) at--;
  const first = phraseEndingAt(ctx, ctx.lex.periodModifiers, at);
  if (first < 0) return undefined;
  return { ...a, start: ctx.tokens[first]!.start, first, rule: `${a.rule}+modifier` };
}

/** "from January to March" read by chrono without its frame word: the frame joins, as in own ranges. */
function withFrame(ctx: SentenceContext, a: Hit): Hit | undefined {
  if (a.meaning.kind !== 'interval') return undefined;
  const before = lowerAt(ctx, a.first - 1);
  if (before !== 'from' && before !== 'between') return undefined;
  const t = ctx.tokens[a.first - 1]!;
  if (t.end > a.start) return undefined;
  return { ...a, start: t.start, first: a.first - 1 };
}

/** Runs the joining refiners over a sentence's hits (sorted, without overlaps). */
export function combineHits(ctx: SentenceContext, input: readonly Hit[]): Hit[] {
  let hits = [...input];
  // Pairs first: month + year shift, ranges, weekday + date.
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    const joined =
      monthWithYearShift(ctx, a, b) ??
      rangeOf(ctx, a, b) ??
      weekdayDate(ctx, a, b) ??
      yearThenPeriod(ctx, a, b) ??
      periodThenYear(ctx, a, b) ??
      periodYearAgo(a, b);
    if (joined) {
      hits.splice(k, 2, joined);
      k--;
    }
  }
  hits = hits.map((h) => dayInterval(ctx, h, hits) ?? dayIntervalBefore(ctx, h) ?? h);
  return hits.map((h) => withModifier(ctx, h) ?? withFrame(ctx, h) ?? h);
}
