import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const extract = (text: string) => {
  const r = extractor.safeExtract({ text, published: '2026-03-04' });
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
};

describe('the record of figures and events', () => {
  it('links a subset to its total, so that it is never added to it', () => {
    const r = extract('At least 12 people, including six children, were killed in the strike on Sunday.');
    const [total, part] = r.casualties;
    expect([total?.value, part?.value]).toEqual([12, 6]);
    expect(part!.partOf).toBe(total!['@id']);
    expect(total!.partOf).toBeUndefined();
  });

  it('marks a running total apart from one event’s toll', () => {
    const r = extract('Since the war began, more than 10,000 people have been killed; on Monday alone 15 died in Kharkiv.');
    expect(r.casualties.map((f) => [f.value, f.cumulative ?? false])).toEqual([
      [10000, true],
      [15, false],
    ]);
  });

  it('keeps a figure told again as one figure with its other mentions', () => {
    const r = extract('Gunmen killed 14 villagers in Zamfara on Sunday. The 14 villagers killed were buried on Monday.');
    expect(r.casualties).toHaveLength(1);
    expect(r.casualties[0]!.mentions?.map((m) => m.text)).toEqual(['14 villagers killed']);
  });

  it('lists the event fields that were inferred, not read', () => {
    const r = extract('Security forces opened fire on protesters in Lagos on Saturday. Witnesses said at least 10 people were killed.');
    const attack = r.events.filter((e) => e.eventType === 'attack').at(-1)!;
    expect(attack.startDate).toBe('2026-02-28');
    expect(attack.inferred).toEqual(['startDate']);
  });
});

describe('a part of a total', () => {
  it('is a running total exactly when its total is', () => {
    const r = extract('The army sent an estimated total of 14,000 troops, including 3,000 reinforcements, officials said.');
    expect(r.casualties.map((f) => [f.value, f.cumulative ?? false, f.partOf !== undefined])).toEqual([
      [14000, false, false],
      [3000, false, true],
    ]);
  });
});
