import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import { asTimeml, normalValue, runTimebank, scoresOf, tallyDocument, timebankSection } from './timebank.js';

const g = (start: number, end: number, value: string, type = 'date') => ({ start, end, text: 'x'.repeat(end - start), type, value });

describe('TimeML scoring', () => {
  it('counts overlaps as relaxed matches, exact spans as strict ones, and right values and types', () => {
    const t = tallyDocument(
      [g(0, 9, '1998-01-05'), g(20, 30, 'P3D', 'duration'), g(40, 45, '1998')],
      [
        { start: 3, end: 9, type: 'date', value: '1998-01-05' }, // relaxed, value right
        { start: 20, end: 30, type: 'date', value: 'P3D' }, // strict, value right, type wrong
        { start: 50, end: 55, type: 'date', value: '1999' }, // nothing
      ],
    );
    const s = scoresOf(t);
    expect([s.relaxed.tp, s.relaxed.fp, s.relaxed.fn]).toEqual([2, 1, 1]);
    expect(s.strict.tp).toBe(1);
    expect(s.value.tp).toBe(2);
    expect(s.type.tp).toBe(1);
  });

  it('pairs one system expression with one gold expression at most', () => {
    const s = scoresOf(tallyDocument([g(0, 5, '1998'), g(6, 10, '1999')], [{ start: 0, end: 10, type: 'date', value: '1998' }]));
    expect([s.relaxed.tp, s.relaxed.fp, s.relaxed.fn]).toEqual([1, 0, 1]);
  });

  it('compares values in one spelling, and reports the exact-string score beside it', () => {
    expect(['2000-W7', '2000-W7-WE', '199X', '19XX', '1989-11-06T17', '2000-W12', '1998-10'].map(normalValue)).toEqual([
      '2000-W07',
      '2000-W07-WE',
      '199',
      '19',
      '1989-11-06T17:00',
      '2000-W12',
      '1998-10',
    ]);
    const s = scoresOf(tallyDocument([g(0, 9, '2000-W7'), g(10, 15, '199X')], [{ start: 0, end: 9, type: 'date', value: '2000-W07' }, { start: 10, end: 15, type: 'date', value: '198' }]));
    expect([s.value.tp, s.valueExact.tp]).toEqual([1, 0]);
  });

  it('scores an interval with both ends written as its two ends, as TimeML marks them', () => {
    // "between 1985 and 1987": gold has two TIMEX3 expressions, 8-12 and 17-21.
    const sys = asTimeml([
      { start: 0, end: 21, type: 'date', value: '1985/1987', endpoints: [{ start: 8, end: 12, value: '1985' }, { start: 17, end: 21, value: '1987' }] },
      { start: 30, end: 34, type: 'date', value: '2001' },
    ]);
    expect(sys).toEqual([
      { start: 8, end: 12, type: 'date', value: '1985' },
      { start: 17, end: 21, type: 'date', value: '1987' },
      { start: 30, end: 34, type: 'date', value: '2001' },
    ]);
    const s = scoresOf(tallyDocument([g(8, 12, '1985'), g(17, 21, '1987'), g(30, 34, '2001')], sys));
    expect([s.strict.tp, s.value.tp, s.value.fp, s.value.fn]).toEqual([3, 3, 0, 0]);
  });

  const corpora = defaultCorporaDir();
  it.skipIf(!existsSync(`${corpora}timebank/TimeBank`))('scores the extractor on TimeBank and AQUAINT', async () => {
    const r = await runTimebank(corpora);
    expect(r.corpora.map((c) => c.documents)).toEqual([183, 73]);
    expect(r.all.relaxed.f1!).toBeGreaterThan(0.8);
    expect(r.all.value.f1!).toBeGreaterThan(0.6);
    expect(timebankSection(r).rows).toHaveLength(15);
  }, 60_000);
});
