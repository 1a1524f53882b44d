import { lexiconData } from './data.js';
import { exactKey, startsLower, wordKey } from './keys.js';
import { PhraseIndex } from './phrase-index.js';

interface Title {
  title: string;
  /** The first word must be capitalised ("General", not the adjective "general"). */
  capFirst: boolean;
}

let cache: { names: PhraseIndex<Title>; exactNames: PhraseIndex<Title> } | undefined;

function titles() {
  if (cache) return cache;
  const names = new PhraseIndex<Title>(wordKey);
  const exactNames = new PhraseIndex<Title>(exactKey);
  for (const [key, title, flags] of lexiconData().titles) (flags & 2 ? exactNames : names).add(key, { title, capFirst: (flags & 1) !== 0 });
  return (cache = { names, exactNames });
}

/**
 * Person titles and roles: the longest title starting at tokens[i] ("Prime Minister", "First Vice
 * President", "Supreme Leader", "chief government spokesman") with a normalised title ("prime minister").
 * Case-insensitive, except titles that are also common words ("General", "Major", "Justice") which need a
 * capital, and abbreviations in capitals ("PM", "MP") which need their case.
 */
export function matchTitleAt(tokens: readonly string[], i: number): { title: string; length: number } | undefined {
  const t = titles();
  const tok = tokens[i];
  if (tok === undefined) return undefined;
  const upper = /^\p{Lu}/u.test(tok);
  const a = t.names.match(tokens, i, 8, (v) => !v.capFirst || upper);
  const b = startsLower(tok) ? undefined : t.exactNames.match(tokens, i, 8);
  const best = b && (!a || b.length > a.length) ? b : a;
  return best ? { title: best.value.title, length: best.length } : undefined;
}
