import type { GoldFigure } from './gold.js';
import { findOccurrences, overlaps } from './find-text.js';
import { maxMatching } from './match.js';
import type { Counts } from './metrics.js';
import type { FigureLike, SpanLike } from './types.js';

export interface FigureScore {
  counts: Counts;
  matched: { figure: FigureLike; gold: GoldFigure }[];
  falsePositives: FigureLike[];
  missed: GoldFigure[];
  /** Record figures whose text overlaps a `not_casualties` text, with that text. */
  nonCasualties: { figure: FigureLike; notCasualty: string }[];
  /** `not_casualties` entries that do not occur in the article text (a gold problem). */
  notFound: string[];
}

/** Whether a record figure may stand for a gold one: same category, and same value unless the gold is vague. */
export function figureMatches(f: FigureLike, g: GoldFigure): boolean {
  return f.category === g.category && (g.qualifier === 'vague' || f.value === g.value);
}

/**
 * The text a `not_casualties` entry names: the entry without a trailing comment in parentheses
 * ("heavy casualties (no figure)" → "heavy casualties").
 */
export function notCasualtyText(entry: string): string {
  return entry.replace(/\s*\([^()]*\)\s*$/, '').trim() || entry.trim();
}

/**
 * Scores one article's casualty figures (data/gold/README.md): a record figure matches a gold one
 * when category and value are equal, or, for a gold figure qualified `vague`, when the category is;
 * each gold figure is matched once (maximum matching, exact golds tried first). `text` is the article
 * text, needed to find the `not_casualties` texts: a record figure overlapping one is reported.
 */
export function scoreFigures(record: readonly FigureLike[], gold: readonly GoldFigure[], notCasualties: readonly string[] = [], text = ''): FigureScore {
  // Exact golds before vague ones, so that a vague gold never takes a figure an exact gold needs.
  const order = gold.map((g, j) => ({ g, j })).sort((a, b) => Number(a.g.qualifier === 'vague') - Number(b.g.qualifier === 'vague') || a.j - b.j);
  const edges = record.map((f) => order.flatMap(({ g, j }) => (figureMatches(f, g) ? [j] : [])));
  const pairing = maxMatching(edges, gold.length);
  const out: FigureScore = { counts: { tp: 0, fp: 0, fn: 0 }, matched: [], falsePositives: [], missed: [], nonCasualties: [], notFound: [] };
  record.forEach((f, i) => {
    const j = pairing[i]!;
    if (j >= 0) out.matched.push({ figure: f, gold: gold[j]! });
    else out.falsePositives.push(f);
  });
  const found = new Set(pairing);
  gold.forEach((g, j) => {
    if (!found.has(j)) out.missed.push(g);
  });
  const spans: { span: SpanLike; entry: string }[] = [];
  for (const entry of notCasualties) {
    const occurrences = findOccurrences(text, notCasualtyText(entry));
    if (occurrences.length === 0) out.notFound.push(entry);
    for (const span of occurrences) spans.push({ span, entry });
  }
  for (const f of record) {
    const hit = spans.find((s) => overlaps(s.span, f));
    if (hit) out.nonCasualties.push({ figure: f, notCasualty: hit.entry });
  }
  out.counts = { tp: out.matched.length, fp: out.falsePositives.length, fn: out.missed.length };
  return out;
}
