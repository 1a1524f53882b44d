import type { EventType } from '@newsgraph/models';
import type { Token } from '../doc/doc.js';
import { lexicon } from '../resources.js';
import { PhraseIndex, type PhraseMatch } from '../text/token-phrases.js';

export const EVENT_TYPES: readonly EventType[] = [
  'battle', 'attack', 'protest', 'riot', 'arrest', 'deployment', 'election', 'appointment', 'meeting',
  'negotiation', 'agreement', 'statement', 'disaster', 'execution', 'kidnapping',
];

let index: PhraseIndex<EventType> | undefined;

/** Trigger words and phrases from data/lexicons/events/<type>.txt. */
function triggers(): PhraseIndex<EventType> {
  if (!index) {
    index = new PhraseIndex<EventType>();
    for (const type of EVENT_TYPES) for (const phrase of lexicon(`events/${type}`)) index.add(phrase, type);
    index.freeze();
  }
  return index;
}

/** The longest trigger starting at tokens[i] and ending before `end`. */
export function matchTriggerAt(tokens: readonly Token[], i: number, end: number): PhraseMatch<EventType> | undefined {
  return triggers().matchAt(tokens, i, end);
}
