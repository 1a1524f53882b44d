import { addDays, parseYmd } from '../dates/calendar.js';
import { ymdValue } from '../dates/timex-value.js';
import { acledType } from '../events/acled.js';
import { figuresOf, indexSentences, participantsOf } from '../events/arguments.js';
import { reportFrames, type ReportFrame } from '../events/clauses.js';
import { eventDate } from '../events/event-date.js';
import { articleCountry, captionPlace, countryPlace, eventPlace } from '../events/event-place.js';
import type { EventCandidate } from '../doc/candidates.js';
import { addMentions, datesAgree, mergeAnaphor, mergeMentions } from '../events/merge.js';
import type { Stage } from './stage.js';

/** Event types a figure of this category makes certain: "killed 25 soldiers" is an attack, not a meeting. */
const PREFERRED = ['attack', 'battle', 'arrest', 'kidnapping', 'deployment', 'protest', 'riot', 'execution', 'disaster', 'agreement', 'election', 'appointment', 'negotiation', 'meeting', 'statement'];

function latestDay(day: string | undefined, slack: number): string | undefined {
  const d = day ? parseYmd(day) : undefined;
  return d ? ymdValue(addDays(d, slack)) : undefined;
}

/** Does a TIMEX date lie wholly after the day? "2026-02-18" after "2026-02-15"; "2026" is not after "2026-02-15". */
function isAfter(value: string, day: string): boolean {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return false;
  return value > day.slice(0, value.length);
}

/**
 * Gives each event its date and place (events/event-date, events/event-place: read in its clause,
 * else inferred and listed in `inferred`), participants, figures and sources; drops what is only
 * planned (dated after the article) or says nothing of who, where or how many. Keeps one event per
 * happening: one per type and sentence, a telling that refers back ("the attack", "those killed")
 * as a mention, tellings that share a place or actor merged, and the headline's or a caption's
 * event merged into the body's. Last, an event without a place takes a caption's or the
 * article's country.
 */
export const resolveEvents: Stage = {
  name: 'resolve-events',
  run(doc) {
    const idx = indexSentences(doc);
    // The article's last possible day: a caption's date may be the day before publication.
    const latest = latestDay(doc.datePublished, doc.datePublishedSource === 'caption' ? 1 : 0);
    const live = doc.events.filter((e) => !e.dropped);
    // One event per type and sentence.
    const bySentence = new Map<string, EventCandidate>();
    for (const ev of live) {
      const key = `${ev.sentence}:${ev.eventType}`;
      const prev = bySentence.get(key);
      if (prev) {
        ev.dropped = 'same type in the same sentence';
        prev.confidence = Math.min(0.95, prev.confidence + 0.05);
        addMentions(prev, ev);
      } else bySentence.set(key, ev);
    }
    const frames = new Map<number, ReportFrame[]>();
    const framesOf = (s: number) => frames.get(s) ?? frames.set(s, reportFrames(doc, s)).get(s)!;
    for (const ev of doc.events) {
      if (ev.dropped) continue;
      const date = eventDate(doc, ev, idx, framesOf(ev.sentence));
      if (date) {
        ev.startDate = date.start;
        ev.endDate = date.end;
        if (!date.read) ev.inferred = ['startDate'];
      }
      const location = eventPlace(doc, ev, idx, framesOf(ev.sentence));
      if (location) ev.location = location;
      ev.participants = participantsOf(doc, ev, idx, location);
      ev.figures = figuresOf(doc, ev);
      const sources = new Set<string>();
      for (const i of ev.figures) {
        const a = doc.figures[i]!.attributedTo;
        if (a) sources.add(a);
      }
      for (const p of ev.participants) if (p.role === 'speaker') sources.add(p.entity);
      ev.attributedTo = [...sources];
      if (ev.figures.length) ev.confidence = Math.min(0.95, ev.confidence + 0.15);
      const s = doc.sentences[ev.sentence]!;
      const words = new Set(doc.tokens.slice(s.firstToken, s.endToken).map((t) => t.lower));
      const casualties = ev.figures.some((i) => ['killed', 'injured'].includes(doc.figures[i]!.category));
      const acled = acledType(ev.eventType, { words, casualties });
      if (acled) ev.acled = acled;
    }
    // Nothing to say who, where or how many: no record, or a mention of a happening told before. A statement needs its speaker.
    for (const ev of doc.events) {
      if (ev.dropped) continue;
      if (ev.eventType === 'statement' && !ev.participants.some((p) => p.role === 'speaker')) ev.dropped = 'statement without a speaker';
      else if (latest && ev.startDate && isAfter(ev.startDate, latest)) ev.dropped = 'planned: dated after the article';
      else if (mergeAnaphor(doc, ev)) continue;
      else if (!ev.participants.length && !ev.location && !ev.figures.length) ev.dropped = 'no participant, place or figure';
    }
    mergeMentions(doc);
    // A headline's or caption's event is the body's event of the same type, place and date.
    const kindOf = (ev: EventCandidate) => doc.sections[doc.sentences[ev.sentence]!.section]?.kind;
    const kept = doc.events.filter((e) => !e.dropped);
    for (const ev of kept) {
      const k = kindOf(ev);
      if (k !== 'headline' && k !== 'caption') continue;
      const same = kept.find(
        (o) => o !== ev && !o.dropped && kindOf(o) === 'body' && o.eventType === ev.eventType &&
          (o.location === ev.location || !ev.location || !o.location) && datesAgree(o, ev),
      );
      if (same) {
        ev.dropped = 'repeats a body event';
        same.confidence = Math.min(0.95, same.confidence + 0.1);
        addMentions(same, ev);
        same.location ??= ev.location;
      }
    }
    // No place read for it: a caption's photo of it, else the article's country for what happens somewhere.
    const country = articleCountry(doc);
    for (const ev of doc.events) {
      if (ev.dropped || ev.location) continue;
      const place = captionPlace(doc, ev, idx) ?? countryPlace(ev, country);
      if (place) {
        ev.location = place;
        ev.inferred = [...(ev.inferred ?? []), 'location'];
      }
    }
    // In the record, events are in text order, most specific type first within a sentence.
    doc.events.sort((a, b) => a.evidence.start - b.evidence.start || PREFERRED.indexOf(a.eventType) - PREFERRED.indexOf(b.eventType));
  },
};
