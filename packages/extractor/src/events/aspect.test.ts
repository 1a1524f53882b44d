import { describe, expect, it } from 'vitest';
import { runUpTo } from '../testing/run-stages.js';
import { aspectAt } from './aspect.js';

const aspect = (text: string, word: string) => {
  const doc = runUpTo(text, 'segment-sentences');
  const i = doc.tokens.findIndex((t) => t.text === word);
  return aspectAt(doc, i, doc.sentences[doc.tokens[i]!.sentence]!.firstToken);
};

describe('aspect of a trigger', () => {
  it('reads tense and perfect from the verb group', () => {
    expect(aspect('A crowd in Abadan holds up flowers.', 'holds')).toBe('present');
    expect(aspect('Troops are fighting near the town.', 'fighting')).toBe('present');
    expect(aspect('A crowd chanted slogans.', 'chanted')).toBe('past');
    expect(aspect('Many people were killed.', 'killed')).toBe('past');
    expect(aspect('More than 500 people have been arrested.', 'arrested')).toBe('perfect');
    expect(aspect('Ocalan has said the phase has begun.', 'said')).toBe('perfect');
    expect(aspect('It said it had sent troops.', 'sent')).toBe('pluperfect');
  });

  it('reads a participle after a noun it describes as looking back', () => {
    expect(aspect('They gathered to commemorate protesters killed in a crackdown.', 'killed')).toBe('relative');
    expect(aspect('Crowds carried portraits of those killed.', 'killed')).toBe('relative');
    expect(aspect('Gunmen killed a policeman.', 'killed')).toBe('past');
  });

  it('reads a noun as a noun', () => {
    expect(aspect('The crackdown continued.', 'crackdown')).toBe('nominal');
  });
});
