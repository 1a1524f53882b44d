import type { Doc, Sentence, Token } from '../doc/doc.js';
import { isOrgHead, matchDemonymAt, matchOrganizationAt, matchPlaceAt, matchTitleAt } from '../gazetteer/index.js';
import {
  isCap,
  isCommonWord,
  isDateWord,
  isHyphenModifier,
  isLetters,
  isNameConnector,
  isNameWord,
  isNonName,
  isParticle,
  isPlaceHead,
  isPossessive,
} from './words.js';

/** A run of tokens doc.tokens[a .. b) that reads as one name. */
export interface Chunk {
  a: number;
  b: number;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', ':', '«']);
const APOSTROPHES = new Set(["'", '’']);

/** Nothing but white space between two tokens? */
const glued = (x: Token, y: Token) => x.end === y.start;

/** A position where any word is capitalised: a sentence's start, or after an opening quote or bracket. */
export function atCapitalisedPosition(doc: Doc, s: Sentence, i: number): boolean {
  if (i === s.firstToken) return true;
  const prev = doc.tokens[i - 1]!;
  return OPENERS.has(prev.text);
}

/**
 * A headline or subhead is in title case when most of its common words are capitalised, and any
 * sentence is when it is written in capitals: then capitals say nothing, and only known names are
 * taken from it. Body sentences full of names ("the Norwegian Refugee Council and the Kenya
 * Wildlife Service …") are read normally.
 */
export function isTitleCase(doc: Doc, s: Sentence): boolean {
  const kind = doc.sections[s.section]?.kind;
  let upper = 0;
  let letters = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (!isLetters(t.text)) continue;
    letters++;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) upper++;
  }
  if (letters >= 3 && upper / letters > 0.6) return true;
  if (kind !== 'headline' && kind !== 'subhead') return false;
  // Only headlines and subheads are read for title case: which of their common words are capitalised.
  let words = 0;
  let caps = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (!isLetters(t.text) || t.text.length < 4 || !isCommonWord(t.lower)) continue;
    words++;
    if (isCap(t.text)) caps++;
  }
  return words === 0 || caps / words > 0.5;
}

function canStart(doc: Doc, s: Sentence, i: number, words: readonly string[]): boolean {
  const t = doc.tokens[i]!;
  if (!isNameWord(t.text) || isNonName(t.text) || isDateWord(t.lower)) return false;
  // "The", "Officials", "Under" at the start of a sentence are not names, unless a known name starts
  // there ("Amnesty International condemned …").
  if (atCapitalisedPosition(doc, s, i) && isCommonWord(t.lower)) {
    const known = matchOrganizationAt(words, i) ?? matchPlaceAt(words, i);
    return known !== undefined && known.length > 1;
  }
  return true;
}

const canContinue = (t: Token) => isNameWord(t.text) && !isNonName(t.text) && !isDateWord(t.lower);

/** Does the chunk so far contain a head word that takes a complement ("Institute for …", "Ministry of …")? */
function hasHead(doc: Doc, a: number, j: number): boolean {
  for (let k = a; k < j; k++) {
    const w = doc.tokens[k]!.text;
    if (isCap(w) && (isOrgHead(w) || isPlaceHead(w.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Does tokens [a, b) already hold a name of its own (a title, a known place, organisation or
 * demonym)? Then "and" after it starts another name: "First Vice President Mohammad Reza Aref and
 * Revolutionary Guards commander …", "Iran and the United States".
 */
function namesSomething(words: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (matchTitleAt(words, k) || matchDemonymAt(words, k)) return true;
    const p = matchPlaceAt(words, k, b - k);
    if (p && !p.entry.ambiguous) return true;
    if (matchOrganizationAt(words, k, b - k)) return true;
  }
  return false;
}

/** The end of the capitalised run starting at k (exclusive). */
function capRun(doc: Doc, k: number, end: number): number {
  while (k < end && canContinue(doc.tokens[k]!)) k++;
  return k;
}

/**
 * Splits a sentence into runs of capitalised words that may be names, joining them over name
 * particles ("bin", "al-"), hyphens ("Young-joon", "Indo-Pacific"), plural apostrophes ("Workers'
 * Party"), a possessive before a head word ("Worker's Party", "People's Republic"), connectors after
 * a head word ("Institute for National Unification", "Ministry of the Interior") and "and" between
 * two parts of one organisation ("Peoples' Equality and Democracy Party").
 */
export function chunkSentence(doc: Doc, s: Sentence, words: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  const tk = doc.tokens;
  const end = s.endToken;
  let i = s.firstToken;
  while (i < end) {
    if (!canStart(doc, s, i, words)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j >= end) break;
      const u = tk[j]!;
      if (canContinue(u)) {
        j++;
        continue;
      }
      const next = tk[j + 1];
      // Hyphenated: "Young-joon", "Indo-Pacific", "Ankara-PKK"; but "US-based" ends the name before the hyphen.
      if ((u.text === '-' || u.text === '‑') && next && glued(tk[j - 1]!, u) && glued(u, next) && /^\p{L}/u.test(next.text)) {
        if (isHyphenModifier(next.lower)) break;
        j += 2;
        continue;
      }
      // "Workers' Party", "Peoples' Equality"
      if (APOSTROPHES.has(u.text) && next && glued(tk[j - 1]!, u) && /s$/i.test(tk[j - 1]!.text) && canContinue(next)) {
        j += 1;
        continue;
      }
      // "Worker's Party", "People's Republic": a possessive inside a name only before a head word.
      if (isPossessive(u.lower) && next && canContinue(next) && isOrgHead(next.text)) {
        j += 1;
        continue;
      }
      // Name particles: "Ursula von der Leyen", "Abu Bakr al Baghdadi".
      if (isParticle(u.lower) && u.text === u.lower) {
        let k = j;
        while (k < end && isParticle(tk[k]!.lower) && tk[k]!.text === tk[k]!.lower) k++;
        if (k < end && canContinue(tk[k]!) && k - j <= 2) {
          j = k;
          continue;
        }
        break;
      }
      // "Institute for National Unification", "Ministry of the Interior" — not "Commission of the North's Workers' Party".
      if (isNameConnector(u.lower) && u.text === u.lower && hasHead(doc, i, j)) {
        let k = j + 1;
        if (tk[k]?.lower === 'the') k++;
        const runEnd = capRun(doc, k, end);
        if (runEnd > k && !isPossessive(tk[runEnd]?.lower)) {
          j = runEnd;
          continue;
        }
        break;
      }
      // "Peoples' Equality and Democracy Party": "and" inside one organisation's name.
      if (u.lower === 'and' && u.text === 'and') {
        const runEnd = capRun(doc, j + 1, end);
        if (runEnd > j + 1 && isOrgHead(tk[runEnd - 1]!.text) && !isOrgHead(tk[j - 1]!.text) && runEnd - (j + 1) <= 3 && !namesSomething(words, i, j)) {
          j = runEnd;
          continue;
        }
        break;
      }
      break;
    }
    out.push({ a: i, b: j });
    i = j;
  }
  return out;
}
