import type { MentionCandidate } from '../doc/candidates.js';
import { matchOrganizationAt, matchPlaceAt } from '../gazetteer/index.js';
import { mention, type EntityContext } from './context.js';
import { isCap } from './words.js';

/**
 * In a title-case or all-caps line (a headline, a subhead) capitals say nothing: only names the
 * gazetteers know are taken here; names the article's body establishes are found again later
 * (resolve-coreference).
 */
export function knownNamesOnly(ctx: EntityContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { words, sentence } = ctx;
  for (let k = sentence.firstToken; k < sentence.endToken; ) {
    if (!isCap(words[k]!)) {
      k++;
      continue;
    }
    const place = matchPlaceAt(words, k);
    const org = matchOrganizationAt(words, k);
    if (org && (!place || org.length > place.length)) {
      out.push(mention(ctx, k, k + org.length, 'Organization', 'entities/gazetteer-org', 0.8, { gazetteerId: org.entry.id }));
      k += org.length;
    } else if (place && !place.entry.ambiguous) {
      out.push(mention(ctx, k, k + place.length, 'Place', 'entities/gazetteer-place', 0.8, { gazetteerId: place.entry.id }));
      k += place.length;
    } else k++;
  }
  return out;
}
