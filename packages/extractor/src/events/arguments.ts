import type { CasualtyCategory, EventType, ParticipantRole } from '@newsgraph/models';
import type { EntityDraft, EventCandidate, MentionCandidate, TimexCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { firstTokenEndingAfter, spanIndexAt } from '../doc/search.js';
import { lookupOrganization } from '../gazetteer/organizations.js';
import { locativeMentions } from './event-place.js';

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

const SKIP = new Set(['the', 'a', 'an']);
/** Prepositions whose object is no one's subject: a target ("against Khamenei") or another verb's agent ("verified by AFP"). */
const NOT_SUBJECT = new Set(['against', 'by', 'toward', 'towards']);

/** The preposition right before a mention (past an article), lower-cased, if any. */
function prepositionBefore(doc: Doc, m: MentionCandidate): string | undefined {
  let k = firstTokenEndingAfter(doc.tokens, m.start) - 1;
  while (k >= 0 && SKIP.has(doc.tokens[k]!.lower)) k--;
  const t = k >= 0 ? doc.tokens[k] : undefined;
  return t && t.pos === 'ADP' && t.sentence === doc.tokens[k + 1]?.sentence ? t.lower : undefined;
}

/** "shot dead by the police": at most a word or two ("dead", "by", "the") between a passive trigger and its agent. */
function isRightAfter(doc: Doc, end: number, start: number): boolean {
  const from = firstTokenEndingAfter(doc.tokens, end);
  const to = firstTokenEndingAfter(doc.tokens, start);
  return to - from <= 3;
}

const VICTIM_EVENTS = new Set<EventType>(['attack', 'arrest', 'kidnapping', 'execution']);

/**
 * Who took part: the agent of a passive ("killed by X") or else the nearest entity before the
 * trigger that no preposition governs acts; after it, the target (a victim for attacks on people).
 */
export function participantsOf(doc: Doc, ev: EventCandidate, idx: SentenceIndex, location?: string): { role: ParticipantRole; entity: string }[] {
  // Places where things happen ("in western Iran") take no part, nor the agencies that report it ("videos verified by AFP").
  const locative = locativeMentions(doc, idx, ev.sentence);
  const ms = (idx.mentions.get(ev.sentence) ?? []).filter((x) => (x.e.type === 'Place' ? x.e.id !== location && !locative.has(x.m) : !isNewsAgency(x.e)));
  const out: { role: ParticipantRole; entity: string }[] = [];
  const seen = new Set<string>();
  const add = (role: ParticipantRole, entity: string) => {
    if (seen.has(entity)) return;
    seen.add(entity);
    out.push({ role, entity });
  };
  // "shot dead by security forces": the agent of a passive acts.
  const after = ms.filter((x) => x.m.start >= ev.trigger.end);
  const agent = after.find((x) => prepositionBefore(doc, x.m) === 'by' && isRightAfter(doc, ev.trigger.end, x.m.start));
  // Before the trigger, a target or another verb's agent is no subject ("slogans against Khamenei", "verified by AFP").
  const before = ms.filter((x) => x.m.end <= ev.trigger.start && !NOT_SUBJECT.has(prepositionBefore(doc, x.m) ?? ''));
  const actor = agent ?? before[before.length - 1];
  if (actor) add(ev.eventType === 'statement' ? 'speaker' : 'actor', actor.e.id);
  const target = after.find((x) => x !== agent && prepositionBefore(doc, x.m) !== 'by');
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
