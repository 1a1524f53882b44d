import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink-nlp's (undocumented) vocabulary cache that its tokenizer calls. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

type FeatureFns = Record<string, (text: string, category: number, cache: WinkCache) => unknown>;

let instance: Nlp | undefined;
/** The words wink has learnt while reading the current article. */
let learnt = new Set<string>();

/**
 * The process's one wink-nlp instance (a second instance breaks some of its patterns), with only the
 * sentence splitter and the part-of-speech tagger: its NER, negation and sentiment steps would
 * halve the speed for nothing the pipeline reads.
 */
export function wink(): Nlp {
  instance ??= createInstance();
  return instance;
}

/**
 * Starts an article: the words wink learnt from earlier articles no longer change how it splits
 * this one. wink adds every unknown word it meets to its vocabulary, and its tokenizer then keeps a
 * known word whole: once "Weisfield's" has been learnt, later articles read it as one token instead
 * of "Weisfield" + "'s". Without this, an article's record would depend on what the process read
 * before it (so on --workers, --shard and --resume).
 */
export function beginArticle(): void {
  learnt = new Set();
}

/**
 * Learnt words that are safe to show: wink's tokenizer keeps a word of ASCII letters or of digits
 * whole whether or not it knows it (it splits only at punctuation and non-ASCII letters), so hiding
 * them would only make it slower (about 12%: every name and number would go the long way again).
 */
const PLAIN = /^(?:[A-Za-z]+|[0-9]+)$/;

/**
 * wink's cache is private; its feature functions receive it when wink learns a word, so one word is
 * read at start-up to reach it. Its lookups (which the tokenizer uses to decide whether to split)
 * then see a learnt word only if the current article taught it, or if it is PLAIN. The learnt words
 * themselves stay in the cache, so hiding them adds nothing per article (the vocabulary still grows
 * with each word never met before, as wink's always does: the CLI replaces a worker whose heap has
 * grown, see workerRecycleMb in the CLI's extract-pool.ts); a word keeps the
 * features wink gave it when it first met it (its token type among them), which could still differ
 * from a fresh process's in a rare case: none was seen in 2,776 articles read forwards and backwards.
 */
function createInstance(): Nlp {
  let cache: WinkCache | undefined;
  const spy = Object.assign(Object.create(null) as object, model, {
    featureFn(config: unknown): FeatureFns {
      const fns = (model as unknown as { featureFn(c: unknown): FeatureFns }).featureFn(config);
      for (const key of Object.keys(fns)) {
        const fn = fns[key]!;
        fns[key] = (text, category, c) => {
          cache ??= c;
          return fn(text, category, c);
        };
      }
      return fns;
    },
  }) as typeof model;
  const nlp = winkNLP(spy, ['sbd', 'pos']);
  nlp.readDoc('Zqxjvwkq');
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function') {
    throw new Error('wink-nlp: its vocabulary cache could not be reached (has wink-nlp changed?)');
  }
  const c = cache;
  const intrinsic = c.intrinsicSize();
  const lookup = c.lookup.bind(c);
  const add = c.add.bind(c);
  c.lookup = (text) => {
    const found = lookup(text);
    if (found === null || found.length !== 1 || found[0]! < intrinsic || learnt.has(text) || PLAIN.test(text)) return found;
    return null;
  };
  c.add = (text, category) => {
    learnt.add(text);
    learnt.add(text.toLowerCase());
    return add(text, category);
  };
  return nlp;
}
