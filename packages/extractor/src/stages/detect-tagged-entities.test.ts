import { describe, expect, it } from 'vitest';
import { entityNames, runUpTo } from '../testing/run-stages.js';

const entities = (text: string, published = '2026-03-02') => runUpTo({ text, published }, 'resolve-linking');
const find = (doc: ReturnType<typeof entities>, name: string) => doc.entities.find((e) => e.name === name || e.alternateNames.includes(name));
const tagged = (text: string) => runUpTo({ text }, 'detect-tagged-entities').mentions.map((m) => `${m.type}:${m.text}`);

// Sentences written for these tests; none is taken from the gold set or the corpora.
describe('the tagger in the pipeline', () => {
  it('proposes names no list knows, with a confidence from its margin', () => {
    const doc = runUpTo({ text: 'Mayor Oksana Hrytsenko of Vilkhivka said the Dnipro Relief Fund would rebuild the school.' }, 'detect-tagged-entities');
    expect(doc.mentions.map((m) => `${m.type}:${m.text}`)).toContain('Person:Oksana Hrytsenko');
    for (const m of doc.mentions) {
      expect(m.rule).toBe('entities/tagger');
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThan(1);
    }
  });

  it('reads a hyphenated name as one word, as it was trained', () => {
    expect(tagged('Police said Kim Young-soo was detained in Gwangju on Sunday.')).toContain('Person:Kim Young-soo');
  });

  it('leaves title-case headlines to the rules, and reads no languages or demonyms as places', () => {
    const text = 'Zelinka Wins Runoff In Opava\n\nThe vote came late.';
    const doc0 = runUpTo({ text, sections: [{ kind: 'headline', start: 0, end: 28 }, { kind: 'body', start: 30, end: text.length }] }, 'detect-tagged-entities');
    expect(doc0.mentions).toEqual([]);
    const doc = entities('The leaflets were printed in Korean and Arabic, police in Lyon said.');
    expect(entityNames(doc)).toEqual(['Place:Lyon']);
  });

  it('keeps a job title read by the rules when the tagger reads the same name', () => {
    const doc = entities('Finance Minister Rasa Vaitkutė presented the plan in Vilnius on Tuesday.');
    expect(find(doc, 'Rasa Vaitkutė')?.jobTitle).toBe(runUpTo({ text: 'Finance Minister Rasa Vaitkutė presented the plan.' }, 'detect-entities').mentions.find((m) => m.rule !== 'entities/tagger')?.jobTitle);
    expect(find(doc, 'Rasa Vaitkutė')?.jobTitle).toMatch(/minister/);
  });

  it('prefers a name extended by its lower-case head noun', () => {
    const doc = entities('Pilgrims gathered at the Sayyida Zeinab shrine south of Damascus.');
    expect(find(doc, 'Sayyida Zeinab shrine')?.type).toBe('Place');
  });

  it('reads no place inside a longer name of no record type', () => {
    const doc = entities('Novak Djokovic won the U.S. Open final in New York on Sunday.');
    expect(entityNames(doc)).not.toContain('Place:United States');
    expect(find(doc, 'Novak Djokovic')?.type).toBe('Person');
  });

  it("reads a person's surname as that person, whatever the tagger guessed", () => {
    const doc = entities('Protesters chanted against President Alexander Lukashenko in Minsk. "Down with Lukashenko," they shouted.');
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Alexander Lukashenko']);
    expect(find(doc, 'Lukashenko')?.name).toBe('Alexander Lukashenko');
  });

  it('joins "the North" to the one place named with it', () => {
    const doc = entities('North Korea fired a missile on Monday. South Korea said the North had launched it from near Pyongyang.');
    expect(find(doc, 'North')?.name).toBe('North Korea');
  });

  it('reads the hard cases of news: particles, datelines, letters beyond ASCII, quotes, possessives', () => {
    const doc = entities(
      'ISTANBUL (AP) - Syrian leader Abu Faisal al-Tamimi met Mehmet Çelikbaş\'s deputy, Gülşen Öztürk-Aydın, in Ankara. ' +
        '"Talks with Hassan bin Nasser (the envoy) went well," the office of President Recep Tayyip Erdoğan said.',
    );
    const names = entityNames(doc);
    for (const n of ['Person:Abu Faisal al-Tamimi', 'Person:Gülşen Öztürk-Aydın', 'Person:Hassan bin Nasser', 'Person:Recep Tayyip Erdoğan', 'Place:Ankara']) {
      expect(names, n).toContain(n);
    }
    expect(names.some((n) => n.startsWith('Person:Mehmet Çelikbaş'))).toBe(true);
    expect(find(doc, 'ISTANBUL')?.type).toBe('Place');
    expect(find(doc, 'ISTANBUL')?.name).not.toBe('AP');
  });

  it('keeps capitals that stand for governments as places', () => {
    const doc = entities('Beijing protested on Tuesday, while Washington and Kyiv welcomed the vote.');
    expect(entityNames(doc)).toEqual(['Place:Beijing', 'Place:Kyiv', 'Place:Washington']);
  });
});
