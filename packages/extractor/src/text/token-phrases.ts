import type { Token } from '../doc/doc.js';

/** A phrase of one or more lower-cased words, with what it stands for. */
export interface Phrase<T> {
  words: readonly string[];
  data: T;
}

/** A match of a phrase on doc.tokens: tokens [start, end). */
export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  start: number;
  end: number;
}

/**
 * Multi-word phrases indexed by their first and by their last word, so that a phrase starting or
 * ending at a token is found with one Map lookup and a few comparisons (longest phrase first).
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byLast = new Map<string, Phrase<T>[]>();

  add(text: string, data: T): void {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const phrase: Phrase<T> = { words, data };
    push(this.byFirst, words[0]!, phrase);
    push(this.byLast, words[words.length - 1]!, phrase);
  }

  /** The longest phrase whose first word is tokens[i], ending before `limit`. */
  matchAt(tokens: readonly Token[], i: number, limit: number, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    for (const phrase of this.byFirst.get(tokens[i]!.lower) ?? []) {
      if (startsAt(tokens, i, limit, phrase) && (!accept || accept(phrase.data))) return { phrase, start: i, end: i + phrase.words.length };
    }
    return undefined;
  }

  /** Every phrase whose first word is tokens[i], longest first. */
  allAt(tokens: readonly Token[], i: number, limit: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (const phrase of this.byFirst.get(tokens[i]!.lower) ?? []) {
      if (startsAt(tokens, i, limit, phrase)) out.push({ phrase, start: i, end: i + phrase.words.length });
    }
    return out;
  }

  /** The longest phrase whose last word is tokens[j], starting no earlier than `floor`. */
  matchEndingAt(tokens: readonly Token[], j: number, floor: number, accept?: (data: T) => boolean): PhraseMatch<T> | undefined {
    const list = this.byLast.get(tokens[j]!.lower);
    if (!list) return undefined;
    for (const phrase of list) {
      const n = phrase.words.length;
      const start = j - n + 1;
      if (start < floor) continue;
      let ok = true;
      for (let k = 0; k < n - 1; k++) {
        if (tokens[start + k]!.lower !== phrase.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok && (!accept || accept(phrase.data))) return { phrase, start, end: j + 1 };
    }
    return undefined;
  }

  /** The words phrases begin with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Sorts each list longest phrase first; call once after the last add. */
  freeze(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
    return this;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Do the phrase's words stand at tokens[i …], ending before `limit`? (Its first word is known to match.) */
function startsAt<T>(tokens: readonly Token[], i: number, limit: number, phrase: Phrase<T>): boolean {
  const n = phrase.words.length;
  if (i + n > limit) return false;
  for (let k = 1; k < n; k++) if (tokens[i + k]!.lower !== phrase.words[k]) return false;
  return true;
}
