import { describe, expect, it } from 'vitest';
import { scoreEvents } from './score-events.js';

const places = [
  { '@id': 'urn:newsgraph:place:kursk-region', name: 'Kursk region' },
  { '@id': 'urn:newsgraph:place:moscow', name: 'Moscow' },
];
const goldPlaces = [['Kursk', 'Kursk region'], ['Moscow']];

describe('scoreEvents', () => {
  it('finds a gold event by type, and judges its date and place', () => {
    const s = scoreEvents(
      [{ eventType: 'attack', startDate: '2025-04-24', location: 'urn:newsgraph:place:kursk-region' }],
      [{ type: 'attack', date: '2025-04-24', place: 'Kursk' }],
      places,
      goldPlaces,
    );
    expect(s.type).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.date).toEqual({ right: 1, total: 1, accuracy: 1 });
    expect(s.place).toEqual({ right: 1, total: 1, accuracy: 1 });
  });
  it('a wrong date or place costs accuracy, not the type match', () => {
    const s = scoreEvents(
      [{ eventType: 'attack', startDate: '2025-04-23', location: 'urn:newsgraph:place:moscow' }],
      [{ type: 'attack', date: '2025-04-24', place: 'Kursk' }],
      places,
      goldPlaces,
    );
    expect(s.type.tp).toBe(1);
    expect(s.date.right).toBe(0);
    expect(s.place.right).toBe(0);
    expect(s.found[0]!.location).toBe('Moscow');
  });
  it('a stretch is right when start and end both match the gold start/end', () => {
    const gold = [{ type: 'attack', date: '2026-01-08/2026-01-09', place: null }];
    expect(scoreEvents([{ eventType: 'attack', startDate: '2026-01-08', endDate: '2026-01-09' }], gold, []).date.right).toBe(1);
    expect(scoreEvents([{ eventType: 'attack', startDate: '2026-01-08', endDate: null }], gold, []).date.right).toBe(0);
  });
  it('pairs events one to one: extra events of a type are false positives, missing ones false negatives', () => {
    const s = scoreEvents(
      [{ eventType: 'protest', startDate: null }, { eventType: 'protest', startDate: null }, { eventType: 'riot', startDate: null }],
      [{ type: 'protest', date: null, place: null }, { type: 'battle', date: null, place: null }],
      [],
    );
    expect(s.type).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.missed.map((g) => g.type)).toEqual(['battle']);
  });
  it('within a type, prefers the pairing with the right date and place', () => {
    const s = scoreEvents(
      [
        { eventType: 'protest', startDate: '2026-02-17', location: 'urn:newsgraph:place:moscow' },
        { eventType: 'protest', startDate: '2026-02-17', location: 'urn:newsgraph:place:kursk-region' },
      ],
      [
        { type: 'protest', date: '2026-02-17', place: 'Kursk' },
        { type: 'protest', date: '2026-02-17', place: 'Moscow' },
      ],
      places,
      goldPlaces,
    );
    expect(s.place).toEqual({ right: 2, total: 2, accuracy: 1 });
  });
  it('a gold event without a date or place is right only when the record has none either', () => {
    const s = scoreEvents(
      [{ eventType: 'statement', startDate: '2025-04-28', location: 'urn:newsgraph:place:moscow' }],
      [{ type: 'statement', date: null, place: null }],
      places,
    );
    expect(s.date.right).toBe(0);
    expect(s.place.right).toBe(0);
    const none = scoreEvents([{ eventType: 'statement', startDate: null }], [{ type: 'statement', date: null, place: null }], places);
    expect(none.date.right).toBe(1);
    expect(none.place.right).toBe(1);
  });
  it('a location the record does not list is a wrong place', () => {
    const s = scoreEvents([{ eventType: 'attack', startDate: null, location: 'urn:newsgraph:place:nowhere' }], [{ type: 'attack', date: null, place: 'Kursk' }], places, goldPlaces);
    expect(s.place.right).toBe(0);
  });
});
