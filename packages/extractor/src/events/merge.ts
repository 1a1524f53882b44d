import type { EventCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { firstTokenEndingAfter } from '../doc/search.js';
import { aspectAt } from './aspect.js';

/** The date read for the event, not one inferred for it (a headline's article date). */
const readDate = (e: EventCandidate) => (e.inferred?.includes('startDate') ? null : e.startDate);
/** Dates clash only when both were read and differ. */
export const datesAgree = (a: EventCandidate, b: EventCandidate) => !readDate(a) || !readDate(b) || a.startDate === b.startDate;
/** The same actor (or speaker) in both. */
const sameActor = (a: EventCandidate, b: EventCandidate) =>
  a.participants.some((p) => (p.role === 'actor' || p.role === 'speaker') && b.participants.some((q) => q.role === p.role && q.entity === p.entity));

/**
 * One happening told several times is one event: two events of the same type whose dates do not
 * clash and that share their place or their actor are merged into the earlier body mention,
 * which takes the other's participants, figures and sources.
 */
export function mergeMentions(doc: Doc): void {
  const kindOf = (ev: EventCandidate) => doc.sections[doc.sentences[ev.sentence]!.section]?.kind;
  const live = doc.events.filter((e) => !e.dropped).sort((a, b) => a.start - b.start);
  for (let i = 0; i < live.length; i++) {
    const ev = live[i]!;
    if (ev.dropped) continue;
    for (let j = 0; j < i; j++) {
      const prev = live[j]!;
      if (prev.dropped || prev.eventType !== ev.eventType || !datesAgree(prev, ev)) continue;
      // Statements are one only when one speaker makes them on one known day.
      if (ev.eventType === 'statement' && (!ev.startDate || ev.startDate !== prev.startDate)) continue;
      const samePlace = prev.location !== undefined && prev.location === ev.location;
      // Other events may share a place.
      if (ev.eventType === 'statement' ? !sameActor(prev, ev) : !(samePlace || sameActor(prev, ev))) continue;
      // Keep a body mention over a headline's or caption's.
      const [keep, drop] = kindOf(prev) !== 'body' && kindOf(ev) === 'body' ? [ev, prev] : [prev, ev];
      absorb(keep, drop);
      drop.dropped = 'another mention of the same event';
      break;
    }
  }
}

/** `keep` takes `other`'s trigger, and the mentions `other` had taken, as mentions of its happening. */
export function addMentions(keep: EventCandidate, other: EventCandidate): void {
  const mentions = (keep.mentions ??= []);
  for (const m of [other.trigger, ...(other.mentions ?? [])]) {
    if (m.start !== keep.trigger.start && !mentions.some((x) => x.start === m.start)) mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
}

function absorb(keep: EventCandidate, other: EventCandidate): void {
  addMentions(keep, other);
  // A date read in the other mention dates this one, unless it has a read date of its own.
  if (!readDate(keep) && readDate(other)) {
    keep.startDate = other.startDate;
    keep.endDate = other.endDate;
    keep.inferred = keep.inferred?.filter((f) => f !== 'startDate');
    if (!keep.inferred?.length) delete keep.inferred;
  }
  keep.location ??= other.location;
  for (const p of other.participants) if (!keep.participants.some((q) => q.entity === p.entity)) keep.participants.push(p);
  for (const f of other.figures) if (!keep.figures.includes(f)) keep.figures.push(f);
  for (const a of other.attributedTo) if (!keep.attributedTo.includes(a)) keep.attributedTo.push(a);
  keep.confidence = Math.min(0.95, Math.max(keep.confidence, other.confidence) + 0.05);
}

/** How many sentences ahead a participle's happening may be told in full. */
const AHEAD = 3;

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', "'s", '’s']);

/** "the bombings", "Saturday's attack", "the initial shooting": a noun after a definite determiner. */
function isDefiniteNoun(doc: Doc, k: number, first: number): boolean {
  const tokens = doc.tokens;
  if (tokens[k]!.pos !== 'NOUN') return false;
  k--;
  while (k >= first && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k--;
  return k >= first && DEFINITE.has(tokens[k]!.lower);
}

/**
 * A telling that refers back to a happening already told becomes a mention of the nearest earlier
 * kept event of its type whose date does not clash: a definite noun that says nothing new ("the
 * bombings were retaliation"), or a participle after its noun with no date, place or figure of its
 * own ("portraits of those killed"), which may also be a mention of the next such event within
 * AHEAD sentences. Returns whether it did.
 */
export function mergeAnaphor(doc: Doc, ev: EventCandidate): boolean {
  const k = firstTokenEndingAfter(doc.tokens, ev.trigger.start);
  const first = doc.sentences[ev.sentence]!.firstToken;
  const bare = !ev.location && !ev.figures.length;
  const definite = bare && !ev.participants.length && isDefiniteNoun(doc, k, first);
  const relative = bare && !readDate(ev) && aspectAt(doc, k, first) === 'relative';
  if (!definite && !relative) return false;
  const same = doc.events.filter((o) => o !== ev && !o.dropped && o.eventType === ev.eventType && datesAgree(o, ev));
  // A participle may look back on a happening the next sentences tell ("protesters killed in the crackdown. … soldiers killed 12").
  const told = (o: EventCandidate) => o.participants.length > 0 || o.location !== undefined || o.figures.length > 0;
  const antecedent =
    same.filter((o) => o.start < ev.start).sort((a, b) => b.start - a.start)[0] ??
    (relative ? same.filter((o) => o.start > ev.start && o.sentence - ev.sentence <= AHEAD && told(o)).sort((a, b) => a.start - b.start)[0] : undefined);
  if (!antecedent) return false;
  addMentions(antecedent, ev);
  ev.dropped = 'another mention of the same event';
  return true;
}
