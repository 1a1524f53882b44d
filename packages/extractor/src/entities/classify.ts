import type { MentionCandidate } from '../doc/candidates.js';
import { givenNameScore, isOrgHead, lookupOrganization, matchDemonymAt, matchOrganizationAt, matchPlaceAt, matchTitleAt, surnameScore } from '../gazetteer/index.js';
import type { EntityContext } from './context.js';
import { mention } from './context.js';
import { affiliationAfter, appositiveTitle, speechNear, titleBefore } from './person-cues.js';
import { isAllCaps, isCap, isCommonWord, isKnownFirstName, isKnownLastName, isLetters, isOrgCue, isPlaceHead } from './words.js';

const HYPHENS = new Set(['-', '‑']);
const APOSTROPHE_LIKE = new Set(["'", '’', "'s", '’s']);
/** Lower-case words after a name that make it an organisation: "Tasnim news agency". */
const ORG_TAILS: readonly (readonly string[])[] = [['news', 'agency'], ['agency'], ['party'], ['militia'], ['movement']];

/** Does the capitalised run at k look like an organisation (for "X of the <Org>")? */
export function orgAt(ctx: EntityContext, k: number): boolean {
  if (matchOrganizationAt(ctx.words, k)) return true;
  const end = ctx.sentence.endToken;
  for (let j = k; j < end && j < k + 8; j++) {
    const w = ctx.words[j]!;
    if (isOrgHead(w) && isCap(w)) return true;
    if (!isCap(w) && !['of', 'for', 'and', 'the', "'", '’'].includes(ctx.lower[j]!)) return false;
  }
  return false;
}

const allCommon = (ctx: EntityContext, a: number, b: number) => {
  for (let k = a; k < b; k++) if (!isCommonWord(ctx.lower[k]!)) return false;
  return true;
};
const anyCommon = (ctx: EntityContext, a: number, b: number) => {
  for (let k = a; k < b; k++) if (isLetters(ctx.words[k]!) && isCommonWord(ctx.lower[k]!)) return true;
  return false;
};

function firstNameScore(w: string): number {
  return Math.max(givenNameScore(w), isKnownFirstName(w.toLowerCase()) ? 0.8 : 0);
}
function lastNameScore(w: string): number {
  return Math.max(surnameScore(w), isKnownLastName(w.toLowerCase()) ? 0.8 : 0);
}

/**
 * Decides what a run of capitalised words names, splitting it where titles, demonyms or hyphens
 * join several names ("Iranian President Masoud Pezeshkian", "Parliament Speaker Numan Kurtulmuş",
 * "Ankara-PKK"). Returns the proposals; an empty list when it names nothing.
 */
export function classifyChunk(ctx: EntityContext, a: number, b: number): MentionCandidate[] {
  if (a >= b) return [];
  const { words, lower } = ctx;
  const n = b - a;

  // 1. The whole run is a known organisation or place.
  const org = matchOrganizationAt(words, a, n);
  const place = matchPlaceAt(words, a, n);
  if (org && org.length === n && !(place && place.length === n && place.entry.kind === 'country')) {
    return [mention(ctx, a, b, 'Organization', 'entities/gazetteer-org', 0.95, { gazetteerId: org.entry.id })];
  }
  if (place && place.length === n) {
    return [mention(ctx, a, b, 'Place', 'entities/gazetteer-place', place.entry.ambiguous ? 0.6 : 0.8, { gazetteerId: place.entry.id })];
  }

  // A lower-case place noun after the run makes it a place: "the Imam Reza shrine", "Imrali island".
  const tail = placeTail(ctx, b);
  if (tail && !(n === 1 && matchTitleAt(words, a)) && !(matchDemonymAt(words, a)?.length === n)) return [mention(ctx, a, tail, 'Place', 'entities/place-head', 0.7)];

  // 2. A title inside: "<left> President <name>", "Japan PM Takaichi".
  for (let k = a; k < b; k++) {
    const t = matchTitleAt(words, k);
    if (!t) continue;
    const r = k + t.length;
    if (r < b && isCap(words[r]!) && !isOrgHead(words[b - 1]!) && !APOSTROPHE_LIKE.has(lower[r]!)) {
      const left = classifyChunk(ctx, a, k);
      const person = personFrom(ctx, r, b, t.title, 'entities/title-person', 0.9);
      return [...left, ...person];
    }
  }

  // 3. Hyphenated known names: "Ankara-PKK", "Russia-Ukraine".
  for (let k = a + 1; k < b - 1; k++) {
    if (!HYPHENS.has(words[k]!)) continue;
    const left = known(ctx, a, k);
    const right = known(ctx, k + 1, b);
    if (left && right) return [...classifyChunk(ctx, a, k), ...classifyChunk(ctx, k + 1, b)];
  }

  // 4. A demonym first: "Iranian President …" was split above; "Turkish Airlines" stays whole when it ends in a head.
  const dem = matchDemonymAt(words, a);
  if (dem) {
    if (dem.length >= n) return [];
    if (!isOrgHead(words[b - 1]!)) return classifyChunk(ctx, a + dem.length, b);
  }

  // 5. Organisation head words: "Central Military Commission", "Korea Institute for National Unification".
  if (isOrgHead(words[b - 1]!) || hasInnerHead(ctx, a, b)) {
    if (n === 1) return [mention(ctx, a, b, 'Organization', 'entities/bare-head', 0.35)];
    return [mention(ctx, a, b, 'Organization', 'entities/org-head', 0.85)];
  }
  // 6. Place head words: "Seoul Railway Station"; a lower-case one after the name: "Imrali island", "the Mosalla mosque".
  if (n > 1 && isPlaceHead(lower[b - 1]!)) return [mention(ctx, a, b, 'Place', 'entities/place-head', 0.75)];
  const orgTail = orgTailAt(ctx, b);
  if (orgTail) return [mention(ctx, a, orgTail, 'Organization', 'entities/org-tail', 0.8)];

  // 8. Acronyms: organisations when the text says so.
  if (n === 1 && isAllCaps(words[a]!)) {
    const cue = (lower[a - 1] !== undefined && isOrgCue(lower[a - 1]!)) || (lower[a + 1] !== undefined && isOrgCue(lower[a + 1]!));
    return [mention(ctx, a, b, 'Organization', cue ? 'entities/acronym-cue' : 'entities/bare-acronym', cue ? 0.7 : 0.3)];
  }

  // 9. People.
  const title = titleBefore(ctx, a);
  if (title) return personFrom(ctx, a, b, title.title, 'entities/title-before', 0.9);
  const appositive = appositiveTitle(ctx, a, b);
  if (appositive && n >= 2) return personFrom(ctx, a, b, appositive, 'entities/appositive', 0.85);
  if (n >= 2 && n <= 4 && firstNameScore(words[a]!) >= 0.5 && !anyCommon(ctx, a + 1, b)) {
    return personFrom(ctx, a, b, undefined, 'entities/given-name', 0.85);
  }
  if (n >= 2 && n <= 4 && affiliationAfter(ctx, b, (k) => orgAt(ctx, k)) && !anyCommon(ctx, a, b)) {
    return personFrom(ctx, a, b, undefined, 'entities/affiliation', 0.75);
  }
  if (n >= 2 && n <= 4 && speechNear(ctx, a, b) && !anyCommon(ctx, a, b)) return personFrom(ctx, a, b, undefined, 'entities/speaker', 0.75);
  if (n >= 2 && n <= 3 && lastNameScore(words[b - 1]!) >= 0.5 && !anyCommon(ctx, a, b)) {
    return personFrom(ctx, a, b, undefined, 'entities/surname', 0.7);
  }

  // 10. Places or organisations inside an otherwise unknown run ("Open Indo-Pacific").
  const inner = innerKnown(ctx, a, b);
  if (inner.length) return inner;

  // 11. Unknown names: two or three capitalised uncommon words are most often a person in news.
  if (n >= 2 && n <= 3 && !anyCommon(ctx, a, b)) return personFrom(ctx, a, b, undefined, 'entities/unknown-name', 0.5);
  if (n === 1 && !allCommon(ctx, a, b)) {
    const speaker = speechNear(ctx, a, b);
    return [mention(ctx, a, b, 'Person', speaker ? 'entities/speaker' : 'entities/unknown-word', speaker ? 0.5 : 0.25)];
  }
  return [];
}

function personFrom(ctx: EntityContext, a: number, b: number, title: string | undefined, rule: string, confidence: number): MentionCandidate[] {
  if (a >= b) return [];
  return [mention(ctx, a, b, 'Person', rule, confidence, title ? { jobTitle: title } : {})];
}

function known(ctx: EntityContext, a: number, b: number): boolean {
  const n = b - a;
  if (n === 1 && isAllCaps(ctx.words[a]!)) return true;
  return matchPlaceAt(ctx.words, a, n)?.length === n || matchOrganizationAt(ctx.words, a, n)?.length === n || lookupOrganization(ctx.words.slice(a, b).join(' ')) !== undefined;
}

function hasInnerHead(ctx: EntityContext, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    if (isOrgHead(ctx.words[k]!) && ['of', 'for', 'on'].includes(ctx.lower[k + 1]!)) return true;
  }
  return false;
}

/** A lower-case place noun right after the name ("Imrali island", "Mosalla mosque"): the end of the place. */
function placeTail(ctx: EntityContext, b: number): number | undefined {
  if (b < ctx.sentence.endToken && ctx.words[b] === ctx.lower[b] && isPlaceHead(ctx.lower[b]!)) return b + 1;
  return undefined;
}

function orgTailAt(ctx: EntityContext, b: number): number | undefined {
  for (const tail of ORG_TAILS) {
    if (tail.every((w, k) => ctx.words[b + k] === w) && b + tail.length <= ctx.sentence.endToken) return b + tail.length;
  }
  return undefined;
}

function innerKnown(ctx: EntityContext, a: number, b: number): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let k = a; k < b; ) {
    const p = matchPlaceAt(ctx.words, k, b - k);
    if (p && !p.entry.ambiguous) {
      out.push(mention(ctx, k, k + p.length, 'Place', 'entities/gazetteer-place', 0.8, { gazetteerId: p.entry.id }));
      k += p.length;
      continue;
    }
    const o = matchOrganizationAt(ctx.words, k, b - k);
    if (o) {
      out.push(mention(ctx, k, k + o.length, 'Organization', 'entities/gazetteer-org', 0.8, { gazetteerId: o.entry.id }));
      k += o.length;
      continue;
    }
    k++;
  }
  return out;
}
