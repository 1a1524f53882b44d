import type { EventType } from '@newsgraph/models';
import { lexicon } from '../resources.js';

export const EVENT_TYPES: readonly EventType[] = [
  'battle', 'attack', 'protest', 'riot', 'arrest', 'deployment', 'election', 'appointment', 'meeting',
  'negotiation', 'agreement', 'statement', 'disaster', 'execution', 'kidnapping',
];

export interface Trigger {
  words: string[];
  type: EventType;
}

let byFirst: Map<string, Trigger[]> | undefined;

/** Trigger phrases from data/lexicons/events/<type>.txt, keyed by their first word, longest first. */
export function triggersStartingWith(word: string): readonly Trigger[] | undefined {
  if (!byFirst) {
    byFirst = new Map();
    for (const type of EVENT_TYPES) {
      for (const phrase of lexicon(`events/${type}`)) {
        const words = phrase.toLowerCase().split(/\s+/);
        const list = byFirst.get(words[0]!) ?? [];
        list.push({ words, type });
        byFirst.set(words[0]!, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return byFirst.get(word);
}

/** The longest trigger at token i of `lower` (within [i, end)). */
export function matchTriggerAt(lower: readonly string[], i: number, end: number): Trigger | undefined {
  const list = triggersStartingWith(lower[i]!);
  if (!list) return undefined;
  return list.find((t) => i + t.words.length <= end && t.words.every((w, k) => lower[i + k] === w));
}
