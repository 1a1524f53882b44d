import { describe, expect, it } from 'vitest';
import { rebuildText, toTokenSpans } from './conll-text.js';

const doc = [
  ['EU', 'rejects', 'German', 'call', '.'],
  ['Peter', 'Blackburn', 'in', 'Nagorno-Karabakh'],
];

describe('rebuildText', () => {
  it('joins tokens with spaces and sentences with blank lines, keeping where each token went', () => {
    const r = rebuildText(doc);
    expect(r.text).toBe('EU rejects German call .\n\nPeter Blackburn in Nagorno-Karabakh');
    expect(r.sentences).toBe(2);
    for (const t of r.tokens) expect(r.text.slice(t.start, t.end)).toBe(doc[t.sentence]![t.index]);
    expect(r.tokens[5]).toEqual({ sentence: 1, index: 0, start: 26, end: 31 });
  });
});

describe('toTokenSpans', () => {
  const r = rebuildText(doc);
  const at = (s: string) => r.text.indexOf(s);

  it('maps mentions on token boundaries to token spans of their sentence', () => {
    const { spans, offBoundary } = toTokenSpans(r, [
      { start: 0, end: 2, type: 'ORG' },
      { start: at('Peter'), end: at('Blackburn') + 9, type: 'PER' },
      { start: at('Nagorno'), end: r.text.length, type: 'LOC' },
    ]);
    expect(spans).toEqual([[{ start: 0, end: 1, type: 'ORG' }], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]]);
    expect(offBoundary).toEqual([]);
  });

  it('sets apart mentions off token boundaries or across sentences, and keeps duplicates once', () => {
    const { spans, offBoundary } = toTokenSpans(r, [
      { start: at('Nagorno'), end: at('Nagorno') + 7, type: 'LOC' }, // "Nagorno" out of "Nagorno-Karabakh"
      { start: 1, end: 2, type: 'ORG' }, // "U" out of "EU"
      { start: at('call'), end: at('Peter') + 5, type: 'PER' }, // "call .\n\nPeter"
      { start: 0, end: 2, type: 'ORG' },
      { start: 0, end: 2, type: 'ORG' },
    ]);
    expect(spans).toEqual([[{ start: 0, end: 1, type: 'ORG' }], []]);
    expect(offBoundary.map((m) => r.text.slice(m.start, m.end))).toEqual(['Nagorno', 'U', 'call .\n\nPeter']);
  });
});
