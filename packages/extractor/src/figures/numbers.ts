import type { Token } from '../doc/doc.js';
import type { FigureLexicon } from './lexicons.js';

/** A number read from tokens [start, end). */
export interface NumberReading {
  start: number;
  end: number;
  value: number;
  /** "dozens", "thousands", "several hundred": a convention, not a count. */
  vague: boolean;
  /** "a dozen", "half a dozen": a round number meant loosely. */
  approximate: boolean;
  /** "a soldier" in "a soldier was killed": one person, counted only when the verb follows at once. */
  article?: boolean;
  /** The upper end of "40-50", "40 to 50", "between 40 and 50". */
  rangeMax?: number;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–—]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;
/** Scale words that only follow digits ("1.5m", "2bn"). */
const DIGIT_ONLY_SCALES = new Set(['m', 'mn', 'mln', 'bn', 'k']);
const RANGE_LINKS = new Set(['-', '–', '—', 'to']);

/** Whether tokens[i] can begin a number (cheap test before readNumber). */
export function mayStartNumber(t: Token, lex: FigureLexicon): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 48 && c <= 57) || lex.numberStarters.has(t.lower);
}

/** Reads a number written in digits, words or both, starting at tokens[i], before `limit`. */
export function readNumber(tokens: readonly Token[], i: number, limit: number, lex: FigureLexicon): NumberReading | undefined {
  const first = tokens[i]!;
  const w = first.lower;

  // "several hundred", "a few thousand", "many dozens"
  const prefix = lex.vaguePrefixes.matchAt(tokens, i, limit);
  if (prefix && prefix.end < limit) {
    const next = tokens[prefix.end]!.lower;
    const scale = lex.numberWords.get(next) ?? lex.numberWords.get(singular(next));
    if (scale !== undefined && scale >= 12 && !DIGIT_ONLY_SCALES.has(next)) {
      return { start: i, end: prefix.end + 1, value: scale, vague: true, approximate: false };
    }
    const vague = lex.vague.matchAt(tokens, prefix.end, limit);
    if (vague) return { start: i, end: vague.end, value: vague.phrase.data, vague: true, approximate: false };
    return undefined;
  }

  const vague = lex.vague.matchAt(tokens, i, limit);
  if (vague) return { start: i, end: vague.end, value: vague.phrase.data, vague: true, approximate: false };

  // "a dozen", "a hundred", "half a dozen"
  if ((w === 'a' || w === 'an' || w === 'half') && i + 1 < limit) {
    let j = i + 1;
    let factor = 1;
    if (w === 'half') {
      if (tokens[j]!.lower !== 'a' || j + 1 >= limit) return undefined;
      j++;
      factor = 0.5;
    }
    const n = tokens[j]!.lower;
    const scale = lex.numberWords.get(n);
    // "a soldier", "an officer": one, when what follows is a group of people and its verb (find-figures).
    if (w !== 'half' && scale === undefined) return { start: i, end: i + 1, value: 1, vague: false, approximate: false, article: true };
    if (scale === undefined || (n !== 'dozen' && n !== 'hundred' && n !== 'thousand' && n !== 'million')) return undefined;
    const value = Math.round(scale * factor);
    return extendRange(tokens, { start: i, end: j + 1, value, vague: false, approximate: n === 'dozen' }, limit, lex);
  }

  const range = DIGIT_RANGE.exec(first.text);
  if (range) {
    const a = parseDigits(range[1]!);
    const b = parseDigits(range[2]!);
    if (Number.isInteger(a) && Number.isInteger(b) && b > a) return { start: i, end: i + 1, value: a, vague: false, approximate: false, rangeMax: b };
    return undefined;
  }

  if (DIGITS.test(first.text)) {
    let value = parseDigits(first.text);
    let end = i + 1;
    if (end < limit) {
      const scaleWord = tokens[end]!.lower;
      const scale = lex.numberWords.get(scaleWord);
      if (scale !== undefined && scale >= 100 && tokens[end]!.start - first.end <= 1) {
        value *= scale;
        end++;
      }
    }
    value = Math.round(value * 1000) / 1000;
    if (!Number.isInteger(value)) return undefined;
    return extendRange(tokens, { start: i, end, value, vague: false, approximate: false }, limit, lex);
  }

  const words = readWords(tokens, i, limit, lex);
  if (words) return extendRange(tokens, { start: i, end: words.end, value: words.value, vague: false, approximate: false }, limit, lex);
  return undefined;
}

/** "twenty-five", "two hundred and fifty", "three thousand", "two dozen". */
function readWords(tokens: readonly Token[], i: number, limit: number, lex: FigureLexicon): { value: number; end: number } | undefined {
  const firstValue = lex.numberWords.get(tokens[i]!.lower);
  if (firstValue === undefined || firstValue >= 100 || DIGIT_ONLY_SCALES.has(tokens[i]!.lower)) return undefined;
  let total = 0;
  let current = 0;
  let end = i;
  let lastSmall = -1; // value of the last word below 100, to join "twenty-five"
  for (let j = i; j < limit; j++) {
    const w = tokens[j]!.lower;
    const v = lex.numberWords.get(w);
    if (v !== undefined && !DIGIT_ONLY_SCALES.has(w)) {
      if (w === 'dozen') current = (current || 1) * 12;
      else if (v < 100) {
        if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && v < 10)) break; // "five six"
        current += v;
        lastSmall = v;
        end = j + 1;
        continue;
      } else if (v === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * v;
        current = 0;
      }
      lastSmall = -1;
      end = j + 1;
      continue;
    }
    // "twenty-five": a hyphen between a tens word and a unit word
    if ((w === '-' || w === '–') && lastSmall >= 20 && lastSmall % 10 === 0 && j + 1 < limit) {
      const next = lex.numberWords.get(tokens[j + 1]!.lower);
      if (next !== undefined && next < 10) continue;
    }
    // "two hundred and fifty"
    if (w === 'and' && lastSmall < 0 && end === j && j + 1 < limit) {
      const next = lex.numberWords.get(tokens[j + 1]!.lower);
      if (next !== undefined && next < 100) continue;
    }
    break;
  }
  const value = total + current;
  return value > 0 ? { value, end } : undefined;
}

/** "40 to 50", "40-50", and after "between", "40 and 50". */
function extendRange(tokens: readonly Token[], r: NumberReading, limit: number, lex: FigureLexicon): NumberReading {
  if (r.end + 1 >= limit) return r;
  const link = tokens[r.end]!.lower;
  const before = r.start > 0 ? tokens[r.start - 1]!.lower : '';
  // "rose from 25 to 30" is a change, not a range
  if (before === 'from' || (!RANGE_LINKS.has(link) && !(link === 'and' && before === 'between'))) return r;
  const next = tokens[r.end + 1]!;
  const c = next.text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !lex.numberWords.has(next.lower)) return r;
  const second = readNumber(tokens, r.end + 1, limit, lex);
  if (!second || second.vague || second.rangeMax !== undefined || second.value <= r.value) return r;
  return { ...r, end: second.end, rangeMax: second.value };
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function singular(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
