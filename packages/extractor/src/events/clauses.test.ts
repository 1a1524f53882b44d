import { describe, expect, it } from 'vitest';
import { runUpTo } from '../testing/run-stages.js';
import { clauseOf, reportFrames } from './clauses.js';

const words = (text: string) => {
  const doc = runUpTo(text, 'segment-sentences');
  const frames = reportFrames(doc, 0);
  const span = (a: number, b: number) => doc.tokens.slice(a, b).map((t) => t.text).join(' ');
  return { doc, frames, span };
};

describe('report frames', () => {
  it('finds a reporting verb’s "that" clause, past an object and a date', () => {
    const { frames, span, doc } = words('Beijing’s top diplomat told the conference on Saturday that forces in Japan were seeking to revive militarism.');
    expect(frames.map((f) => [doc.tokens[f.verb]!.text, f.kind, span(f.start, f.end)])).toEqual([['told', 'announce', 'forces in Japan were seeking to revive militarism .']]);
  });

  it('tells acknowledging from announcing, and splits "and that" clauses', () => {
    const { frames, span } = words('The army confirmed on Monday that it had sent troops and that it had retaken the town.');
    expect(frames.map((f) => [f.kind, span(f.start, f.end)])).toEqual([
      ['acknowledge', 'it had sent troops'],
      ['acknowledge', 'it had retaken the town .'],
    ]);
  });

  it('ends a clause where ", although" starts a new one', () => {
    const { frames, span, doc } = words('Russia said last week that its forces had taken the village, although Kyiv denied it.');
    expect(span(frames[0]!.start, frames[0]!.end)).toBe('its forces had taken the village');
    const kyiv = doc.tokens.findIndex((t) => t.text === 'Kyiv');
    expect(clauseOf(doc, frames, 0, kyiv).frame).toBeUndefined();
  });

  it('finds none without "that"', () => {
    expect(words('Officials said 15 people were killed.').frames).toEqual([]);
  });
});
