import type { Acled, EventType } from '@newsgraph/models';

export interface AcledCues {
  /** Words of the evidence sentence, lower case. */
  words: ReadonlySet<string>;
  /** Someone was killed or injured in it. */
  casualties: boolean;
}

const any = (words: ReadonlySet<string>, list: readonly string[]) => list.some((w) => words.has(w));

/**
 * ACLED's event and sub-event type for an event, when it is in ACLED's scope (political violence,
 * demonstrations and strategic developments), following its codebook's distinctions.
 */
export function acledType(type: EventType, cues: AcledCues): Acled | undefined {
  const w = cues.words;
  switch (type) {
    case 'battle':
      if (any(w, ['regained', 'regain', 'recaptured', 'retook', 'liberate', 'liberated', 'expelled'])) {
        return { eventType: 'Battles', subEventType: 'Government regains territory' };
      }
      if (any(w, ['captured', 'seized', 'overran'])) return { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' };
      return { eventType: 'Battles', subEventType: 'Armed clash' };
    case 'attack':
      if (any(w, ['airstrike', 'airstrikes', 'drone', 'drones', 'air', 'warplanes', 'bombed'])) {
        return { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' };
      }
      if (any(w, ['shelling', 'shelled', 'artillery', 'missile', 'missiles', 'rocket', 'rockets'])) {
        return { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' };
      }
      if (any(w, ['suicide'])) return { eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb' };
      if (any(w, ['ied', 'landmine', 'roadside', 'explosive'])) return { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' };
      if (any(w, ['protesters', 'protests', 'demonstrators', 'demonstrations', 'crackdown'])) {
        return { eventType: 'Protests', subEventType: 'Excessive force against protesters' };
      }
      if (any(w, ['soldiers', 'troops', 'fighters', 'militants', 'forces', 'unit', 'army'])) return { eventType: 'Battles', subEventType: 'Armed clash' };
      return { eventType: 'Violence against civilians', subEventType: 'Attack' };
    case 'protest':
      if (cues.casualties || any(w, ['crackdown', 'fired', 'shot', 'teargas', 'tear'])) {
        return { eventType: 'Protests', subEventType: cues.casualties ? 'Excessive force against protesters' : 'Protest with intervention' };
      }
      return { eventType: 'Protests', subEventType: 'Peaceful protest' };
    case 'riot':
      return { eventType: 'Riots', subEventType: any(w, ['mob', 'lynched', 'lynching']) ? 'Mob violence' : 'Violent demonstration' };
    case 'arrest':
      return { eventType: 'Strategic developments', subEventType: 'Arrests' };
    case 'agreement':
      return { eventType: 'Strategic developments', subEventType: 'Agreement' };
    case 'kidnapping':
      return { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' };
    case 'deployment':
      return { eventType: 'Strategic developments', subEventType: 'Other' };
    default:
      return undefined;
  }
}
