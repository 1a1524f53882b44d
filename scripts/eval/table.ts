import type { Accuracy, Prf } from './metrics.js';
import { ACCURACY_FIELDS, ENTITY_FIELDS, PRF_FIELDS, type ArticleScore, type GoldSummary } from './score-article.js';
import type { FigureLike } from './types.js';

/**
 * One block of the printed report: a P/R/F1 table, an optional accuracy table and notes. The gold
 * set is one section; other evaluations (CoNLL-2003, TimeBank, WikiEvents) can add their own.
 */
export interface TableSection {
  title: string;
  rows: { label: string; scores: Prf }[];
  accuracy?: { label: string; scores: Accuracy }[];
  notes?: string[];
}

const num = (x: number | null): string => (x === null ? '-' : x.toFixed(3));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

/** Renders a section as fixed-width text: fields as rows, TP FP FN P R F1 as columns. */
export function renderSection(s: TableSection): string {
  const labels = [...s.rows.map((r) => r.label), ...(s.accuracy ?? []).map((r) => r.label), 'field'];
  const w = Math.max(...labels.map((l) => l.length)) + 2;
  const lines = [s.title, pad('field', w) + ['TP', 'FP', 'FN'].map((h) => lpad(h, 6)).join('') + ['P', 'R', 'F1'].map((h) => lpad(h, 8)).join('')];
  for (const { label, scores: c } of s.rows) {
    lines.push(pad(label, w) + [c.tp, c.fp, c.fn].map((n) => lpad(n, 6)).join('') + [c.p, c.r, c.f1].map((x) => lpad(num(x), 8)).join(''));
  }
  if (s.accuracy?.length) {
    lines.push('', pad('accuracy', w) + lpad('right', 6) + lpad('of', 6) + lpad('acc', 8));
    for (const { label, scores: a } of s.accuracy) lines.push(pad(label, w) + lpad(a.right, 6) + lpad(a.total, 6) + lpad(num(a.accuracy), 8));
  }
  if (s.notes?.length) lines.push('', ...s.notes);
  return lines.join('\n') + '\n';
}

/** The gold set's section of the report. */
export function goldSection(summary: GoldSummary, title = `Gold set (data/gold, ${summary.articles} articles, micro-averaged)`): TableSection {
  return {
    title,
    rows: PRF_FIELDS.map((label) => ({ label, scores: summary.fields[label] })),
    accuracy: ACCURACY_FIELDS.map((label) => ({ label, scores: summary.accuracy[label] })),
    notes: [
      `credit names as mentions: ${summary.creditMentions}`,
      `non-casualty numbers reported as figures: ${summary.nonCasualtyFigures}`,
      ...(summary.errors ? [`articles the extractor failed on (scored as empty): ${summary.errors}`] : []),
    ],
  };
}

const q = (s: string) => JSON.stringify(s);
const figure = (f: FigureLike) => `${f.category} ${f.value}${f.qualifier ? ` (${f.qualifier})` : ''} ${q(f.text)} @${f.start}`;

/** The per-article breakdown printed with --verbose: every false positive and false negative. */
export function renderVerbose(articles: readonly ArticleScore[]): string {
  const out: string[] = [];
  const list = (label: string, kind: string, items: string[]) => {
    if (items.length) out.push(`  ${pad(label, 14)}${kind}: ${items.join('; ')}`);
  };
  for (const a of articles) {
    out.push(`${a.id}  ${a.title}`);
    if (a.error) out.push(`  extraction failed: ${a.error}`);
    const p = a.published;
    out.push(`  ${pad('published', 14)}${p.right ? 'right' : 'WRONG'}: got ${p.got ?? 'none'}, gold ${p.gold}${p.days !== null ? ` (${p.days} days)` : ''}`);
    for (const f of ENTITY_FIELDS) {
      const s = a.entities[f];
      const reason = (x: (typeof s.falsePositives)[number]) =>
        x.reason === 'failed_merge' ? `${q(x.name)} (failed merge: another entity for ${q(x.gold!)})` : x.reason === 'credit' ? `${q(x.name)} (photo credit)` : q(x.name);
      list(f, 'FP', s.falsePositives.map(reason));
      list(f, 'FN', s.missed.map(q));
      list(f, 'optional', s.optional.map(q));
    }
    const c = a.casualties;
    list('casualties', 'FP', c.falsePositives.map(figure));
    list('casualties', 'FN', c.missed.map((g) => `${g.category} ${g.value}${g.qualifier ? ` (${g.qualifier})` : ''}${g.text ? ` ${q(g.text)}` : ''}`));
    list('casualties', 'non-casualty', c.nonCasualties.map((n) => `${figure(n.figure)} overlaps ${q(n.notCasualty)}`));
    const d = a.dates;
    list('dates', 'FP', d.falsePositives.map((x) => `${q(x.text)} = ${x.value ?? 'no value'} @${x.start}`));
    list('dates', 'FN', d.missed.map((g) => `${q(g.text)} (${g.value})`));
    list('dates', 'wrong value', d.found.filter((x) => !x.right).map((x) => `${q(x.gold.text)}: gold ${x.gold.value}, got ${x.values.map((v) => v ?? 'no value').join(' | ')}`));
    const e = a.events;
    const ev = (x: { eventType: string; startDate: string | null }) => `${x.eventType} ${x.startDate ?? 'no date'}`;
    list('events', 'FP', e.falsePositives.map(ev));
    list('events', 'FN', e.missed.map((g) => `${g.type} ${g.date ?? 'no date'} ${g.place ?? 'no place'}`));
    list('events', 'wrong date', e.found.filter((x) => !x.dateRight).map((x) => `${x.gold.type}: gold ${x.gold.date ?? 'none'}, got ${x.event.startDate ?? 'none'}`));
    list('events', 'wrong place', e.found.filter((x) => !x.placeRight).map((x) => `${x.gold.type}: gold ${x.gold.place ?? 'none'}, got ${x.location ?? x.event.location ?? 'none'}`));
    const notFound = [...d.notFound.map((g) => g.text), ...c.notFound];
    list('gold', 'not in the article text', notFound.map(q));
    out.push('');
  }
  return out.join('\n');
}
