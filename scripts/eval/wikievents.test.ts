import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import { headWord, parseWikiDoc, runWikiEvents, tallyWikiDoc, wikiEventsFile, wikiEventsSection } from './wikievents.js';

/** A small document in WikiEvents' form: two sentences, an attack, a death and an injury. */
const raw = {
  doc_id: 'x1',
  text: 'Gunmen attacked a bus.Two passengers died and a driver was hurt.',
  sentences: [
    [
      [['Gunmen', 0, 6], ['attacked', 7, 15], ['a', 16, 17], ['bus', 18, 21], ['.', 21, 22]],
      'Gunmen attacked a bus.',
    ],
    [
      [['Two', 22, 25], ['passengers', 26, 36], ['died', 37, 41], ['and', 42, 45], ['a', 46, 47], ['driver', 48, 54], ['was', 55, 58], ['hurt', 59, 63], ['.', 63, 64]],
      'Two passengers died and a driver was hurt.',
    ],
  ] as [[string, number, number][], string][],
  entity_mentions: [
    { id: 'x1-T1', start: 5, end: 7, text: 'Two passengers' },
    { id: 'x1-T2', start: 10, end: 11, text: 'driver' },
  ],
  event_mentions: [
    { event_type: 'Conflict.Attack.Unspecified', trigger: { start: 1, end: 2 }, arguments: [] },
    { event_type: 'Life.Die.Unspecified', trigger: { start: 7, end: 8 }, arguments: [{ entity_id: 'x1-T1', role: 'Victim' }] },
    { event_type: 'Life.Injure.Unspecified', trigger: { start: 12, end: 13 }, arguments: [{ entity_id: 'x1-T2', role: 'Victim' }] },
    { event_type: 'Contact.Contact.Broadcast', trigger: { start: 0, end: 1 }, arguments: [] },
  ],
};

describe('WikiEvents scoring', () => {
  it('joins the sentences as paragraphs and moves the gold spans with them', () => {
    const d = parseWikiDoc(raw);
    expect(d.text).toBe('Gunmen attacked a bus.\n\nTwo passengers died and a driver was hurt.');
    expect(d.triggers.map((t) => `${t.family}:${d.text.slice(t.start, t.end)}`)).toEqual(['Conflict.Attack:attacked', 'Life.Die:died', 'Life.Injure:hurt']);
    expect(d.victims).toEqual([
      { family: 'Life.Die', head: 'passenger' },
      { family: 'Life.Injure', head: 'driver' },
    ]);
  });

  it('counts a gold trigger found when an item of its family overlaps it, and victims by head word', () => {
    const d = parseWikiDoc(raw);
    const died = d.text.indexOf('Two passengers died');
    const t = tallyWikiDoc(d, {
      events: [{ eventType: 'attack', trigger: { start: 7, end: 15 } }, { eventType: 'protest', trigger: { start: 0, end: 6 } }],
      casualties: [
        { category: 'killed', start: died, end: died + 19, group: 'passengers' },
        { category: 'injured', start: 0, end: 3, group: 'gunmen' },
      ],
    });
    expect(t.types['Conflict.Attack']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(t.types['Life.Die']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(t.types['Life.Injure']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(t.victims).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts the mentions merged into an event with its trigger', () => {
    const d = parseWikiDoc(raw);
    const t = tallyWikiDoc(d, { events: [{ eventType: 'attack', trigger: { start: 0, end: 3 }, mentions: [{ start: 7, end: 15 }] }], casualties: [] });
    expect(t.types['Conflict.Attack']).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('reads head words without their plural', () => {
    expect(['a Russian major general', 'Russian soldiers', 'the boss', 'civilians.'].map(headWord)).toEqual(['general', 'soldier', 'boss', 'civilian']);
  });

  const corpora = defaultCorporaDir();
  it.skipIf(!existsSync(wikiEventsFile(corpora)))('scores the extractor on WikiEvents dev', async () => {
    const r = await runWikiEvents(corpora);
    expect(r.documents).toBe(20);
    expect(r.typesAll.tp + r.typesAll.fn).toBeGreaterThan(100);
    expect(r.typesAll.f1!).toBeGreaterThan(0.3);
    expect(wikiEventsSection(r).rows).toHaveLength(5);
  }, 60_000);
});
