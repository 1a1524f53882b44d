import type { CasualtyCategory, EventType, ParticipantRole } from '@newsgraph/models';
import type { EntityDraft, EventCandidate, MentionCandidate, TimexCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { spanIndexAt } from '../doc/search.js';
import { lookupOrganization } from '../gazetteer/organizations.js';
import { isLocativeMention } from './event-place.js';

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

const isNewsAgency = (e: EntityDraft) => e.type === 'Organization' && lookupOrganization(e.name)?.kind === 'news_agency';

const VICTIM_EVENTS = new Set<EventType>(['attack', 'arrest', 'kidnapping', 'execution']);

/** Who took part: the nearest entity before the trigger acts; after it, the target (a victim for attacks on people). */
export function participantsOf(doc: Doc, ev: EventCandidate, idx: SentenceIndex, location?: string): { role: ParticipantRole; entity: string }[] {
  // Places where things happen ("in western Iran") take no part, nor the agencies that report it ("videos verified by AFP").
  const ms = (idx.mentions.get(ev.sentence) ?? []).filter((x) =>
    x.e.type === 'Place' ? x.e.id !== location && !isLocativeMention(doc, idx, ev.sentence, x.m) : !isNewsAgency(x.e),
  );
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
