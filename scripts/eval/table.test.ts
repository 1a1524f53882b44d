import { describe, expect, it } from 'vitest';
import { accuracy, prf } from './metrics.js';
import { parseGold } from './gold.js';
import { scoreArticle, summarise } from './score-article.js';
import { goldSection, renderSection, renderVerbose } from './table.js';

describe('renderSection', () => {
  it('prints fields as rows with TP FP FN P R F1 columns', () => {
    const out = renderSection({
      title: 'Demo',
      rows: [{ label: 'people', scores: prf({ tp: 3, fp: 1, fn: 2 }) }, { label: 'nothing', scores: prf({ tp: 0, fp: 0, fn: 0 }) }],
      accuracy: [{ label: 'publication date', scores: accuracy(3, 4) }],
      notes: ['a note'],
    });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Demo');
    expect(lines[1]).toMatch(/^field\s+TP\s+FP\s+FN\s+P\s+R\s+F1$/);
    expect(lines[2]).toMatch(/^people\s+3\s+1\s+2\s+0\.750\s+0\.600\s+0\.667$/);
    expect(lines[3]).toMatch(/^nothing\s+0\s+0\s+0\s+-\s+-\s+-$/);
    expect(out).toMatch(/publication date\s+3\s+4\s+0\.750/);
    expect(out).toContain('a note');
  });
});

describe('goldSection and renderVerbose', () => {
  const gold = parseGold(
    { id: 'g1', dump: 'd.txt', title: 'T', published: '2026-02-18', people: [['Kim Jong Un', 'Kim']], credits: ['Jane Doe'], dates: [{ text: 'on Monday', value: '2026-02-16' }] },
    'g1.json',
  );
  const text = 'Kim spoke on Monday.';
  const s = scoreArticle(
    { text, people: [{ name: 'Kim Jong Un' }, { name: 'Kim' }, { name: 'Jane Doe' }], places: [], organizations: [], dates: [{ text: 'Monday', start: 14, end: 20, value: '2026-02-09' }], casualties: [], events: [] },
    gold,
  );
  it('lists every field and the two counts the brief asks for', () => {
    const out = renderSection(goldSection(summarise([s])));
    for (const f of ['people', 'places', 'organizations', 'casualties', 'dates (span)', 'dates (value)', 'events (type)', 'publication date']) expect(out).toContain(f);
    expect(out).toContain('credit names as mentions: 1');
    expect(out).toContain('non-casualty numbers reported as figures: 0');
  });
  it('names every false positive and false negative per article', () => {
    const out = renderVerbose([s]);
    expect(out).toContain('"Kim" (failed merge: another entity for "Kim Jong Un")');
    expect(out).toContain('"Jane Doe" (photo credit)');
    expect(out).toContain('"on Monday": gold 2026-02-16, got 2026-02-09');
    expect(out).toContain('WRONG: got none, gold 2026-02-18');
  });
});
