import type { GoldDate } from './gold.js';
import { findOccurrences, overlaps } from './find-text.js';
import type { Counts } from './metrics.js';
import type { DateLike, SpanLike } from './types.js';

export interface DateScore {
  /** Span: a gold date is found when a record date overlaps one of its occurrences; record dates overlapping no occurrence are false positives. */
  span: Counts;
  /** Value: right when an overlapping record date has the gold value; a found date with a wrong value is both a false positive and a false negative. */
  value: Counts;
  found: { gold: GoldDate; values: (string | undefined)[]; right: boolean }[];
  missed: GoldDate[];
  /** Record dates that overlap no occurrence of any gold date. */
  falsePositives: DateLike[];
  /** Gold dates whose text does not occur in the article (a gold problem; scored as missed). */
  notFound: GoldDate[];
}

const PREPOSITION = /^(?:on|in|for|at)\s+/i;

/** Where a gold date's text occurs in the article; without a leading on/in/for/at when the whole text does not occur. */
export function goldDateOccurrences(text: string, goldText: string): SpanLike[] {
  const found = findOccurrences(text, goldText);
  if (found.length > 0 || !PREPOSITION.test(goldText.trim())) return found;
  return findOccurrences(text, goldText.trim().replace(PREPOSITION, ''));
}

/** Scores one article's time expressions against the gold dates (data/gold/README.md); `text` is the article text. */
export function scoreDates(record: readonly DateLike[], gold: readonly GoldDate[], text: string): DateScore {
  const out: DateScore = { span: { tp: 0, fp: 0, fn: 0 }, value: { tp: 0, fp: 0, fn: 0 }, found: [], missed: [], falsePositives: [], notFound: [] };
  const allOccurrences: SpanLike[] = [];
  for (const g of gold) {
    const occurrences = goldDateOccurrences(text, g.text);
    if (occurrences.length === 0) out.notFound.push(g);
    allOccurrences.push(...occurrences);
    const hits = record.filter((d) => occurrences.some((o) => overlaps(o, d)));
    if (hits.length === 0) {
      out.missed.push(g);
      continue;
    }
    const right = hits.some((d) => d.value === g.value);
    out.found.push({ gold: g, values: hits.map((d) => d.value), right });
  }
  out.falsePositives = record.filter((d) => !allOccurrences.some((o) => overlaps(o, d)));
  const right = out.found.filter((f) => f.right).length;
  const wrong = out.found.length - right;
  out.span = { tp: out.found.length, fp: out.falsePositives.length, fn: out.missed.length };
  out.value = { tp: right, fp: out.falsePositives.length + wrong, fn: out.missed.length + wrong };
  return out;
}
