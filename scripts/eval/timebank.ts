/**
 * The TimeBank and AQUAINT section of `pnpm eval` (TempEval-3's training data): each document's
 * text goes through the extractor with its creation date given as the article date, and the
 * record's dates (an interval with both ends written as its two ends) are scored against the
 * TIMEX3 annotations as TempEval-3 does: spans relaxed (overlapping) and strict (exact), and value
 * and type F1 (a matched expression with the right value counts; P over the system's expressions,
 * R over the gold ones). Values are compared in one spelling (normalValue); the exact-string score
 * is reported beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { overlaps } from '../../packages/extractor/src/doc/span.js';
import type { Extractor } from '../../packages/extractor/src/index.js';
import { prf, type Counts, type Prf } from './metrics.js';
import type { TableSection } from './table.js';
import { parseTimeml, type GoldTimex, type TimemlDoc } from './timeml.js';

/** What the scorer reads of a system expression (a record's date is one). */
export interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value?: string;
}

export interface TimexScores {
  relaxed: Prf;
  strict: Prf;
  value: Prf;
  /** Values compared as strings, without normalValue. */
  valueExact: Prf;
  type: Prf;
}

interface Tally {
  gold: number;
  sys: number;
  relaxed: number;
  strict: number;
  value: number;
  valueExact: number;
  type: number;
}

const tally = (): Tally => ({ gold: 0, sys: 0, relaxed: 0, strict: 0, value: 0, valueExact: 0, type: 0 });

/**
 * A TIMEX3 value in one spelling. The gold files write some values in older or malformed forms that
 * mean the same as the TIMEX3 1.2 ones: weeks without their leading zero ("2000-W7"), TIMEX2
 * decades and centuries ("199X", "19XX" for "199", "19") and hours without minutes ("T17").
 */
export function normalValue(v: string): string {
  return v
    .replace(/^(\d{4})-W(\d)(?!\d)/, '$1-W0$2')
    .replace(/^(\d{3})X$/, '$1')
    .replace(/^(\d{2})XX$/, '$1')
    .replace(/T(\d{2})$/, 'T$1:00');
}

const sameValue = (a: string, b: string) => normalValue(a) === normalValue(b);

/**
 * The record's dates as TimeML marks them: an interval written with both ends ("between 1985 and
 * 1987") is two TIMEX3 expressions, one for each end.
 */
export function asTimeml(dates: readonly (SystemTimex & { endpoints?: readonly { start: number; end: number; value?: string }[] })[]): SystemTimex[] {
  return dates.flatMap((d) =>
    d.endpoints ? d.endpoints.map((e) => ({ start: e.start, end: e.end, type: d.type, ...(e.value ? { value: e.value } : {}) })) : [d],
  );
}

/** Pairs each gold expression with the first unpaired system expression overlapping it, and counts. */
export function tallyDocument(gold: readonly GoldTimex[], sys: readonly SystemTimex[], into: Tally = tally()): Tally {
  into.gold += gold.length;
  into.sys += sys.length;
  const used = new Set<number>();
  for (const g of gold) {
    const k = sys.findIndex((s, i) => !used.has(i) && overlaps(s, g));
    if (k < 0) continue;
    used.add(k);
    const s = sys[k]!;
    into.relaxed++;
    if (s.start === g.start && s.end === g.end) into.strict++;
    if (s.value !== undefined && sameValue(s.value, g.value)) into.value++;
    if (s.value === g.value) into.valueExact++;
    if (s.type.toLowerCase() === g.type) into.type++;
  }
  return into;
}

const counts = (right: number, t: Tally): Counts => ({ tp: right, fp: t.sys - right, fn: t.gold - right });

export function scoresOf(t: Tally): TimexScores {
  return {
    relaxed: prf(counts(t.relaxed, t)),
    strict: prf(counts(t.strict, t)),
    value: prf(counts(t.value, t)),
    valueExact: prf(counts(t.valueExact, t)),
    type: prf(counts(t.type, t)),
  };
}

export interface TimebankResult {
  corpora: { name: string; documents: number; scores: TimexScores }[];
  all: TimexScores;
  failures: string[];
}

/** Scores the extractor on named sets of TimeML documents. */
export function evaluateTimeml(sets: readonly { name: string; docs: readonly TimemlDoc[] }[], extractor: Pick<Extractor, 'safeExtract'>): TimebankResult {
  const failures: string[] = [];
  const tallies = sets.map(({ name, docs }) => {
    const t = tally();
    docs.forEach((d, i) => {
      const r = extractor.safeExtract({ text: d.text, ...(d.dct ? { published: d.dct } : {}) });
      if (!r.ok) failures.push(`${name} document ${i + 1}: ${r.error.code}: ${r.error.message}`);
      tallyDocument(d.timexes, r.ok ? asTimeml(r.record.dates) : [], t);
    });
    return t;
  });
  const all = tally();
  for (const t of tallies) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  const corpora = sets.map(({ name, docs }, i) => ({ name, documents: docs.length, scores: scoresOf(tallies[i]!) }));
  return { corpora, all: scoresOf(all), failures };
}

export function timebankSection(r: TimebankResult): TableSection {
  const rows = (name: string, s: TimexScores) => [
    { label: `${name} span (relaxed)`, scores: s.relaxed },
    { label: `${name} span (strict)`, scores: s.strict },
    { label: `${name} value`, scores: s.value },
    { label: `${name} value (exact strings)`, scores: s.valueExact },
    { label: `${name} type`, scores: s.type },
  ];
  return {
    title: `TimeBank and AQUAINT (TempEval-3 training data; the creation date given as the article date)`,
    rows: [...r.corpora.flatMap((c) => rows(c.name, c.scores)), ...rows('all', r.all)],
    notes: [
      `documents: ${r.corpora.map((c) => `${c.name} ${c.documents}`).join(', ')}`,
      'relaxed: the spans overlap; strict: the same span; value and type: a matched expression with the right one',
      'value compares the gold in TIMEX3 1.2 spelling (2000-W7 as 2000-W07, 199X as 199, T17 as T17:00); exact strings do not',
      ...(r.failures.length ? [`documents the extractor failed on (scored as finding nothing): ${r.failures.length}`] : []),
    ],
  };
}

/** The TimeML documents of a folder. */
export const readTimemlDir = (dir: string): TimemlDoc[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeml(readFileSync(`${dir}/${f}`, 'utf8')));

/** Reads TimeBank and AQUAINT under the corpora folder and scores the extractor on them. */
export async function runTimebank(corpora: string): Promise<TimebankResult> {
  const { createExtractor } = await import('../../packages/extractor/src/index.js');
  const base = `${corpora.replace(/\/?$/, '/')}timebank/`;
  const sets = ['TimeBank', 'AQUAINT'].map((name) => ({ name, docs: readTimemlDir(base + name) }));
  return evaluateTimeml(sets, createExtractor());
}
