/**
 * Closed word classes of English time expressions (months, weekdays, units, number words) as Maps
 * built once, and the hand-kept lists of data/lexicons/dates as Sets.
 */
import { lexicon, lexiconSet } from '../resources.js';
import type { DurationUnit, PartOfDay, Season } from './timex-value.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** "april" → 4, "sept." → 9, "jan" → 1 (abbreviations with or without their point). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i) => [m, i + 1] as const),
  ...Object.entries(MONTH_ABBR).flatMap(([a, n]) => [[a, n] as const, [`${a}.`, n] as const]),
]);

/** Month names that are also common words or names: taken as months only with a date-like neighbour. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'june', 'april', 'august', 'mar', 'jan', 'sep', 'dec']);

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_ABBR: Record<string, number> = { 'sun.': 0, 'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thur.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6 };

/** "monday" → 1 (0 = Sunday), "tues." → 2. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([...WEEKDAY_NAMES.map((w, i) => [w, i] as const), ...Object.entries(WEEKDAY_ABBR)]);
/** "mondays" → 1: weekdays in the plural ("on Mondays") are sets. */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((w, i) => [`${w}s`, i] as const));

export interface UnitWord {
  unit: DurationUnit | 'weekend';
  plural: boolean;
}

const UNIT_FORMS: [string, string, DurationUnit | 'weekend'][] = [
  ['second', 'seconds', 'second'],
  ['minute', 'minutes', 'minute'],
  ['hour', 'hours', 'hour'],
  ['day', 'days', 'day'],
  ['week', 'weeks', 'week'],
  ['weekend', 'weekends', 'weekend'],
  ['fortnight', 'fortnights', 'fortnight'],
  ['month', 'months', 'month'],
  ['quarter', 'quarters', 'quarter'],
  ['year', 'years', 'year'],
  ['decade', 'decades', 'decade'],
  ['century', 'centuries', 'century'],
];

/** "months" → { unit: 'month', plural: true }. */
export const UNITS: ReadonlyMap<string, UnitWord> = new Map(
  UNIT_FORMS.flatMap(([one, many, unit]): [string, UnitWord][] => [
    [one, { unit, plural: false }],
    [many, { unit, plural: true }],
  ]),
);

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Number words: "six" → 6, "twenty-four" → 24, "a"/"an" → 1, "dozen" → 12. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  SMALL.forEach((w, i) => m.set(w, i));
  TENS.forEach((t, i) => {
    if (!t) return;
    m.set(t, i * 10);
    for (let u = 1; u < 10; u++) m.set(`${t}-${SMALL[u]}`, i * 10 + u);
  });
  m.set('a', 1);
  m.set('an', 1);
  m.set('dozen', 12);
  m.set('hundred', 100);
  m.set('half', 0.5);
  return m;
})();

/** Words that stand for an unknown amount: "several years", "a few days", "many months". */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'couple']);

/** Ordinals as words and as figures up to the 31st. */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
  const m = new Map<string, number>(words.map((w, i) => [w, i + 1]));
  for (let n = 1; n <= 31; n++) {
    const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
    m.set(`${n}${suffix}`, n);
  }
  m.set('final', 4);
  m.set('last', 4);
  return m;
})();

export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** "last" → -1, "next" → +1, "this" → 0: words that move a unit from the article date. */
export const SHIFT_WORDS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
  ['this', 0],
  ['current', 0],
]);

/** Days named relative to the article date. */
export const DEICTIC_DAYS: ReadonlyMap<string, { shift: number; partOfDay?: PartOfDay }> = new Map([
  ['today', { shift: 0 }],
  ['tonight', { shift: 0, partOfDay: 'NI' }],
  ['yesterday', { shift: -1 }],
  ['tomorrow', { shift: 1 }],
]);

/** A lexicon of phrases, one per line, as token arrays. */
export interface PhraseList {
  /** Phrases by their last word, longest first. */
  byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A PhraseList of phrases given as lower-cased word arrays. */
export function phraseList(phrases: Iterable<readonly string[]>): PhraseList {
  const byLast = new Map<string, (readonly string[])[]>();
  for (const words of phrases) {
    if (words.length === 0) continue;
    const last = words[words.length - 1]!;
    const list = byLast.get(last) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    byLast.set(last, list);
  }
  return { byLast };
}

const phrases = (name: string): PhraseList => phraseList(lexicon(name).map((line) => line.toLowerCase().split(/\s+/).filter(Boolean)));

export interface DateLexicons {
  futureCues: PhraseList;
  presentCues: ReadonlySet<string>;
  pastAux: ReadonlySet<string>;
  pastVerbs: ReadonlySet<string>;
  durationQualifiers: PhraseList;
  periodModifiers: PhraseList;
  refs: ReadonlyMap<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'>;
  setAdverbs: ReadonlyMap<string, string>;
  /** Set adverbs that are also times before a noun ("a daily rally"). */
  setAdjectives: ReadonlySet<string>;
  yearBlockers: ReadonlySet<string>;
  temporalPrepositions: ReadonlySet<string>;
}

let cached: DateLexicons | undefined;

/** The dates lexicons, compiled once per process. */
export function dateLexicons(): DateLexicons {
  if (cached) return cached;
  const refs = new Map<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'>();
  for (const w of lexiconSet('dates/past-refs')) refs.set(w, 'PAST_REF');
  for (const w of lexiconSet('dates/present-refs')) refs.set(w, 'PRESENT_REF');
  for (const w of lexiconSet('dates/future-refs')) refs.set(w, 'FUTURE_REF');
  const setAdverbs = new Map<string, string>();
  const setAdjectives = new Set<string>();
  for (const line of lexicon('dates/set-adverbs')) {
    const [word, value, adjective] = line.split(/\s+/);
    if (!word || !value) continue;
    setAdverbs.set(word.toLowerCase(), value);
    if (adjective === 'adjective') setAdjectives.add(word.toLowerCase());
  }
  cached = {
    futureCues: phrases('dates/future-cues'),
    presentCues: lexiconSet('dates/present-cues'),
    pastAux: lexiconSet('dates/past-aux'),
    pastVerbs: lexiconSet('dates/past-verbs'),
    durationQualifiers: phrases('dates/duration-qualifiers'),
    periodModifiers: phrases('dates/period-modifiers'),
    refs,
    setAdverbs,
    setAdjectives,
    yearBlockers: lexiconSet('dates/year-blockers'),
    temporalPrepositions: lexiconSet('dates/temporal-prepositions'),
  };
  return cached;
}
