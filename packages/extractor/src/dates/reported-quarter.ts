/**
 * The quarter a company report is about, and the comparisons made with it. Earnings news names the
 * quarter once ("third-quarter profit rose 19%") and then compares its figures with "a year ago",
 * "a year earlier" or "last year", meaning that quarter a year before ("to $1.45 billion from $1.37
 * billion a year ago": 1988-Q3 in a report on 1989-Q3), not the whole year.
 */
import type { Doc } from '../doc/doc.js';
import type { Ymd } from './calendar.js';
import type { DateTimex, Meaning } from './meaning.js';
import { type Quarter, quarterOf } from './resolve.js';

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/**
 * The quarter a named quarter sets as the one reported on: a quarter written or named from the
 * article date ("the third quarter", "the latest quarter"), one to three quarters before the
 * article's own: a quarter is reported on after it ends. The article's own quarter ("a
 * fourth-quarter charge" expected), later ones and quarters compared with ("the year-ago quarter")
 * do not.
 */
export function reportedQuarter(t: DateTimex, anchor: Ymd): Quarter | undefined {
  const m = t.meaning;
  const named = m.kind === 'period' || (m.kind === 'shift' && m.unit === 'quarter') || (m.kind === 'reporting' && m.shift === 0 && m.year === undefined);
  if (!named || !t.value) return undefined;
  const q = QUARTER_VALUE.exec(t.value);
  if (!q) return undefined;
  const quarter = { year: Number(q[1]), index: Number(q[2]) };
  const back = anchor.year * 4 + quarterOf(anchor) - (quarter.year * 4 + quarter.index);
  return back >= 1 && back <= 3 ? quarter : undefined;
}

/** Words right before "a year ago" that make it the other side of a comparison. */
const COMPARING = new Set(['from', 'with', 'than', 'versus', 'vs', 'vs.', 'over']);
/** Words that end a figure: "$1.12 a share, a year ago", "$10 million a year ago". */
const FIGURE_ENDS = new Set(['million', 'billion', 'share', 'cents', 'cent', '%', 'percent', 'quarter', 'period']);
const POSSESSIVE = new Set(["'s", '’s']);

/** Words that make a sentence's figures those of a year or part of one: "the first nine months", "this year". */
const YEAR_FIGURES = new Set(['months', 'annual', 'annually', 'fiscal']);
const YEAR_DETERMINERS = new Set(['this', 'the', 'full', 'whole']);

/** Whether the sentence compares a year's figures ("in the latest nine months, compared with 40% a year earlier"). */
function comparesYears(tokens: Doc['tokens'], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const w = tokens[i]!.lower;
    if (YEAR_FIGURES.has(w)) return true;
    if (w === 'year' && i > from && YEAR_DETERMINERS.has(tokens[i - 1]!.lower) && tokens[i + 1]?.lower !== '-') return true;
  }
  return false;
}

/**
 * Whether a year-ago expression ("a year ago", "a year earlier", "last year") at tokens
 * [first, last] compares a report's figures: it follows "from", "with", "than", a figure or
 * "the quarter"; it opens its sentence before a comma ("A year earlier, net was …"); or it is
 * possessive before a figure or period ("last year's $1.55 billion", "last year's quarter"); and
 * the sentence is not about a year's figures ("the first nine months", "this year").
 */
export function yearAgoComparison(doc: Doc, m: Meaning, [first, last]: [number, number]): boolean {
  if (m.kind !== 'shift' || m.unit !== 'year' || m.shift !== -1) return false;
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[first]!.sentence]!;
  if (comparesYears(tokens, sentence.firstToken, sentence.endToken)) return false;
  let p = first - 1;
  if (p >= sentence.firstToken && tokens[p]!.lower === ',') p--;
  if (p >= sentence.firstToken) {
    const prev = tokens[p]!;
    if (COMPARING.has(prev.lower) || FIGURE_ENDS.has(prev.lower) || prev.kind === 'number' || /^\d/.test(prev.lower)) return true;
  }
  const next = last + 1 < sentence.endToken ? tokens[last + 1]! : undefined;
  if (first === sentence.firstToken && next?.lower === ',') return true;
  if (next && POSSESSIVE.has(next.lower)) {
    const after = tokens[last + 2];
    return after !== undefined && (after.lower === '$' || after.lower === 'quarter' || after.lower === 'period' || /^\d/.test(after.lower));
  }
  return false;
}
