import { fold } from '../text/fold.js';

/**
 * How names and tokens are compared. A name is split into words the way wink-nlp splits text into
 * tokens (spaces, hyphens, and "," "&" "/" "(" ")" as words of their own); each word is compared
 * by its key: diacritics folded, lower case, periods and apostrophes removed, "&" read as "and".
 * "Côte d'Ivoire" → ["cote", "divoire"], "Washington, D.C." → ["washington", ",", "dc"].
 */

const STRIP_RE = /[.'`\u2018\u2019\u02bc\u02bb\u02be\u02bf]/g;
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015']);
const DASH_RE = /[-\u2010-\u2015]/;
const SPLIT_DASH_RE = /[-\u2010-\u2015]+/;

/** The case-insensitive key of one word or token: "Kurtulmuş" → "kurtulmus", "U.S." → "us", "&" → "and". */
export function wordKey(word: string): string {
  if (word === '&') return 'and';
  return fold(word).toLowerCase().replace(STRIP_RE, '');
}

/** The case-sensitive key of one word or token (acronyms): diacritics and quotes folded, case and periods kept. */
export function exactKey(word: string): string {
  return fold(word).replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** True for a token that is only a dash ("-", "–", "—"). */
export function isDash(token: string): boolean {
  return DASHES.has(token);
}

/** Tokens skipped inside a multi-word name: dashes and lone apostrophes ("Workers", "'", "Party"). */
export function isSkippable(token: string): boolean {
  return DASHES.has(token) || token === "'" || token === '\u2019';
}

/** The parts of a hyphenated token ("Guinea-Bissau" → ["Guinea", "Bissau"]); the token itself when it has no inner dash. */
export function tokenParts(token: string): string[] {
  if (token.length < 3 || !DASH_RE.test(token)) return [token];
  const parts = token.split(SPLIT_DASH_RE).filter((p) => p.length > 0);
  return parts.length > 0 ? parts : [token];
}

/** Splits a name into the words a matcher compares: "Washington, D.C." → ["Washington", ",", "D.C."]. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/([,&/()])/g, ' $1 ').split(/\s+/)) {
    if (!raw) continue;
    // wink-nlp splits "People's" into "People" + "'s" and "Workers'" into "Workers" + "'".
    const poss = POSSESSIVE_RE.exec(raw);
    const word = poss ? poss[1]! : raw.replace(TRAILING_APOS_RE, '');
    if (!word) continue;
    for (const p of tokenParts(word)) if (!isDash(p)) out.push(p);
    if (poss) out.push(poss[2]!);
  }
  return out;
}

const POSSESSIVE_RE = /^(.+?)(['\u2019][sS])$/;
const TRAILING_APOS_RE = /['\u2019]+$/;

/** The lookup key of a whole name: its word keys joined by spaces, without a leading "the" or a final possessive. */
export function nameKeyOf(name: string): string {
  const words = nameWords(name.trim().replace(/['\u2019][sS]?$/, '')).map(wordKey).filter((w) => w.length > 0);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** The key of a whole name as a phrase to match in text: like nameKeyOf, but a leading "The" is kept ("The Hague"). */
export function phraseKeyOf(name: string): string {
  return nameWords(name.trim()).map(wordKey).filter((w) => w.length > 0).join(' ');
}

/** The exact (case-sensitive) key of a whole name, for acronyms: word exact keys joined by spaces. */
export function exactNameKeyOf(name: string): string {
  return nameWords(name).map(exactKey).join(' ');
}

/**
 * True when a name should only match with its exact case: one word with no lower-case letter
 * ("US", "U.S.", "DPRK", "ISIS-K"), or a short unbroken word mixing capitals ("AfD", "BiH", "PiS"; not "Al-Hol").
 */
export function isCaseSensitiveName(name: string): boolean {
  const s = name.trim();
  if (/\s/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return /\d/.test(s);
  if (!/\p{Ll}/u.test(letters)) return letters.length <= 8 || /\d/.test(s);
  const caps = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length <= 5 && caps >= 2 && /^[\p{L}\d]+$/u.test(s);
}

/** "MOHAMMED" / "mohammed" / "Mohammed" → "Mohammed": the key of the name-score tables. */
export function titleKey(word: string): string {
  const f = fold(word).replace(STRIP_RE, '');
  if (!f) return f;
  return f.charAt(0).toUpperCase() + f.slice(1).toLowerCase();
}

/** True when a token starts with an ASCII lower-case letter: names in exact case (US, WHO, PM) never do. */
export function startsLower(token: string | undefined): boolean {
  const c = token === undefined ? 0 : token.charCodeAt(0);
  return c >= 97 && c <= 122;
}
