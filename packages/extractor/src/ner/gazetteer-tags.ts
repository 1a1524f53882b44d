import { isOrgHead, matchDemonymAt, matchOrganizationAt, matchPlaceAt, matchTitleAt, mayStartDemonym, mayStartOrganization, mayStartPlace, mayStartTitle } from '../gazetteer/index.js';
import { isCap, isCommonWord, isKnownFirstName, isKnownLastName, isPlaceHead } from '../entities/words.js';

/** Which kinds of known names may start at a word (see mayStartPhrases), so that most words cost no lookup. */
export interface PhraseStarts {
  place: boolean;
  organization: boolean;
  demonym: boolean;
  title: boolean;
}

export function mayStartPhrases(w: string): PhraseStarts {
  const cap = isCap(w);
  return {
    place: cap && mayStartPlace(w),
    organization: cap && mayStartOrganization(w),
    demonym: cap && mayStartDemonym(w),
    title: mayStartTitle(w),
  };
}

/**
 * Where known names stand in a sentence, as short strings the tagger hashes into features: where a
 * known place, organisation, demonym or title starts or continues ("place-B-country", "org-I").
 * Known names are evidence, not answers: the model learns how far to trust them. Names are looked
 * up only where a capitalised word starts them; titles ("prime minister") anywhere.
 */
export function phraseTags(words: readonly string[], starts: (i: number) => PhraseStarts): (string[] | undefined)[] {
  const n = words.length;
  const tags: (string[] | undefined)[] = new Array(n);
  const mark = (i: number, len: number, kind: string) => {
    (tags[i] ??= []).push(`${kind}-B`);
    for (let k = i + 1; k < i + len; k++) (tags[k] ??= []).push(`${kind}-I`);
  };
  let placeEnd = 0;
  let orgEnd = 0;
  let otherEnd = 0;
  for (let i = 0; i < n; i++) {
    const may = starts(i);
    if (may.place && i >= placeEnd) {
      const p = matchPlaceAt(words, i);
      if (p) {
        mark(i, p.length, `place-${p.entry.kind}${p.entry.ambiguous ? '?' : ''}`);
        placeEnd = i + p.length;
      }
    }
    if (may.organization && i >= orgEnd) {
      const o = matchOrganizationAt(words, i);
      if (o) {
        mark(i, o.length, 'org');
        orgEnd = i + o.length;
      }
    }
    if (i >= otherEnd) {
      const d = may.demonym ? matchDemonymAt(words, i) : undefined;
      const t = d || !may.title ? undefined : matchTitleAt(words, i);
      if (d) mark(i, d.length, 'demonym');
      else if (t) mark(i, t.length, 'title');
      otherEnd = i + (d?.length ?? t?.length ?? 0);
    }
  }
  return tags;
}

/**
 * Facts about one word, whatever its sentence: a first or last name in compromise's lexicon, an
 * organisation or place head word, a word usually written in lower case. (The name statistics the
 * rules use are counted from CoNLL-2003's training set itself, so as features they would teach the
 * tagger to trust a list that knows every training name; compromise's lexicon does not.)
 */
export function wordTags(w: string): string[] {
  const lower = w.toLowerCase();
  const tags: string[] = [];
  if (isKnownFirstName(lower)) tags.push('first-name');
  if (isKnownLastName(lower)) tags.push('last-name');
  if (isOrgHead(w)) tags.push('org-head');
  if (isPlaceHead(lower)) tags.push('place-head');
  if (isCommonWord(lower)) tags.push('common');
  return tags;
}
