import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { scoreArticle, splitCreditOnly, summarise } from './score-article.js';
import type { RecordLike } from './types.js';

const text = 'Rebels killed 12 soldiers in Goma on Monday, the army said. AFP reported it.';
const gold = parseGold(
  {
    id: 'g1',
    dump: 'd.txt',
    title: 'Rebels kill 12',
    published: '2026-02-18',
    people: [],
    places: [['Goma']],
    organizations: [['Agence France-Presse', 'AFP']],
    credits: ['Jane Doe'],
    dates: [{ text: 'on Monday', value: '2026-02-16' }],
    casualties: [{ category: 'killed', value: 12 }],
    not_casualties: ['the army'],
    events: [{ type: 'attack', date: '2026-02-16', place: 'Goma' }],
  },
  'g1.json',
);
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

const record: RecordLike = {
  text,
  datePublished: '2026-02-17',
  people: [{ name: 'Jane Doe' }],
  places: [{ '@id': 'urn:newsgraph:place:goma', name: 'Goma' }],
  organizations: [{ name: 'AFP' }],
  dates: [{ ...span('Monday'), value: '2026-02-16' }],
  casualties: [{ category: 'killed', value: 12, ...span('12 soldiers') }],
  events: [{ eventType: 'attack', startDate: '2026-02-16', location: 'urn:newsgraph:place:goma' }],
};

describe('scoreArticle', () => {
  it('scores every field of one record', () => {
    const s = scoreArticle(record, gold);
    expect(s.counts.places).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.people).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.counts.entities).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.counts.casualties).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts['dates (value)']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.accuracy['publication date']).toEqual({ right: 1, total: 1, accuracy: 1 });
    expect(s.accuracy['event place'].right).toBe(1);
  });
  it('sums counts over articles and counts credit names and non-casualty figures', () => {
    const bad: RecordLike = { ...record, casualties: [{ category: 'killed', value: 1, ...span('the army') }], datePublished: undefined };
    const sum = summarise([scoreArticle(record, gold), scoreArticle(bad, gold, 'internal: boom')]);
    expect(sum.articles).toBe(2);
    expect(sum.fields.casualties).toMatchObject({ tp: 1, fp: 1, fn: 1, p: 0.5, r: 0.5 });
    expect(sum.accuracy['publication date']).toEqual({ right: 1, total: 2, accuracy: 0.5 });
    expect(sum.creditMentions).toBe(2);
    expect(sum.nonCasualtyFigures).toBe(1);
    expect(sum.errors).toBe(1);
  });
});

describe('splitCreditOnly', () => {
  it('scores a gold entity named only in a photo credit as optional, and keeps one the text names', () => {
    const text = 'Crowds gathered, according to AP reporters. Officials spoke.';
    const [inText, creditOnly] = splitCreditOnly([['Agence France-Presse', 'AFP'], ['Associated Press', 'AP'], ['Reuters']], ['AFP', 'AP'], text);
    expect(creditOnly).toEqual([['Agence France-Presse', 'AFP']]);
    expect(inText).toEqual([['Associated Press', 'AP'], ['Reuters']]);
  });
});
