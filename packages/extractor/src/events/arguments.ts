import type { CasualtyCategory, EventType, ParticipantRole } from '@newsgraph/models';
import type { EntityDraft, EventCandidate, MentionCandidate, TimexCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { spanIndexAt } from '../doc/search.js';

export interface SentenceIndex {
  /** Entity mentions per sentence, with their entity. */
  mentions: Map<number, { m: MentionCandidate; e: EntityDraft }[]>;
  /** Dated time expressions per sentence. */
  timexes: Map<number, TimexCandidate[]>;
}

export function indexSentences(doc: Doc): SentenceIndex {
  const sentenceAt = (pos: number) => spanIndexAt(doc.sentences, pos);
  const mentions = new Map<number, { m: MentionCandidate; e: EntityDraft }[]>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const s = sentenceAt(m.start);
      if (s < 0) continue;
      const list = mentions.get(s) ?? [];
      list.push({ m, e });
      mentions.set(s, list);
    }
  }
  for (const list of mentions.values()) list.sort((a, b) => a.m.start - b.m.start);
  const timexes = new Map<number, TimexCandidate[]>();
  for (const t of doc.timexes) {
    if (t.dropped || !t.value || (t.type !== 'date' && t.type !== 'time')) continue;
    const s = sentenceAt(t.start);
    if (s < 0) continue;
    const list = timexes.get(s) ?? [];
    list.push(t);
    timexes.set(s, list);
  }
  return { mentions, timexes };
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'from', 'of']);

/** Where the event happened: the sentence's place nearest the trigger, a place after "in"/"at" first. */
export function locationOf(doc: Doc, ev: EventCandidate, idx: SentenceIndex): string | undefined {
  const places = (idx.mentions.get(ev.sentence) ?? []).filter((x) => x.e.type === 'Place');
  if (!places.length) return undefined;
  const before = (m: MentionCandidate) => doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase().match(/(\w+)\s+(?:the\s+)?$/)?.[1];
  const score = (m: MentionCandidate) => {
    const d = Math.abs(m.start - ev.trigger.start);
    const loc = LOCATIVE.has(before(m) ?? '') ? 0 : 1000;
    return loc + d;
  };
  return [...places].sort((x, y) => score(x.m) - score(y.m))[0]!.e.id;
}

/** The date of the event: the sentence's dated expression nearest the trigger. */
export function dateOf(ev: EventCandidate, idx: SentenceIndex): { start: string; end: string | null } | undefined {
  const ts = idx.timexes.get(ev.sentence);
  if (!ts?.length) return undefined;
  const t = [...ts].sort((x, y) => Math.abs(x.start - ev.trigger.start) - Math.abs(y.start - ev.trigger.start))[0]!;
  const [start, end] = t.value!.split('/');
  return { start: start!, end: end ?? null };
}

const VICTIM_EVENTS = new Set<EventType>(['attack', 'arrest', 'kidnapping', 'execution']);

/** Who took part: the nearest entity before the trigger acts; after it, the target (a victim for attacks on people). */
export function participantsOf(ev: EventCandidate, idx: SentenceIndex, location?: string): { role: ParticipantRole; entity: string }[] {
  const ms = (idx.mentions.get(ev.sentence) ?? []).filter((x) => x.e.id !== location || x.e.type !== 'Place');
  const out: { role: ParticipantRole; entity: string }[] = [];
  const seen = new Set<string>();
  const add = (role: ParticipantRole, entity: string) => {
    if (seen.has(entity)) return;
    seen.add(entity);
    out.push({ role, entity });
  };
  const before = ms.filter((x) => x.m.end <= ev.trigger.start);
  const after = ms.filter((x) => x.m.start >= ev.trigger.end);
  const actor = before[before.length - 1];
  if (actor) add(ev.eventType === 'statement' ? 'speaker' : 'actor', actor.e.id);
  const target = after[0];
  if (target && target.e.type !== 'Place') {
    add(VICTIM_EVENTS.has(ev.eventType) && target.e.type === 'Person' ? 'victim' : ev.eventType === 'statement' ? 'participant' : 'target', target.e.id);
  }
  return out;
}

const CATEGORY_EVENTS: Record<CasualtyCategory, readonly EventType[]> = {
  killed: ['attack', 'battle', 'protest', 'riot', 'disaster', 'execution'],
  injured: ['attack', 'battle', 'protest', 'riot', 'disaster'],
  missing: ['attack', 'battle', 'disaster', 'kidnapping'],
  arrested: ['arrest', 'protest', 'riot'],
  displaced: ['attack', 'battle', 'disaster'],
  deployed: ['deployment', 'battle'],
  kidnapped: ['kidnapping', 'attack'],
};

/** Figures of the sentence that this kind of event can have (deaths for attacks, arrests for arrests, …). */
export function figuresOf(doc: Doc, ev: EventCandidate): number[] {
  const out: number[] = [];
  doc.figures.forEach((f, i) => {
    if (f.dropped || f.sentence !== ev.sentence) return;
    if (CATEGORY_EVENTS[f.category].includes(ev.eventType)) out.push(i);
  });
  return out;
}
