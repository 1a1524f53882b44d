import { describe, expect, it } from 'vitest';
import { GoldError, parseGold } from './gold.js';

const minimal = { id: 'g1', dump: 'd.txt', title: 'A title', published: '2026-02-17' };

describe('parseGold', () => {
  it('fills the optional parts of a minimal gold file', () => {
    const g = parseGold(minimal, 'g1.json');
    expect(g).toMatchObject({ published_accept: [], people: [], credits: [], dates: [], casualties: [], not_casualties: [], events: [] });
    expect(g.optional).toEqual({ people: [], places: [], organizations: [] });
  });
  it('keeps entities, dates, figures and events', () => {
    const g = parseGold(
      {
        ...minimal,
        people: [['Kim Jong Un', 'Kim']],
        optional: { places: [['Asia']] },
        dates: [{ text: 'last week', value: '2025-W17', type: 'date' }],
        casualties: [{ category: 'killed', value: 1000, qualifier: 'vague', text: 'thousands' }],
        events: [{ type: 'attack', date: null, place: 'Kursk', actors: ['X'] }],
      },
      'g1.json',
    );
    expect(g.people).toEqual([['Kim Jong Un', 'Kim']]);
    expect(g.optional.places).toEqual([['Asia']]);
    expect(g.casualties[0]).toEqual({ category: 'killed', value: 1000, qualifier: 'vague', text: 'thousands' });
    expect(g.events[0]).toEqual({ type: 'attack', date: null, place: 'Kursk', actors: ['X'] });
  });
  it('rejects a file that does not follow the format, naming the file and the field', () => {
    expect(() => parseGold([], 'x.json')).toThrow(GoldError);
    expect(() => parseGold({ ...minimal, title: '' }, 'x.json')).toThrow(/x\.json: "title"/);
    expect(() => parseGold({ ...minimal, published: '17 Feb 2026' }, 'x.json')).toThrow(/published/);
    expect(() => parseGold({ ...minimal, people: ['Kim'] }, 'x.json')).toThrow(/people\[0\]/);
    expect(() => parseGold({ ...minimal, casualties: [{ category: 'killed', value: '25' }] }, 'x.json')).toThrow(/value/);
  });
});
