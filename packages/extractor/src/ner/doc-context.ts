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

/** What the document context needs of a word; the tagger has it cached per word type (WordInfo). */
export interface WordCase {
  lower: string;
  /** Has a letter with case: lower and upper case differ. */
  cased: boolean;
  capitalised: boolean;
  allCaps: boolean;
  /** Has a letter of any script. */
  letter: boolean;
}

export function wordCase(w: string): WordCase {
  const lower = w.toLowerCase();
  return { lower, cased: lower !== w.toUpperCase(), capitalised: isCap(w), allCaps: isAllCaps(w), letter: /\p{L}/u.test(w) };
}

/** Whether most of a sentence's words are in capitals: a headline or a shouted line. `cases` may give each word's case, cached. */
export function isShouted(words: readonly string[], cases?: readonly WordCase[]): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < words.length; i++) {
    const c = cases?.[i] ?? wordCase(words[i]!);
    if (!c.cased) continue;
    letters++;
    if (c.allCaps) upper++;
  }
  return letters >= 2 && upper / letters > 0.6;
}

/** The context of an article's sentences; `cases` may give each word's case, cached (WordInfo). */
export function docContext(sentences: readonly (readonly string[])[], cases?: readonly (readonly WordCase[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capitalisedMid = new Set<string>();
  const shoutedLines = new WeakMap<readonly string[], boolean>();
  sentences.forEach((words, s) => {
    const sentenceCases = cases?.[s];
    const shouted = isShouted(words, sentenceCases);
    shoutedLines.set(words, shouted);
    let prev: WordCase | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const c = sentenceCases?.[i] ?? wordCase(w);
      if (c.cased) {
        if (w === c.lower) lowerSeen.add(c.lower);
        else if (!shouted && i > 0 && c.capitalised && prev!.letter) capitalisedMid.add(c.lower);
      }
      prev = c;
    }
  });
  return { lowerSeen, capitalisedMid, shouted: shoutedLines };
}
