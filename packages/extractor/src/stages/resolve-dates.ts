import { addDays, parseYmd } from '../dates/calendar.js';
import { ymdValue } from '../dates/timex-value.js';
import { type DateTimex, type Direction, type Meaning, isDateTimex, isRelative, temporalType } from '../dates/meaning.js';
import { reportedQuarter, yearAgoComparison } from '../dates/reported-quarter.js';
import { type Anchor, type TextContext, resolveMeaning } from '../dates/resolve.js';
import type { DateParts } from '../doc/candidates.js';
import { clauseTense, tokenRange } from '../dates/tense.js';
import type { Doc } from '../doc/doc.js';
import type { Stage } from './stage.js';

/**
 * TIMEX3 values for every time expression: absolute ones as written ('absolute'); relative ones
 * ("Monday", "in October", "last week") against the article date with the clause's tense
 * ('datePublished'), or without a value when there is no article date ('none'). Within a sentence
 * a month written without a year takes the year of a date written before it ("held on 3 March
 * 2024; the results came on March 5"), and a clock time the day of a date next to it ("at 3:30 p.m.
 * local time on Saturday"). Report periods ("the quarter", "the year-ago period", and "a year ago" in
 * a comparison of figures) resolve against the latest quarter the article has named, and "that
 * year", "the following day" against the latest date written before them.
 */
export const resolveDates: Stage = {
  name: 'resolve-dates',
  run(doc) {
    const date = doc.datePublished ? parseYmd(doc.datePublished) : undefined;
    const anchor: Anchor | undefined = date ? { date, slack: doc.datePublishedSource === 'caption' ? 1 : 0 } : undefined;
    let sentence = -1;
    const before: WrittenBefore = {};
    const inSentence: DateTimex[] = [];
    const flush = () => {
      attachTimes(inSentence);
      inSentence.length = 0;
    };
    for (const t of doc.timexes) {
      if (!isDateTimex(t) || t.dropped) continue;
      const range = tokenRange(doc, t.start, t.end);
      const s = range ? doc.tokens[range[0]]!.sentence : -1;
      if (s !== sentence) {
        flush();
        sentence = s;
        delete before.focusYear;
        delete before.writtenYear;
      }
      resolveTimex(doc, t, anchor, range, before);
      const reported = before.reported;
      if (reported && range && yearAgoComparison(doc, t.meaning, range)) {
        t.value = `${reported.year - 1}-Q${reported.index}`;
        t.implied = { year: reported.year - 1 };
      }
      inSentence.push(t);
      remember(before, t, anchor);
    }
    flush();
    if (anchor?.slack) laterThanCaption(doc, anchor.date);
  },
};

/**
 * A caption's date may be the day before publication. When the text tells of a weekday that has
 * passed and falls on the day after the caption's ("the delegation met on Monday", captioned
 * Sunday), the article is from that day.
 */
function laterThanCaption(doc: Doc, caption: ReturnType<typeof parseYmd> & object): void {
  const next = ymdValue(addDays(caption, 1));
  const told = doc.timexes.some((t) => {
    if (t.dropped || t.value !== next || !isDateTimex(t) || t.meaning.kind !== 'calendar' || t.meaning.weekday === undefined || t.meaning.month !== undefined) return false;
    const range = tokenRange(doc, t.start, t.end);
    const tense = range ? clauseTense(doc, range[0], range[1]) : undefined;
    return tense === undefined || tense === 'past';
  });
  if (told) doc.datePublished = next;
}

/** Whether the value depends on which way the clause points (a bare weekday, month, season). */
function needsDirection(m: Meaning): boolean {
  switch (m.kind) {
    case 'calendar':
      return m.year === undefined && m.yearShift === undefined && m.direction === undefined;
    case 'weekend':
      return true;
    case 'holiday':
      return m.direction === undefined;
    case 'period':
      return m.year === undefined && m.yearShift === undefined && m.direction === undefined;
    case 'interval':
      return needsDirection(m.from) || needsDirection(m.to);
    case 'duration':
      return m.afterIn === true;
    default:
      return false;
  }
}

/** A bare weekday (or weekend) with no tense cue points back: news reports what happened. */
function defaultDirection(m: Meaning): Direction {
  if (m.kind === 'weekend') return 'past';
  if (m.kind === 'calendar' && m.weekday !== undefined && m.month === undefined) return 'past';
  if (m.kind === 'interval') return defaultDirection(m.from);
  return 'nearest';
}

/** A month or month and day without a year, in a sentence that wrote a year before it, takes that year. */
function withFocusYear(m: Meaning, year: number | undefined, writtenYear: number | undefined): Meaning {
  // "The dam burst in 2019; two years earlier …": 2017.
  if (m.kind === 'shift' && m.fromWritten && writtenYear !== undefined && (m.unit === 'year' || m.unit === 'decade')) {
    return m.unit === 'year' ? { kind: 'calendar', year: writtenYear + m.shift } : { kind: 'fixed', value: String(Math.floor(writtenYear / 10) + m.shift) };
  }
  if (year === undefined) return m;
  if (m.kind === 'calendar' && m.year === undefined && m.yearShift === undefined && m.direction === undefined && m.month !== undefined) return { ...m, year };
  if (m.kind === 'interval') return { ...m, from: withFocusYear(m.from, year, undefined), to: withFocusYear(m.to, year, undefined) };
  return m;
}

/** What the text wrote before an expression that its value may depend on. */
interface WrittenBefore extends TextContext {
  /** A month and year written earlier in the sentence ("on 3 March 2024 … on March 5"). */
  focusYear?: number;
  /** Any year written earlier in the sentence ("in 2019; two years earlier"). */
  writtenYear?: number;
}

function remember(before: WrittenBefore, t: DateTimex, anchor: Anchor | undefined): void {
  const reported = anchor && reportedQuarter(t, anchor.date);
  if (reported) before.reported = reported;
  const previous = writtenDate(t);
  if (previous) before.previous = previous;
  // Only a written month and year sets the sentence's year ("on 3 March 2024 … on March 5");
  // a bare year does not ("since 2011 … plans to move in June").
  if (t.meaning.kind === 'calendar' && t.meaning.year !== undefined) {
    before.writtenYear = t.meaning.year;
    if (t.meaning.month !== undefined) before.focusYear = t.meaning.year;
  }
}

function resolveTimex(doc: Doc, t: DateTimex, anchor: Anchor | undefined, range: [number, number] | undefined, before: WrittenBefore): void {
  const { focusYear, writtenYear } = before;
  const context: TextContext = { ...(before.reported ? { reported: before.reported } : {}), ...(before.previous ? { previous: before.previous } : {}) };
  const tense = anchor && range && needsDirection(t.meaning) ? clauseTense(doc, range[0], range[1]) : undefined;
  // "joined in July 1997 and will take its seat on March 12": a plan does not take a past year.
  const focus = tense === 'future' && anchor && focusYear !== undefined && focusYear < anchor.date.year ? undefined : focusYear;
  let meaning = withFocusYear(t.meaning, focus, writtenYear);
  const focused = meaning !== t.meaning;
  let direction: Direction = 'nearest';
  if (anchor && needsDirection(meaning)) {
    direction = tense === 'past' ? 'past' : tense === 'future' ? 'future' : tense === 'present' ? 'nearest' : defaultDirection(meaning);
    // "Wednesday's ruling": what a weekday's possessive names has happened, whatever the clause
    // says ("they would appeal Wednesday's ruling"), unless it is awaited ("ahead of Sunday's vote").
    const possessive = range ? possessiveWeekday(doc, meaning, range) : undefined;
    if (possessive) direction = possessive;
    // A deadline ("extended the offer to Nov. 20", "until Friday") may lie after a past clause.
    if (direction === 'past' && range && range[0] > 0 && DEADLINE.has(doc.tokens[range[0] - 1]!.lower) && meaning.kind === 'calendar') direction = 'nearest';
    // "They will meet in two weeks": a date two weeks on, not a length of time.
    if (meaning.kind === 'duration' && meaning.afterIn && direction === 'future' && meaning.amount !== undefined && Number.isInteger(meaning.amount)) {
      const unit = meaning.unit === 'fortnight' ? 'week' : meaning.unit;
      const factor = meaning.unit === 'fortnight' ? 2 : 1;
      if (unit !== 'second' && unit !== 'minute' && unit !== 'hour') {
        meaning = { kind: 'shift', unit, shift: meaning.amount * factor };
        t.type = temporalType(meaning);
      }
    }
  }
  const relative = isRelative(meaning) || focused;
  const r = resolveMeaning(meaning, isRelative(meaning) ? anchor : undefined, direction, context);
  t.relative = relative;
  t.implied = focused && meaning.kind === 'calendar' && meaning.year !== undefined ? { year: meaning.year } : r.implied;
  if (r.value) t.value = r.value;
  else delete t.value;
  if (t.endpoints) setEndpointValues(t.endpoints, t.value);
  t.anchor = !relative ? 'absolute' : r.value ? (focused ? 'absolute' : 'datePublished') : 'none';
}

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date a calendar expression names ("June 1998", "Oct. 23", "1995"), for "that year" after it. */
function writtenDate(t: DateTimex): DateParts | undefined {
  const m = t.meaning.kind === 'interval' ? t.meaning.to : t.meaning;
  if (m.kind !== 'calendar' && m.kind !== 'holiday' && m.kind !== 'anaphoric') return undefined;
  const v = CALENDAR_VALUE.exec(t.value?.split('/').pop() ?? '');
  if (!v) return undefined;
  return { year: Number(v[1]), ...(v[2] ? { month: Number(v[2]) } : {}), ...(v[3] ? { day: Number(v[3]) } : {}) };
}

/** Each written end of an interval takes its side of the interval's value ("1985/1987"). */
function setEndpointValues(endpoints: NonNullable<DateTimex['endpoints']>, value: string | undefined): void {
  const slash = value?.indexOf('/') ?? -1;
  const sides = slash > 0 ? [value!.slice(0, slash), value!.slice(slash + 1)] : undefined;
  endpoints.forEach((e, k) => {
    if (sides) e.value = sides[k]!;
    else delete e.value;
  });
}

/** Words after which a weekday's possessive names something still to come: "ahead of Sunday's vote". */
const AWAITING = new Set(['until', 'till']);

/** The direction a weekday's possessive ("Wednesday's ruling") points to, if it is one. */
function possessiveWeekday(doc: Doc, m: Meaning, [first, last]: [number, number]): 'past' | 'future' | undefined {
  if (m.kind !== 'calendar' || m.weekday === undefined || m.month !== undefined || m.hour !== undefined || m.partOfDay) return undefined;
  const next = doc.tokens[last + 1];
  if (!next || (next.lower !== "'s" && next.lower !== '’s') || next.sentence !== doc.tokens[last]!.sentence) return undefined;
  const prev = first > 0 ? doc.tokens[first - 1]!.lower : '';
  const awaited = AWAITING.has(prev) || (prev === 'of' && first > 1 && doc.tokens[first - 2]!.lower === 'ahead');
  return awaited ? 'future' : 'past';
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const DEADLINE = new Set(['to', 'until', 'till', 'through', 'by']);

/** A clock time alone ("3:30 p.m.") takes the day of the nearest date of its sentence, if any. */
function attachTimes(timexes: readonly DateTimex[]): void {
  for (const t of timexes) {
    const m = t.meaning;
    if (m.kind !== 'calendar' || m.hour === undefined || m.day !== undefined || m.weekday !== undefined || m.month !== undefined || m.year !== undefined) continue;
    let best: DateTimex | undefined;
    for (const o of timexes) {
      if (o === t || !o.value || !DAY_VALUE.test(o.value)) continue;
      if (!best || Math.abs(o.start - t.start) < Math.abs(best.start - t.start)) best = o;
    }
    if (!best || !t.value) continue;
    const time = t.value.slice(t.value.indexOf('T'));
    t.value = `${best.value}${time}`;
    t.anchor = best.anchor;
    t.relative = true;
  }
}
