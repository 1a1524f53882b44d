import { namesData } from './data.js';
import { titleKey } from './keys.js';

let tables: { given: Map<string, number>; family: Map<string, number> } | undefined;

/** "Name score" lines (score in hundredths) → Map. */
function table(lines: string): Map<string, number> {
  const m = new Map<string, number>();
  let start = 0;
  while (start < lines.length) {
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    const sp = lines.lastIndexOf(' ', end);
    if (sp > start) m.set(lines.slice(start, sp), Number(lines.slice(sp + 1, end)) / 100);
    start = end + 1;
  }
  return m;
}

function scores() {
  if (tables) return tables;
  const d = namesData();
  return (tables = { given: table(d.given), family: table(d.family) });
}

/** Lower-case words are not names in English text; an all-capitals word is read as its title-case form. */
function key(word: string): string | undefined {
  const w = word.trim();
  if (!/^\p{Lu}/u.test(w)) return undefined;
  return titleKey(w);
}

/**
 * How likely a capitalised word is a given name, 0..1: from how often it starts a multi-word person
 * name in CoNLL-2003 and GMB against all its other uses, backed by a hand-kept list of given names
 * from many languages (Olena, Hiroshi, Fatima). Words known as places, titles, demonyms or
 * organisation heads score 0 ("Korea", "President", "Party"). Note that family names written
 * first (Kim, Xi) score as given names: they start person names.
 */
export function givenNameScore(word: string): number {
  const k = key(word);
  return k === undefined ? 0 : (scores().given.get(k) ?? 0);
}

/** Likewise for family names (the last word of multi-word person names, and one-word person mentions). */
export function surnameScore(word: string): number {
  const k = key(word);
  return k === undefined ? 0 : (scores().family.get(k) ?? 0);
}
