/**
 * The WikiEvents section of `pnpm eval` (its dev set, `../shared/corpora/wikievents/dev.jsonl`):
 * each document's sentences go through the extractor as paragraphs, and what it found is scored
 * against the gold events of three families, Conflict.Attack, Life.Die and Life.Injure:
 * - **event types**: a gold trigger is found when a system item of its family overlaps it. Attack
 *   events (event types attack and battle) stand for Conflict.Attack, killed figures for
 *   Life.Die, injured figures for Life.Injure; an event stands with its trigger and the triggers of
 *   the mentions merged into it. A system item that overlaps no gold trigger of its family is a
 *   false positive.
 * - **victims**: the Victim arguments of the gold Life.Die and Life.Injure events against the
 *   groups of the killed and injured figures, compared by head word ("general" and "a Russian
 *   major general") within a document and family.
 */
import { readFileSync } from 'node:fs';
import { overlaps } from '../../packages/extractor/src/doc/span.js';
import type { Extractor } from '../../packages/extractor/src/index.js';
import { addCounts, prf, zero, type Counts, type Prf } from './metrics.js';
import type { TableSection } from './table.js';

export type Family = 'Conflict.Attack' | 'Life.Die' | 'Life.Injure';
export const FAMILIES: readonly Family[] = ['Conflict.Attack', 'Life.Die', 'Life.Injure'];

interface Span {
  start: number;
  end: number;
}

export interface WikiDoc {
  id: string;
  /** The sentences joined as paragraphs. */
  text: string;
  triggers: (Span & { family: Family })[];
  victims: { family: Family; head: string }[];
}

interface RawDoc {
  doc_id: string;
  text: string;
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; start: number; end: number; text: string }[];
  event_mentions: { event_type: string; trigger: { start: number; end: number }; arguments: { entity_id: string; role: string }[] }[];
}

const familyOf = (eventType: string): Family | undefined => FAMILIES.find((f) => eventType === f || eventType.startsWith(`${f}.`));

/** The last word of a phrase, lower-cased, without a plural -s: "Russian soldiers" → "soldier". */
export function headWord(phrase: string): string {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
}

/** One WikiEvents document, its sentences joined with blank lines and its gold spans moved to match. */
export function parseWikiDoc(raw: RawDoc): WikiDoc {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const [tokens, sentence] of raw.sentences) {
    if (text) text += '\n\n';
    const base = text.length;
    const origin = tokens[0]?.[1] ?? 0;
    for (const [, s, e] of tokens) {
      starts.push(base + s - origin);
      ends.push(base + e - origin);
    }
    text += sentence;
  }
  const span = (first: number, end: number): Span => ({ start: starts[first]!, end: ends[end - 1]! });
  const mentions = new Map(raw.entity_mentions.map((m) => [m.id, m]));
  const triggers: WikiDoc['triggers'] = [];
  const victims: WikiDoc['victims'] = [];
  for (const ev of raw.event_mentions) {
    const family = familyOf(ev.event_type);
    if (!family) continue;
    triggers.push({ ...span(ev.trigger.start, ev.trigger.end), family });
    if (family === 'Conflict.Attack') continue;
    for (const a of ev.arguments) {
      const m = a.role === 'Victim' ? mentions.get(a.entity_id) : undefined;
      if (m) victims.push({ family, head: headWord(m.text) });
    }
  }
  return { id: raw.doc_id, text, triggers, victims };
}

export const readWikiEvents = (file: string): WikiDoc[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => parseWikiDoc(JSON.parse(l) as RawDoc));

/** What the scorer reads of a record. */
export interface WikiSystem {
  events: { eventType: string; trigger: Span; mentions?: Span[] }[];
  casualties: (Span & { category: string; group?: string })[];
}

function systemItems(r: WikiSystem): { triggers: (Span & { family: Family })[]; victims: { family: Family; head: string }[] } {
  const triggers: (Span & { family: Family })[] = [];
  const victims: { family: Family; head: string }[] = [];
  for (const e of r.events) {
    if (e.eventType !== 'attack' && e.eventType !== 'battle') continue;
    for (const t of [e.trigger, ...(e.mentions ?? [])]) triggers.push({ start: t.start, end: t.end, family: 'Conflict.Attack' });
  }
  for (const f of r.casualties) {
    const family: Family | undefined = f.category === 'killed' ? 'Life.Die' : f.category === 'injured' ? 'Life.Injure' : undefined;
    if (!family) continue;
    triggers.push({ start: f.start, end: f.end, family });
    if (f.group) victims.push({ family, head: headWord(f.group) });
  }
  return { triggers, victims };
}

export interface WikiTally {
  types: Record<Family, Counts>;
  victims: Counts;
}

const emptyTally = (): WikiTally => ({ types: { 'Conflict.Attack': zero(), 'Life.Die': zero(), 'Life.Injure': zero() }, victims: zero() });

/** Scores one document's record against its gold, adding to `into`. */
export function tallyWikiDoc(gold: WikiDoc, record: WikiSystem, into: WikiTally = emptyTally()): WikiTally {
  const sys = systemItems(record);
  for (const family of FAMILIES) {
    const g = gold.triggers.filter((t) => t.family === family);
    const s = sys.triggers.filter((t) => t.family === family);
    const found = g.filter((t) => s.some((x) => overlaps(x, t))).length;
    const right = s.filter((x) => g.some((t) => overlaps(x, t))).length;
    into.types[family] = addCounts(into.types[family], { tp: found, fn: g.length - found, fp: s.length - right });
  }
  const pool = sys.victims.map((v) => `${v.family} ${v.head}`);
  let tp = 0;
  for (const v of gold.victims) {
    const k = pool.indexOf(`${v.family} ${v.head}`);
    if (k < 0) continue;
    pool.splice(k, 1);
    tp++;
  }
  into.victims = addCounts(into.victims, { tp, fp: pool.length, fn: gold.victims.length - tp });
  return into;
}

export interface WikiResult {
  documents: number;
  types: Record<Family, Prf>;
  typesAll: Prf;
  victims: Prf;
  failures: string[];
}

export function evaluateWikiEvents(docs: readonly WikiDoc[], extractor: Pick<Extractor, 'safeExtract'>): WikiResult {
  const t = emptyTally();
  const failures: string[] = [];
  for (const d of docs) {
    const r = extractor.safeExtract({ id: d.id, text: d.text });
    if (!r.ok) failures.push(`${d.id}: ${r.error.code}: ${r.error.message}`);
    tallyWikiDoc(d, r.ok ? r.record : { events: [], casualties: [] }, t);
  }
  const all = FAMILIES.reduce((c, f) => addCounts(c, t.types[f]), zero());
  return {
    documents: docs.length,
    types: { 'Conflict.Attack': prf(t.types['Conflict.Attack']), 'Life.Die': prf(t.types['Life.Die']), 'Life.Injure': prf(t.types['Life.Injure']) },
    typesAll: prf(all),
    victims: prf(t.victims),
    failures,
  };
}

export function wikiEventsSection(r: WikiResult): TableSection {
  return {
    title: 'WikiEvents dev (Conflict.Attack, Life.Die, Life.Injure)',
    rows: [
      ...FAMILIES.map((f) => ({ label: `event type ${f}`, scores: r.types[f] })),
      { label: 'event type (three families)', scores: r.typesAll },
      { label: 'victims (head word)', scores: r.victims },
    ],
    notes: [
      `documents: ${r.documents}; no article date is given`,
      'event type: a gold trigger overlapped by an attack or battle event (Conflict.Attack), a killed figure (Life.Die) or an injured figure (Life.Injure)',
      "victims: the Victim arguments of Life.Die and Life.Injure against the killed and injured figures' groups, by head word",
      ...(r.failures.length ? [`documents the extractor failed on (scored as finding nothing): ${r.failures.length}`] : []),
    ],
  };
}

/** Reads WikiEvents dev under the corpora folder and scores the extractor on it. */
export async function runWikiEvents(corpora: string): Promise<WikiResult> {
  const { createExtractor } = await import('../../packages/extractor/src/index.js');
  return evaluateWikiEvents(readWikiEvents(wikiEventsFile(corpora)), createExtractor());
}

export const wikiEventsFile = (corpora: string) => `${corpora.replace(/\/?$/, '/')}wikievents/dev.jsonl`;
