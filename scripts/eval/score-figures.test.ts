import { describe, expect, it } from 'vitest';
import { notCasualtyText, scoreFigures } from './score-figures.js';

const f = (category: string, value: number, text = `${value}`, start = 0) => ({ category, value, text, start, end: start + text.length });

describe('scoreFigures', () => {
  it('matches on category and value', () => {
    const s = scoreFigures([f('killed', 25), f('injured', 25), f('killed', 24)], [{ category: 'killed', value: 25 }, { category: 'injured', value: 30 }]);
    expect(s.counts).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.missed).toEqual([{ category: 'injured', value: 30 }]);
  });
  it('matches each gold figure once: a repeated figure is a false positive', () => {
    const s = scoreFigures([f('arrested', 100), f('arrested', 100)], [{ category: 'arrested', value: 100 }]);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('lets the category alone decide for vague gold figures', () => {
    const s = scoreFigures([f('killed', 1000, 'thousands')], [{ category: 'killed', value: 1000, qualifier: 'vague' }]);
    expect(s.counts.tp).toBe(1);
    const dozens = scoreFigures([f('killed', 24, 'dozens')], [{ category: 'killed', value: 12, qualifier: 'vague' }]);
    expect(dozens.counts.tp).toBe(1);
    const other = scoreFigures([f('injured', 12, 'dozens')], [{ category: 'killed', value: 12, qualifier: 'vague' }]);
    expect(other.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('does not let a vague gold take the figure an exact gold needs', () => {
    const s = scoreFigures([f('killed', 3000)], [{ category: 'killed', value: 1000, qualifier: 'vague' }, { category: 'killed', value: 3000 }]);
    expect(s.matched.map((m) => m.gold.value)).toEqual([3000]);
    expect(s.missed.map((g) => g.qualifier)).toEqual(['vague']);
  });
  it('reports record figures overlapping a not_casualties text', () => {
    const text = 'Takaichi, 64, won two years ago; 12 people died.';
    const s = scoreFigures([f('killed', 2, 'two years', text.indexOf('two years')), f('killed', 12, '12 people died', text.indexOf('12 people'))], [{ category: 'killed', value: 12 }], ['two years', 'heavy casualties (no figure)'], text);
    expect(s.nonCasualties.map((n) => n.notCasualty)).toEqual(['two years']);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.notFound).toEqual(['heavy casualties (no figure)']);
  });
  it('strips a trailing comment from a not_casualties entry', () => {
    expect(notCasualtyText('heavy casualties (no figure)')).toBe('heavy casualties');
    expect(notCasualtyText('40th day')).toBe('40th day');
  });
});
