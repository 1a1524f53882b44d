import { lexiconSet, loadResource } from '../resources.js';

/** Capitalised: starts with an upper-case letter ("Kim", "KCNA", "Türkiye"). */
export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
/** All capitals, two letters or more: an acronym or a shouted word ("PKK", "U.S.", "AT"). */
export const isAllCaps = (w: string): boolean => w.length >= 2 && /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
/** An acronym: two to ten capitals, digits and dots ("PKK", "U.S.", "G7"). */
export const isAcronym = (w: string): boolean => /^[\p{Lu}\d.&-]{2,10}$/u.test(w);
const POSSESSIVE = new Set(["'s", '’s']);
/** A possessive token as wink splits it: "'s" or "’s". */
export const isPossessive = (lower: string | undefined): boolean => lower !== undefined && POSSESSIVE.has(lower);
export const isLetters = (w: string): boolean => /^[\p{L}\p{M}]+$/u.test(w);
/** A word that can be part of a name: letters (with inner dots or apostrophes: "U.S.", "O'Brien"). */
export const isNameWord = (w: string): boolean => /^\p{Lu}[\p{L}\p{M}.'’\d]*$/u.test(w);

const WEEKDAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const isDateWord = (lower: string): boolean => WEEKDAYS_MONTHS.has(lower);

let common: Set<string> | undefined;
/** A word written in lower case at least as often as capitalised mid-sentence in news text (derived from the training corpora). */
export function isCommonWord(lower: string): boolean {
  common ??= new Set(loadResource<{ common: string[] }>('word-casing.json').common);
  return common.has(lower);
}

let names: { first: Set<string>; last: Set<string> } | undefined;
/** compromise's first and family names, compiled into resources/known-names.json (see scripts/compile-known-names.ts). */
function knownNames(): { first: Set<string>; last: Set<string> } {
  if (!names) {
    const { first, last } = loadResource<{ first: string[]; last: string[] }>('known-names.json');
    names = { first: new Set(first), last: new Set(last) };
  }
  return names;
}
/** compromise's lexicon knows the word as a first name. */
export const isKnownFirstName = (lower: string): boolean => knownNames().first.has(lower);
/** compromise's lexicon knows the word as a family name. */
export const isKnownLastName = (lower: string): boolean => knownNames().last.has(lower);

export const isParticle = (lower: string): boolean => lexiconSet('entities/name-particles').has(lower);
export const isNonName = (w: string): boolean => lexiconSet('entities/non-names').has(w.toLowerCase());
export const isSpeechVerb = (lower: string): boolean => lexiconSet('entities/speech-verbs').has(lower);
export const isPlaceHead = (lower: string): boolean => lexiconSet('entities/place-heads').has(lower);
export const isHyphenModifier = (lower: string): boolean => lexiconSet('entities/hyphen-modifiers').has(lower);
export const isOrgCue = (lower: string): boolean => lexiconSet('entities/org-cues').has(lower);
export const isNameConnector = (lower: string): boolean => lexiconSet('entities/name-connectors').has(lower);
