/**
 * 32-bit feature hashing. Features are never strings at run time: a token's word, shape and affixes
 * are hashed once, and every feature is a template number mixed with those hashes. The model keeps
 * only the hashes of the features it learned, so it ships no training text.
 */

/** FNV-1a over the UTF-16 code units of s, continuing from h. */
export function hashString(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits so that the low bits index a hash table well. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature from a template and one value hash. Never 0 (0 marks an empty slot). */
export function feature1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a) || 1;
}

/** A feature from a template and two value hashes (a conjunction). */
export function feature2(template: number, a: number, b: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(b, 0x27d4eb2f)) || 1;
}

/** A feature from a template and three value hashes. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(b, 0x27d4eb2f) ^ Math.imul(c, 0x165667b1)) || 1;
}
