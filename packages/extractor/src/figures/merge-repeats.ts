import type { FigureCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { isCumulative } from './cumulative.js';
import { figureLexicon, type FigureLexicon } from './lexicons.js';

/**
 * One figure per reported number: a figure repeated in headline, captions and body, or restated
 * with the same category, value and source, is kept once (the first body mention, else the
 * first), the others dropped as `repeat` with their spans in the kept one's `repeats`. Figures
 * from different sources, running totals and single-event tolls, and vague and counted amounts
 * are never merged (a part and its total differ in value). partOf links are moved to the kept figures.
 */
export function mergeRepeats(doc: Doc, lex: FigureLexicon = figureLexicon()): void {
  const figures = doc.figures;
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.dropped) continue;
    const key = `${f.category}|${f.value}|${f.qualifier === 'vague'}|${isCumulative(doc, f, lex)}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const keptFor = new Map<number, number>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const clusters: Cluster[] = [];
    for (const i of list) {
      const f = figures[i]!;
      const source = f.source ? normalise(f.source) : undefined;
      const cluster = clusters.find((c) => sameSource(c, source, f.attributedTo));
      if (cluster) {
        cluster.members.push(i);
        cluster.source ??= source;
        cluster.entity ??= f.attributedTo;
      } else clusters.push({ members: [i], source, entity: f.attributedTo });
    }
    for (const { members: cluster } of clusters) {
      if (cluster.length < 2) continue;
      const keep = cluster.find((i) => sectionKind(doc, figures[i]!) === 'body') ?? cluster[0]!;
      const kept = figures[keep]!;
      for (const i of cluster) {
        if (i === keep) continue;
        const other = figures[i]!;
        other.dropped = 'repeat';
        keptFor.set(i, keep);
        (kept.repeats ??= []).push({ start: other.start, end: other.end });
        if (!kept.group && other.group) kept.group = other.group;
        if (!kept.source && other.source) {
          kept.source = other.source;
          if (other.sourceSpan) kept.sourceSpan = other.sourceSpan;
          if (other.attributedTo) kept.attributedTo = other.attributedTo;
        }
      }
      kept.repeats?.sort((a, b) => a.start - b.start);
    }
  }
  if (keptFor.size === 0) return;
  for (const f of figures) {
    if (f.partOf !== undefined && keptFor.has(f.partOf)) f.partOf = keptFor.get(f.partOf);
  }
}

/** Figures of one key (category, value, …) reported by one source, or by none named. */
interface Cluster {
  members: number[];
  /** The source as written, normalised, of the first member that names one. */
  source: string | undefined;
  entity: string | undefined;
}

function sameSource(c: Cluster, source: string | undefined, entity: string | undefined): boolean {
  if (entity && c.entity) return entity === c.entity;
  if (!source || !c.source) return true;
  return source === c.source || source.includes(c.source) || c.source.includes(source);
}

function normalise(source: string): string {
  return source
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/['’]s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sectionKind(doc: Doc, f: FigureCandidate): string | undefined {
  const sentence = doc.sentences[f.sentence];
  return sentence ? doc.sections[sentence.section]?.kind : undefined;
}
