import type { MentionCandidate } from '../doc/candidates.js';
import { matchDemonymAt, matchPlaceAt } from '../gazetteer/index.js';
import { lexiconSet } from '../resources.js';
import { mention, type EntityContext } from './context.js';
import { isPossessive } from './words.js';


/**
 * Lower-case institutions named by their country: "the Turkish parliament" (demonym + noun, the
 * demonym included) and "Japan's lower house" (country's + noun, the noun alone).
 */
export function legislatures(ctx: EntityContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const names = lexiconSet('entities/legislatures');
  const { words, lower, sentence } = ctx;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    for (const len of [2, 1]) {
      if (k + len > sentence.endToken || words[k] !== lower[k]) continue;
      if (!names.has(lower.slice(k, k + len).join(' '))) continue;
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
      break;
    }
  }
  return out;
}
