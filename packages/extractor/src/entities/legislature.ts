import type { MentionCandidate } from '../doc/candidates.js';
import { matchDemonymAt, matchPlaceAt } from '../gazetteer/index.js';
import { lexiconSet } from '../resources.js';
import { mention, type EntityContext } from './context.js';
import { isPossessive } from './words.js';

let cache: { single: Set<string>; pairs: Map<string, Set<string>> } | undefined;
/** The legislature nouns, one-word ones apart and two-word ones by their first word (no string is built per token). */
function names() {
  if (cache) return cache;
  const single = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  for (const n of lexiconSet('entities/legislatures')) {
    const [a, b, ...rest] = n.split(' ');
    if (b === undefined) single.add(a!);
    else if (rest.length === 0) {
      if (!pairs.has(a!)) pairs.set(a!, new Set());
      pairs.get(a!)!.add(b);
    }
  }
  return (cache = { single, pairs });
}

/**
 * Lower-case institutions named by their country: "the Turkish parliament" (demonym + noun, the
 * demonym included) and "Japan's lower house" (country's + noun, the noun alone).
 */
export function legislatures(ctx: EntityContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { single, pairs } = names();
  const { words, lower, sentence } = ctx;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if (words[k] !== lower[k]) continue;
    const pair = k + 2 <= sentence.endToken && pairs.get(lower[k]!)?.has(lower[k + 1]!);
    const len = pair ? 2 : single.has(lower[k]!) ? 1 : 0;
    if (!len) continue;
    // "the Turkish parliament"
    for (let d = Math.max(sentence.firstToken, k - 2); d < k; d++) {
      const dem = matchDemonymAt(words, d);
      if (dem && d + dem.length === k) {
        out.push(mention(ctx, d, k + len, 'Organization', 'entities/legislature', 0.7));
        break;
      }
    }
    // "Japan's lower house"
    if (k >= 2 && isPossessive(lower[k - 1])) {
      for (let p = Math.max(sentence.firstToken, k - 4); p < k - 1; p++) {
        const place = matchPlaceAt(words, p, k - 1 - p);
        if (place && p + place.length === k - 1 && place.entry.kind === 'country') {
          out.push(mention(ctx, k, k + len, 'Organization', 'entities/legislature', 0.65));
          break;
        }
      }
    }
  }
  return out;
}
