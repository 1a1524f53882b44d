import type { GoldEvent } from './gold.js';
import type { Accuracy, Counts } from './metrics.js';
import { accuracy } from './metrics.js';
import { entityKeys, scoreKey } from './name-key.js';
import type { EntityLike, EventLike } from './types.js';

export interface EventPair {
  gold: GoldEvent;
  event: EventLike;
  /** The name of the event's location entity, when it has one the record lists. */
  location: string | undefined;
  dateRight: boolean;
  placeRight: boolean;
}

export interface EventScore {
  /** Type: a gold event is found when an unpaired record event has its type. */
  type: Counts;
  /** Over found events: startDate (startDate/endDate for a stretch) equals the gold date (null equals null). */
  date: Accuracy;
  /** Over found events: the location entity is named like the gold place (no location when the gold has none). */
  place: Accuracy;
  found: EventPair[];
  missed: GoldEvent[];
  falsePositives: EventLike[];
}

/**
 * Scores one article's events (a first version, as the events are): record and gold events are
 * paired one to one by type; within a type, pairs with the right date and place are taken first.
 * `entities` are the record's entities, to find a location's name; `goldPlaces` the gold's place
 * entries, so that a gold place matches any name of its entity ("Kursk" also as "Kursk region").
 */
export function scoreEvents(
  record: readonly EventLike[],
  gold: readonly GoldEvent[],
  entities: readonly EntityLike[],
  goldPlaces: readonly (readonly string[])[] = [],
): EventScore {
  const byId = new Map(entities.flatMap((e) => (e['@id'] ? [[e['@id'], e] as const] : [])));
  const placeNames = (place: string): Set<string> => {
    const key = scoreKey(place);
    const entry = goldPlaces.find((names) => names.some((n) => scoreKey(n) === key));
    return new Set((entry ?? [place]).map(scoreKey));
  };
  const judge = (g: GoldEvent, e: EventLike): Omit<EventPair, 'gold' | 'event'> => {
    const loc = e.location === undefined ? undefined : byId.get(e.location);
    const placeRight = g.place === null ? e.location === undefined : loc !== undefined && [...entityKeys(loc)].some((k) => placeNames(g.place!).has(k));
    // A stretch ("January 8 and 9") is written start/end in the gold.
    const date = e.startDate && e.endDate ? `${e.startDate}/${e.endDate}` : (e.startDate ?? null);
    return { location: loc?.name, dateRight: date === g.date, placeRight };
  };
  const candidates: { i: number; j: number; score: number }[] = [];
  record.forEach((e, i) =>
    gold.forEach((g, j) => {
      if (e.eventType !== g.type) return;
      const v = judge(g, e);
      candidates.push({ i, j, score: Number(v.dateRight) + Number(v.placeRight) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  const usedRecord = new Set<number>();
  const pairOf = new Map<number, number>();
  for (const c of candidates) {
    if (usedRecord.has(c.i) || pairOf.has(c.j)) continue;
    usedRecord.add(c.i);
    pairOf.set(c.j, c.i);
  }
  const found: EventPair[] = [];
  const missed: GoldEvent[] = [];
  gold.forEach((g, j) => {
    const i = pairOf.get(j);
    if (i === undefined) missed.push(g);
    else found.push({ gold: g, event: record[i]!, ...judge(g, record[i]!) });
  });
  const falsePositives = record.filter((_, i) => !usedRecord.has(i));
  return {
    type: { tp: found.length, fp: falsePositives.length, fn: missed.length },
    date: accuracy(found.filter((p) => p.dateRight).length, found.length),
    place: accuracy(found.filter((p) => p.placeRight).length, found.length),
    found,
    missed,
    falsePositives,
  };
}
