import { isAllCaps, isCap } from '../entities/words.js';

/**
 * What the rest of the article says about a word: whether it is also written in lower case
 * somewhere ("Officials" at a sentence start is the common word "officials"), and whether it is
 * written capitalised in the middle of an ordinary sentence (so "KURTULMUS" in a headline, or
 * "Takaichi" first in a sentence, is the name seen elsewhere). Non-local evidence of this kind is
 * what lets a tagger read headlines and sentence starts (Ratinov and Roth 2009).
 */
export interface DocContext {
  lowerSeen: ReadonlySet<string>;
  capitalisedMid: ReadonlySet<string>;
  /** Which of the article's sentences are shouted (see isShouted), by their word arrays. */
  shouted: WeakMap<readonly string[], boolean>;
}

/** Whether most of a sentence's words are in capitals: a headline or a shouted line. */
export function isShouted(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    letters++;
    if (isAllCaps(w)) upper++;
  }
  return letters >= 2 && upper / letters > 0.6;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capitalisedMid = new Set<string>();
  const shoutedLines = new WeakMap<readonly string[], boolean>();
  for (const words of sentences) {
    const shouted = isShouted(words);
    shoutedLines.set(words, shouted);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const lower = w.toLowerCase();
      if (lower === w.toUpperCase()) continue;
      if (w === lower) lowerSeen.add(lower);
      else if (!shouted && i > 0 && isCap(w) && /\p{L}/u.test(words[i - 1]!)) capitalisedMid.add(lower);
    }
  }
  return { lowerSeen, capitalisedMid, shouted: shoutedLines };
}
