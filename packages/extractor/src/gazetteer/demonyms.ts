import { placesData } from './data.js';
import { nameKeyOf, wordKey } from './keys.js';
import { places } from './places.js';
import { PhraseIndex } from './phrase-index.js';
import type { PlaceEntry } from './types.js';

interface Demonym {
  country: number;
  plural: boolean;
}

let cache: { byKey: Map<string, Demonym>; names: PhraseIndex<Demonym> } | undefined;

function demonyms() {
  if (cache) return cache;
  const byKey = new Map<string, Demonym>();
  const names = new PhraseIndex<Demonym>(wordKey);
  for (const [key, country, plural] of placesData().demonyms) {
    const d = { country, plural: plural === 1 };
    byKey.set(key, d);
    names.add(key, d);
  }
  return (cache = { byKey, names });
}

/** Demonyms are written with a capital ("Polish" troops, not "polish"; "Turks", not "turks"). */
const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/**
 * "Iranian", "Iranians", "North Korean", "Turkish", "Ukrainian", "British", "Britons", "Swiss" → the country;
 * undefined when not a demonym. `plural` is true for forms that are only plural ("Iranians", "Filipinos");
 * forms used for both ("Swiss", "Japanese") say false. The word must start with a capital letter.
 */
export function lookupDemonym(word: string): { country: PlaceEntry; plural: boolean } | undefined {
  const w = word.trim();
  if (!capitalised(w)) return undefined;
  const d = demonyms().byKey.get(nameKeyOf(w));
  return d ? { country: places().entry(d.country), plural: d.plural } : undefined;
}

/** Whether some demonym could start with this token (a cheap test before matchDemonymAt). */
export function mayStartDemonym(token: string): boolean {
  return capitalised(token) && demonyms().names.mayStart(token);
}

/** The longest demonym starting at tokens[i] ("North", "Korean" → KP, length 2). */
export function matchDemonymAt(tokens: readonly string[], i: number): { country: PlaceEntry; plural: boolean; length: number } | undefined {
  if (!capitalised(tokens[i])) return undefined;
  const m = demonyms().names.match(tokens, i, 4);
  return m ? { country: places().entry(m.value.country), plural: m.value.plural, length: m.length } : undefined;
}
