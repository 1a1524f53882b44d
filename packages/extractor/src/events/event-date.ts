import type { EventCandidate, TimexCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { firstTokenEndingAfter, tokenRange } from '../doc/search.js';
import { lexiconSet } from '../resources.js';
import type { SentenceIndex } from './arguments.js';
import { aspectAt } from './aspect.js';
import { clauseOf, inRanges, type ReportFrame } from './clauses.js';

export interface EventDate {
  start: string;
  end: string | null;
  /** Read in the event's own clause, or inferred (the report's date, the narrative's, the article's). */
  read: boolean;
}

/** How many sentences back an untimed past happening may take the narrative's date from. */
const FOCUS_SENTENCES = 3;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that']);

const isCalendar = (t: TimexCandidate) => /^\d{4}/.test(t.value ?? '');

/** "the 1979 revolution": a date that only says when the noun after it was; it dates nothing else. */
function isPremodifier(doc: Doc, t: TimexCandidate): number | undefined {
  const { start: first, end } = tokenRange(doc.tokens, t);
  const prev = doc.tokens[first - 1];
  const next = doc.tokens[end];
  if (prev && next && DETERMINERS.has(prev.lower) && next.pos === 'NOUN' && next.sentence === doc.tokens[first]!.sentence) return next.start;
  return undefined;
}

/** A noun that is the object of an acknowledging verb: "confirms troops deployment", "denied the killings". */
function isAcknowledged(doc: Doc, tok: number, first: number): boolean {
  if (doc.tokens[tok]!.pos !== 'NOUN') return false;
  let k = tok - 1;
  while (k >= first && (doc.tokens[k]!.pos === 'DET' || doc.tokens[k]!.pos === 'ADJ' || doc.tokens[k]!.pos === 'NOUN')) k--;
  return k >= first && lexiconSet('events/report-acknowledge').has(doc.tokens[k]!.lower);
}

function toDate(t: TimexCandidate, read: boolean): EventDate {
  const [start, end] = t.value!.split('/');
  return { start: start!, end: end ?? null, read };
}

/** The time expressions of a sentence that may date a trigger at `triggerStart` (not another noun's premodifier). */
function usable(doc: Doc, ts: readonly TimexCandidate[], triggerStart: number): TimexCandidate[] {
  return ts.filter((t) => {
    if (!isCalendar(t)) return false;
    const head = isPremodifier(doc, t);
    return head === undefined || head === triggerStart;
  });
}

/** The date the narrative is at before sentence s: the first usable date of the nearest earlier body sentence that has one. */
function narrativeDate(doc: Doc, idx: SentenceIndex, s: number): TimexCandidate | undefined {
  for (let k = s - 1; k >= 0 && s - k <= FOCUS_SENTENCES; k--) {
    if (doc.sections[doc.sentences[k]!.section]?.kind !== 'body') break;
    // The narrative's time is a day ("On Tuesday"); a year or a month is background ("last year").
    const ts = usable(doc, idx.timexes.get(k) ?? [], -1).filter((t) => /^\d{4}-\d{2}-\d{2}(?:\/|$)/.test(t.value!));
    if (ts.length) return ts[0];
  }
  return undefined;
}

/**
 * The event's date:
 * 1. a date in its own clause, nearest the trigger (read);
 * 2. in a reported clause without one: the report's date for news ("said on April 24 that they had
 *    killed …"), none for what is acknowledged or denied ("confirmed on Monday that it had sent
 *    troops", "confirmed the deployment": the sending may be long past);
 * 3. else by how it is told: present happenings and headlines are the article's date; words said
 *    ("has said", "called on") are the article's; an untimed past happening is at the narrative's
 *    day, a day written in one of the three sentences before it; a perfect ("have been arrested"), a
 *    pluperfect, a noun or a participle after its noun ("protesters killed in a crackdown") has none.
 */
export function eventDate(doc: Doc, ev: EventCandidate, idx: SentenceIndex, frames: readonly ReportFrame[]): EventDate | undefined {
  const s = doc.sentences[ev.sentence]!;
  const kind = doc.sections[s.section]?.kind;
  const tok = firstTokenEndingAfter(doc.tokens, ev.trigger.start);
  const clause = clauseOf(doc, frames, ev.sentence, tok);
  const all = usable(doc, idx.timexes.get(ev.sentence) ?? [], ev.trigger.start);
  const tokOf = (t: TimexCandidate) => firstTokenEndingAfter(doc.tokens, t.start);
  const nearest = (ts: TimexCandidate[], from: number) => [...ts].sort((x, y) => Math.abs(x.start - from) - Math.abs(y.start - from))[0];
  // "confirmed the troop deployment", "denied the attack": the acknowledging does not date the happening.
  if (isAcknowledged(doc, tok, s.firstToken)) return undefined;
  const aspect = kind === 'body' || kind === 'caption' ? aspectAt(doc, tok, s.firstToken) : undefined;
  let own = all.filter((t) => inRanges(clause.ranges, tokOf(t)));
  // "protesters killed on January 8": a participle after its noun takes only a date in its own phrase.
  if (aspect === 'relative') own = own.filter((t) => tokOf(t) > tok && !doc.tokens.slice(tok + 1, tokOf(t)).some((w) => w.pos === 'VERB' || w.pos === 'AUX'));
  if (own.length) return toDate(nearest(own, ev.trigger.start)!, true);
  if (clause.frame) {
    if (clause.frame.kind === 'acknowledge') return undefined;
    const outer = clauseOf(doc, frames, ev.sentence, clause.frame.verb);
    const report = all.filter((t) => inRanges(outer.ranges, tokOf(t)));
    if (report.length) return toDate(nearest(report, doc.tokens[clause.frame.verb]!.start)!, false);
  }
  const published = doc.datePublished;
  const today: EventDate | undefined = published ? { start: published, end: null, read: false } : undefined;
  if (kind === 'headline') return today;
  if (kind !== 'body') return undefined;
  const words = ev.eventType === 'statement';
  switch (aspect) {
    case 'present':
      return today;
    case 'perfect':
      return words ? today : undefined;
    case 'past': {
      const focus = narrativeDate(doc, idx, ev.sentence);
      if (focus) return toDate(focus, false);
      return words ? today : undefined;
    }
    default:
      return undefined;
  }
}
