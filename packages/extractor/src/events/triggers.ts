import type { EventType } from '@newsgraph/models';
import type { Token } from '../doc/doc.js';
import { lexicon, lexiconSet } from '../resources.js';
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

/**
 * A crowd voicing slogans is a protest: a verb of data/lexicons/events/protest-voiced ("shout",
 * "chant") after a crowd noun of its sentence (events/crowd-nouns: "a crowd in Abadan … as they
 * shout"). One person shouting is not.
 */
export function isVoicedProtest(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !lexiconSet('events/protest-voiced').has(t.lower)) return false;
  const crowd = lexiconSet('events/crowd-nouns');
  for (let k = i - 1; k >= sentenceStart; k--) if (crowd.has(tokens[k]!.lower) && tokens[k]!.pos === 'NOUN') return true;
  return false;
}
