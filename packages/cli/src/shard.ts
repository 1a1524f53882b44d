import { InvalidArgumentError } from 'commander';

/** One of n parts of the input: `index` from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }, for --shard. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected I/N with 1 <= I <= N, e.g. 1/4.');
  return { index, count };
}

/** FNV-1a over the UTF-16 code units: fast, and the same on every machine and run. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Whether an item belongs to the shard. Articles are split by their text, rejections by where
 * they are (file and line), so every machine given the same inputs and the same N agrees: the
 * shards' union is the whole input, and no article is in two shards, however the inputs are
 * ordered or grow.
 */
export const inShard = (shard: Shard | undefined, key: string): boolean => shard === undefined || fnv1a(key) % shard.count === shard.index - 1;
