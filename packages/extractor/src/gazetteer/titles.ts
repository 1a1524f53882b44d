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
  const tok = tokens[i];
  if (tok === undefined || !mayStartTitle(tok)) return undefined;
  return matchSingularTitleAt(tokens, i) ?? matchPluralTitleAt(tokens, i);
}

/** Whether a title could start at this token, itself or as the singular of a one-word plural title. */
const mayStartMemo = new Map<string, boolean>();
export function mayStartTitle(tok: string): boolean {
  let v = mayStartMemo.get(tok);
  if (v === undefined) {
    if (mayStartMemo.size > 100_000) mayStartMemo.clear();
    mayStartMemo.set(tok, (v = computeMayStartTitle(tok)));
  }
  return v;
}

function computeMayStartTitle(tok: string): boolean {
  const t = titles();
  if (t.names.mayStart(tok) || t.exactNames.mayStart(tok)) return true;
  const one = singular(tok);
  return one !== undefined && (t.names.mayStart(one) || t.exactNames.mayStart(one));
}

/** The singular of a plural role word: "lawmakers" → "lawmaker", "spokesmen" → "spokesman", "secretaries" → "secretary". */
function singular(w: string): string | undefined {
  if (/men$/.test(w) && w.length > 4) return w.slice(0, -3) + 'man';
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/[^s]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return undefined;
}

/** A title whose last word is plural, naming several people: "lawmakers Pervin Buldan, …", "foreign ministers". */
function matchPluralTitleAt(tokens: readonly string[], i: number): { title: string; length: number } | undefined {
  for (let k = Math.min(tokens.length, i + 8) - 1; k >= i; k--) {
    const one = singular(tokens[k]!);
    if (!one) continue;
    const window = tokens.slice(i, k);
    window.push(one);
    const m = matchSingularTitleAt(window, 0);
    if (m && m.length === k - i + 1) return m;
  }
  return undefined;
}

function matchSingularTitleAt(tokens: readonly string[], i: number): { title: string; length: number } | undefined {
  const t = titles();
  const tok = tokens[i];
  if (tok === undefined) return undefined;
  const upper = /^\p{Lu}/u.test(tok);
  const a = t.names.match(tokens, i, 8, (v) => !v.capFirst || upper);
  const b = startsLower(tok) ? undefined : t.exactNames.match(tokens, i, 8);
  const best = b && (!a || b.length > a.length) ? b : a;
  return best ? { title: best.value.title, length: best.length } : undefined;
}
