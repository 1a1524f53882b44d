import { isSkippable, tokenParts } from './keys.js';

/**
 * Multi-word names matched against a Doc's token texts. A name is stored under its key: the keys of
 * its words (see keys.ts) joined by single spaces. A token with inner hyphens is read as its parts and
 * a dash or lone apostrophe token inside a name is skipped, so "Guinea-Bissau" matches both ["Guinea-Bissau"] and
 * ["Guinea", "-", "Bissau"]. A match always ends at a token boundary; its length counts tokens.
 * Lookups cost one Map probe per token: most tokens are rejected by the first probe.
 */
export class PhraseIndex<V> {
  private readonly values = new Map<string, V>();
  /** Proper prefixes of multi-word keys ("khan" for "khan younis"). */
  private readonly prefixes = new Set<string>();
  /** Memo of token text → word keys, shared by all lookups (tokens repeat a lot). */
  private readonly memo = new Map<string, string[]>();

  constructor(private readonly keyOf: (word: string) => string) {}

  /** Adds a value under a key (word keys joined by spaces); an existing value is kept unless `replace`. */
  add(key: string, value: V, replace = false): void {
    if (!key) return;
    if (replace || !this.values.has(key)) this.values.set(key, value);
    for (let p = key.indexOf(' '); p > 0; p = key.indexOf(' ', p + 1)) this.prefixes.add(key.slice(0, p));
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
    const k = keys.length === 1 ? keys[0] : keys.join(' ');
    return this.values.has(k) || this.prefixes.has(k);
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
    let acc = '';
    const end = Math.min(tokens.length, i + maxTokens);
    for (let j = i; j < end; j++) {
      const tok = tokens[j]!;
      if (j > i && isSkippable(tok)) continue;
      const keys = this.tokenKeys(tok);
      for (const k of keys) {
        if (!k) return best;
        acc = acc ? acc + ' ' + k : k;
      }
      const v = this.values.get(acc);
      if (v !== undefined && (!accept || accept(v, j - i + 1))) best = { value: v, length: j - i + 1 };
      if (!this.prefixes.has(acc)) break;
    }
    return best;
  }
}
