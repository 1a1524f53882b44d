/**
 * The first and family names that compromise's lexicon knows, compiled into
 * resources/known-names.json so that the extractor reads two word lists instead of loading all of
 * compromise (its lexicon, tagger and code) into every process and worker only to ask whether a
 * word is a name.
 */
import nlp from 'compromise';

export interface KnownNames {
  /** Lower-cased words compromise tags FirstName, MaleName or FemaleName. */
  first: string[];
  /** Lower-cased words compromise tags LastName. */
  last: string[];
}

const FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);

export function compileKnownNames(): KnownNames {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const first: string[] = [];
  const last: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => FIRST.has(t))) first.push(word);
    if (tags.includes('LastName')) last.push(word);
  }
  return { first: first.sort(), last: last.sort() };
}
