/**
 * What the date rules see: the tokens of one sentence and the lexicons, and what they return:
 * hits, spans of the text with a Meaning and the rule that read it.
 */
import type { Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import type { Meaning } from './meaning.js';
import type { DateLexicons, PhraseList } from './words.js';

export interface SentenceContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The sentence's tokens are tokens[first .. end). */
  readonly first: number;
  readonly end: number;
  readonly lex: DateLexicons;
}

/** A time expression found by a rule: character span, token range (inclusive) and meaning. */
export interface Hit {
  start: number;
  end: number;
  /** First and last token of the span (inclusive). */
  first: number;
  last: number;
  meaning: Meaning;
  rule: string;
  confidence: number;
  /** An interval's two ends as written ("1985" and "1987" in "between 1985 and 1987"). */
  endpoints?: [Span, Span];
}

/** Lower-cased token i of the sentence, or '' outside it. */
export function lowerAt(ctx: SentenceContext, i: number): string {
  return i >= ctx.first && i < ctx.end ? ctx.tokens[i]!.lower : '';
}

export function tokenAt(ctx: SentenceContext, i: number): Token | undefined {
  return i >= ctx.first && i < ctx.end ? ctx.tokens[i] : undefined;
}

export function hit(ctx: SentenceContext, first: number, last: number, meaning: Meaning, rule: string, confidence: number): Hit {
  return { start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end, first, last, meaning, rule, confidence };
}

/**
 * The first token of the longest phrase of `list` that ends at token i (tokens compared lower-cased;
 * a hyphen token between words is skipped, so "mid - 2025" matches "mid"), or -1.
 */
export function phraseEndingAt(ctx: SentenceContext, list: PhraseList, i: number): number {
  const candidates = list.byLast.get(lowerAt(ctx, i));
  if (!candidates) return -1;
  for (const words of candidates) {
    let k = i;
    let ok = true;
    for (let w = words.length - 1; w >= 0; w--, k--) {
      if (lowerAt(ctx, k) !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return k + 1;
  }
  return -1;
}

/** A number written in figures: "24", "1.5", "3,000". */
export function numericValue(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}

/** Whether the token is capitalised ("May", "MAY"). */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
