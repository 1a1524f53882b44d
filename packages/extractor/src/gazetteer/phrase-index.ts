import { isSkippable, tokenParts } from './keys.js';

/** Token keys by key function: the place, organisation, title and demonym indexes read the same tokens. */
const MEMOS = new Map<(word: string) => string, Map<string, string[]>>();

/**
 * A node of the word-key trie: the value of the key that ends here, and the words that may follow.
 * Both fields are always there (undefined when absent), so that every node has one hidden class and
 * the walk in `match` reads them the fast way (nodes made as `{}` and given `next` or `value` later
 * had four classes).
 */
interface TrieNode<V> {
  value: V | undefined;
  next: Map<string, TrieNode<V>> | undefined;
}

const trieNode = <V>(): TrieNode<V> => ({ value: undefined, next: undefined });

/**
 * Multi-word names matched against a Doc's token texts. A name is stored under its key: the keys of
 * its words (see keys.ts) joined by single spaces. A token with inner hyphens is read as its parts and
 * a dash or lone apostrophe token inside a name is skipped, so "Guinea-Bissau" matches both ["Guinea-Bissau"] and
 * ["Guinea", "-", "Bissau"]. A match always ends at a token boundary; its length counts tokens.
 * Lookups walk a trie of word keys, one Map probe per word: most tokens are rejected by the first
 * probe, and no key string is built while matching (the memoised word keys keep their hashes).
 */
export class PhraseIndex<V> {
  private readonly values = new Map<string, V>();
  /** Every key, word by word ("khan" → "younis"). */
  private readonly root: TrieNode<V> = trieNode();
  /** Memo of token text → word keys (tokens repeat a lot), shared by every index with the same keyOf. */
  private readonly memo: Map<string, string[]>;

  constructor(private readonly keyOf: (word: string) => string) {
    let memo = MEMOS.get(keyOf);
    if (memo === undefined) MEMOS.set(keyOf, (memo = new Map()));
    this.memo = memo;
  }

  /** Adds a value under a key (word keys joined by spaces); an existing value is kept unless `replace`. */
  add(key: string, value: V, replace = false): void {
    if (!key) return;
    if (!replace && this.values.has(key)) return;
    this.values.set(key, value);
    let node = this.root;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) node.next.set(word, (child = trieNode()));
      node = child;
    }
    node.value = value;
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  get size(): number {
    return this.values.size;
  }

  /** The keys of a token's words (memoised). */
  tokenKeys(token: string): string[] {
    let keys = this.memo.get(token);
    if (keys === undefined) {
      keys = tokenParts(token).map(this.keyOf);
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(token, keys);
    }
    return keys;
  }

  /** Whether some key could start with this token: a cheap test before `match`. */
  mayStart(token: string): boolean {
    const keys = this.tokenKeys(token);
    if (!keys.length || !keys[0]) return false;
    let node: TrieNode<V> | undefined = this.root;
    for (const k of keys) if ((node = node.next?.get(k)) === undefined) return false;
    return true;
  }

  /**
   * The longest key starting at tokens[i], using at most maxTokens tokens.
   * `accept` may refuse a value (e.g. a title that needs a capital letter); a shorter match is then kept.
   */
  match(
    tokens: readonly string[],
    i: number,
    maxTokens = 6,
    accept?: (value: V, length: number) => boolean,
  ): { value: V; length: number } | undefined {
    const first = tokens[i];
    if (first === undefined || isSkippable(first)) return undefined;
    let best: { value: V; length: number } | undefined;
    let node: TrieNode<V> | undefined = this.root;
    const end = Math.min(tokens.length, i + maxTokens);
    for (let j = i; j < end; j++) {
      const tok = tokens[j]!;
      if (j > i && isSkippable(tok)) continue;
      const keys = this.tokenKeys(tok);
      for (let k = 0; k < keys.length && node !== undefined; k++) {
        if (!keys[k]) return best;
        node = node.next?.get(keys[k]!);
      }
      if (node === undefined) break;
      const v = node.value;
      if (v !== undefined && (!accept || accept(v, j - i + 1))) best = { value: v, length: j - i + 1 };
      if (node.next === undefined) break;
    }
    return best;
  }
}
