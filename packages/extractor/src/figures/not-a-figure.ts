import type { Token } from '../doc/doc.js';
import type { FigureLexicon } from './lexicons.js';
import type { NumberReading } from './numbers.js';

const HYPHENS = new Set(['-', '–', '—']);
const PARTITIVE_AFTER_OF = new Set(['the', 'those', 'them', 'these', 'whom', 'us', 'our', 'their', 'its', 'his', 'her', 'which', 'my', 'your', 'all']);
const RATIO_LINKS = new Set(['in', 'out']);
const CLOSERS = new Set([',', ')', '.', ';']);
const FOUR_DIGITS = /^\d{4}$/;
const DAY = /^\d{1,2}$/;

/**
 * Why a number read at `r` is no figure, judged from the tokens around it alone (the group and
 * the frame are judged later): ages, dates, labels, money, percentages, compounds ("60-page",
 * "two-thirds"), partitives ("one of the slain soldiers"), comparatives ("many more thousands").
 * Returns undefined when nothing here rules it out.
 */
export function notAFigure(tokens: readonly Token[], r: NumberReading, floor: number, limit: number, lex: FigureLexicon): string | undefined {
  const prev = r.start - 1 >= floor ? tokens[r.start - 1]! : undefined;
  const prev2 = r.start - 2 >= floor ? tokens[r.start - 2]! : undefined;
  const next = r.end < limit ? tokens[r.end]! : undefined;
  const next2 = r.end + 1 < limit ? tokens[r.end + 1]! : undefined;
  const first = tokens[r.start]!;
  const last = tokens[r.end - 1]!;

  if (prev && lex.notBefore.has(prev.lower)) return 'label';
  if (next && lex.notAfter.has(next.lower)) return 'unit';
  // "60-page", "five-member", "two-thirds", "64-year-old", "2,000-strong"
  if (next && HYPHENS.has(next.text) && next.start === last.end && next2 && next2.start === next.end) return 'compound';
  // "COVID-19", "F-16", "Su-25"
  if (prev && HYPHENS.has(prev.text) && prev.end === first.start && prev2 && prev2.end === prev.start && /\p{L}/u.test(prev2.text)) return 'code';
  // "Takaichi, 64,", "Kim (41)"
  if (prev && prev2 && (prev.text === ',' || prev.text === '(') && isName(prev2) && (!next || CLOSERS.has(next.text)) && !r.vague) return 'age';
  if (isDate(tokens, r, floor, limit, lex)) return 'date';
  // "one of the slain soldiers", "25 of them"
  if (next && next.lower === 'of' && next2 && PARTITIVE_AFTER_OF.has(next2.lower)) return 'partitive';
  // "one in five", "three out of four"
  if (next && RATIO_LINKS.has(next.lower) && next2 && (/^\d/.test(next2.text) || lex.numberWords.has(next2.lower) || next2.lower === 'of')) return 'ratio';
  // "five" of "one in five", "four" of "three out of four"
  if (prev && prev2 && ((prev.lower === 'in' && isNumberWord(prev2, lex)) || (prev.lower === 'of' && prev2.lower === 'out'))) return 'ratio';
  // "many more thousands" compares with a figure given elsewhere ("dozens more" adds to one)
  if (r.vague && prev && prev.lower === 'more') return 'comparative';
  // "none of the 25 passengers was hurt"
  if (negatedPartitive(tokens, r.start, floor)) return 'negation';
  // "no one was killed"
  if (prev && (prev.lower === 'no' || prev.lower === 'not') && first.lower === 'one') return 'negation';
  return undefined;
}

function negatedPartitive(tokens: readonly Token[], start: number, floor: number): boolean {
  let k = start - 1;
  if (k >= floor && tokens[k]!.lower === 'the') k--;
  if (k < floor || tokens[k]!.lower !== 'of') return false;
  k--;
  return k >= floor && (tokens[k]!.lower === 'none' || tokens[k]!.lower === 'neither');
}

function isNumberWord(t: Token, lex: FigureLexicon): boolean {
  return /^\d/.test(t.text) || lex.numberWords.has(t.lower);
}

/** A four-digit number in the range of years, written without a thousands separator. */
export function looksLikeYear(tokens: readonly Token[], r: NumberReading): boolean {
  if (r.end - r.start !== 1) return false;
  const t = tokens[r.start]!;
  if (!FOUR_DIGITS.test(t.text)) return false;
  return r.value >= 1000 && r.value <= 2100;
}

function isName(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && (t.pos === 'PROPN' || t.pos === 'NOUN');
}

function isMonth(t: Token | undefined, lex: FigureLexicon): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && lex.months.has(t.lower);
}

/** "January 8", "January 8 and 9", "8 January", "Jan. 8, 2026". */
function isDate(tokens: readonly Token[], r: NumberReading, floor: number, limit: number, lex: FigureLexicon): boolean {
  if (r.vague) return false;
  const prev = r.start - 1 >= floor ? tokens[r.start - 1] : undefined;
  const next = r.end < limit ? tokens[r.end] : undefined;
  if (isMonth(prev, lex) || isMonth(next, lex)) return true;
  // "January 8 and 9", "January 8, 2026", "May 3-4"
  let k = r.start - 1;
  let day = false;
  for (let steps = 0; k >= floor && steps < 4; steps++, k--) {
    const t = tokens[k]!;
    if (isMonth(t, lex)) return day;
    if (DAY.test(t.text)) day = true;
    else if (!(t.text === ',' || t.lower === 'and' || t.lower === 'to' || HYPHENS.has(t.text))) break;
  }
  return false;
}
