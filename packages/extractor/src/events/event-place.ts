import type { EventType } from '@newsgraph/models';
import type { EntityDraft, EventCandidate, MentionCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { firstTokenEndingAfter, tokenRange } from '../doc/search.js';
import { placeById } from '../gazetteer/places.js';
import { lexiconSet } from '../resources.js';
import type { SentenceIndex } from './arguments.js';
import { aspectAt } from './aspect.js';
import { clauseOf, inRanges, type ReportFrame } from './clauses.js';

/** Prepositions that put a happening at a place. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through', 'throughout', 'within', 'off', 'along']);
/** Prepositions of a destination: the place of a movement (a deployment "to Russia"). */
const GOAL = new Set(['to', 'into', 'towards', 'toward']);
const MOVEMENTS = new Set<EventType>(['deployment']);
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const CONTINUATIONS = new Set(['and', 'or', ',']);
const PHRASE_ENDS = new Set([',', ';', ':', 'as', 'while', 'when', 'after', 'before']);

/** How a place mention stands to the clause: 0 where something happens ("in Kursk"), 1 a bare name, undefined not a place of the happening. */
export type PlaceTier = 0 | 1 | undefined;

interface Placed {
  m: MentionCandidate;
  e: EntityDraft;
  first: number;
  end: number;
}

function placedMentions(doc: Doc, idx: SentenceIndex, sentence: number): Placed[] {
  return (idx.mentions.get(sentence) ?? [])
    .filter((x) => x.e.type === 'Place' && !x.m.demonym)
    .map((x) => {
      const { start: first, end } = tokenRange(doc.tokens, x.m);
      return { ...x, first, end };
    });
}

/**
 * The tier of a place mention: the word before it, past articles, adjectives and place nouns
 * ("in the northeastern city of Mashhad", "on the secluded Imrali island") and a possessor place
 * ("in Russia's Kursk region"), decides; a name after "and" or a comma is as the one before it
 * ("Tehran, Iran"). A possessor ("Japan's lower house"), a "-based" ("US-based"), a place after
 * another preposition ("fight for Russia", "talks between Iran and the United States") or a bare
 * name is not where the happening was, except a bare name right before the event's noun (tier 1).
 */
function tierOf(doc: Doc, p: Placed, all: readonly Placed[], type: EventType, trigger: number, memo: Map<Placed, PlaceTier>): PlaceTier {
  if (memo.has(p)) return memo.get(p);
  memo.set(p, undefined);
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[p.first]!.sentence]!;
  const next = p.end < s.endToken ? tokens[p.end]! : undefined;
  if (next && (POSSESSIVE.has(next.lower) || /^-?based$/.test(next.lower) || next.lower === '-')) return undefined;
  const placeNouns = lexiconSet('events/place-nouns');
  let k = p.first - 1;
  while (k >= s.firstToken) {
    const w = tokens[k]!;
    if (ARTICLES.has(w.lower) || placeNouns.has(w.lower) || (w.pos === 'ADJ' && w.text === w.lower)) {
      k--;
      continue;
    }
    if (w.lower === 'of' && k - 1 >= s.firstToken && placeNouns.has(tokens[k - 1]!.lower)) {
      memo.set(p, 0);
      return 0;
    }
    if (POSSESSIVE.has(w.lower)) {
      const owner = all.find((o) => o.end === k);
      if (owner) {
        k = owner.first - 1;
        continue;
      }
    }
    break;
  }
  const prev = k >= s.firstToken ? tokens[k]! : undefined;
  let tier: PlaceTier;
  if (prev?.lower === 'on') {
    // "on Imrali island", "on the Lebanese border" are places; "strikes on Gaza" is a target.
    const last = tokens[p.end - 1]!.lower;
    if (placeNouns.has(last) || (next !== undefined && placeNouns.has(next.lower))) tier = 0;
  } else if (prev && (LOCATIVE.has(prev.lower) || (GOAL.has(prev.lower) && MOVEMENTS.has(type)))) tier = 0;
  else if (prev && CONTINUATIONS.has(prev.lower)) {
    // "in Abadan and Mashhad", "Tehran, Iran": as the place before it.
    const before = all.find((o) => o.end === k);
    if (before) tier = tierOf(doc, before, all, type, trigger, memo);
  }
  // A bare name is a subject ("Russia said"), an object ("condemned the North") or a nationality
  // ("Japan PM"); only one right before the event's noun is its place ("a Kabul bombing").
  if (tier === undefined && next && next.start === trigger) tier = 1;
  memo.set(p, tier);
  return tier;
}

/** Whether a place entity is a country (by its gazetteer entry). */
const isCountry = (e: EntityDraft) => placeById(e.id.replace(/^urn:newsgraph:place:/, ''))?.kind === 'country';

/** The most specific of the best-tier places, nearest `near`: "in Abadan in western Iran" is Abadan. */
function pick(candidates: readonly (Placed & { tier: 0 | 1 })[], near: number): Placed | undefined {
  if (!candidates.length) return undefined;
  const best = Math.min(...candidates.map((c) => c.tier));
  let pool = candidates.filter((c) => c.tier === best);
  const inner = pool.filter((c) => !isCountry(c.e));
  pool = pool.filter((c) => !isCountry(c.e) || !inner.some((i) => i.e.country !== undefined && c.e.country === i.e.country));
  return [...pool].sort((a, b) => Math.abs(a.m.start - near) - Math.abs(b.m.start - near))[0];
}

/** Places that are only a statement's or an accord's topic; they happen where they are said to. */
const WORDS = new Set<EventType>(['statement', 'agreement']);

/**
 * Where the event happened, read in its own clause: a place after "in", "at", "near" (or a
 * destination, for a deployment) first, else a bare name; the most specific, nearest the trigger.
 * A place inside a reported clause is not where the report was made, nor one after a purpose
 * infinitive after a verb ("sent troops to fight … in Ukraine") where the sending was, though the
 * object of a noun's infinitive is ("the battle to liberate Kursk"). Statements and accords
 * take only a place after a locative preposition.
 */
export function eventPlace(doc: Doc, ev: EventCandidate, idx: SentenceIndex, frames: readonly ReportFrame[]): string | undefined {
  const tok = firstTokenEndingAfter(doc.tokens, ev.trigger.start);
  const clause = clauseOf(doc, frames, ev.sentence, tok);
  const s = doc.sentences[ev.sentence]!;
  let purpose = s.endToken;
  const verbal = doc.tokens[tok]!.pos === 'VERB';
  for (let k = tok + 1; verbal && k + 1 < s.endToken; k++) {
    if (doc.tokens[k]!.lower === 'to' && doc.tokens[k + 1]!.pos === 'VERB') {
      purpose = k;
      break;
    }
  }
  // "villagers killed in an ambush near Beni": a participle after its noun is placed only in its own phrase.
  let phrase: [number, number] | undefined;
  if (aspectAt(doc, tok, s.firstToken) === 'relative') {
    let end = tok + 1;
    while (end < s.endToken && !PHRASE_ENDS.has(doc.tokens[end]!.lower) && doc.tokens[end]!.pos !== 'VERB' && doc.tokens[end]!.pos !== 'AUX') end++;
    phrase = [tok + 1, end];
  }
  const all = placedMentions(doc, idx, ev.sentence);
  const memo = new Map<Placed, PlaceTier>();
  const candidates = all.flatMap((p) => {
    if (!inRanges(clause.ranges, p.first) || (p.first > tok && p.first >= purpose)) return [];
    if (phrase && (p.first < phrase[0] || p.first >= phrase[1])) return [];
    const tier = tierOf(doc, p, all, ev.eventType, ev.trigger.start, memo);
    if (tier === undefined || (tier === 1 && WORDS.has(ev.eventType))) return [];
    return [{ ...p, tier }];
  });
  return pick(candidates, ev.trigger.start)?.e.id;
}

/** The place mentions of a sentence that say where something happens ("in Tehran"), so take no part in it. */
export function locativeMentions(doc: Doc, idx: SentenceIndex, sentence: number): Set<MentionCandidate> {
  const all = placedMentions(doc, idx, sentence);
  const memo = new Map<Placed, PlaceTier>();
  return new Set(all.filter((p) => tierOf(doc, p, all, 'other', -1, memo) === 0).map((p) => p.m));
}

/**
 * A caption's place for an event without one: the photo shows the happening when the caption is
 * dated the event's day and starts with one of its participants ("Sanae Takaichi gestures at the Lower
 * House of the Parliament in Tokyo, Japan, 18 February 2026" for her reappointment that day).
 */
export function captionPlace(doc: Doc, ev: EventCandidate, idx: SentenceIndex): string | undefined {
  if (!ev.startDate || !ev.participants.length) return undefined;
  const ids = new Set(ev.participants.map((p) => p.entity));
  for (const s of doc.sentences) {
    if (doc.sections[s.section]?.kind !== 'caption') continue;
    const dated = (idx.timexes.get(s.index) ?? []).some((t) => t.value === ev.startDate);
    // The participant is what the photo shows: the caption starts with it.
    const subject = (idx.mentions.get(s.index) ?? [])[0];
    if (!dated || !subject || subject.m.start !== s.start || !ids.has(subject.e.id)) continue;
    const all = placedMentions(doc, idx, s.index);
    const memo = new Map<Placed, PlaceTier>();
    const candidates = all.flatMap((p) => {
      const tier = tierOf(doc, p, all, ev.eventType, -1, memo);
      return tier === undefined ? [] : [{ ...p, tier }];
    });
    const found = pick(candidates, s.start);
    if (found) return found.e.id;
  }
  return undefined;
}

/** Event types that happen in a country when the text names no place for them. */
const COUNTRY_EVENTS = new Set<EventType>(['battle', 'attack', 'protest', 'riot', 'arrest', 'election', 'appointment', 'disaster', 'execution', 'kidnapping']);

/**
 * The country the article is about, when one clearly is: the country whose places (itself, its
 * cities and regions) the article names most, at least three times and twice as often as any other.
 * Undefined when the article names no such country as a place.
 */
export function articleCountry(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type !== 'Place' || !e.country) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.filter((m) => !m.dropped).length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3 || (second && top[1] < 2 * second[1])) return undefined;
  return doc.entities.find((e) => e.type === 'Place' && e.country === top[0] && isCountry(e))?.id;
}

/** The article's country as the place of an event of a kind that happens somewhere and has no place of its own. */
export function countryPlace(ev: EventCandidate, country: string | undefined): string | undefined {
  return country !== undefined && COUNTRY_EVENTS.has(ev.eventType) ? country : undefined;
}
