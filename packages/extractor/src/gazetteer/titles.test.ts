import { describe, expect, it } from 'vitest';
import { matchTitleAt } from './index.js';

const at = (text: string, i = 0) => matchTitleAt(text.split(' '), i);

describe('matchTitleAt', () => {
  it('matches the longest title with its normalised form', () => {
    expect(at('Prime Minister Sanae Takaichi')).toEqual({ title: 'prime minister', length: 2 });
    expect(at('First Vice President Mohammad Reza Aref')).toEqual({ title: 'first vice president', length: 3 });
    expect(at('Supreme Leader Ali Khamenei')).toEqual({ title: 'supreme leader', length: 2 });
    expect(at('chief government spokesman Yoshimasa Hayashi')).toEqual({ title: 'government spokesman', length: 3 });
    expect(at('Minister of Foreign Affairs Hakan Fidan')).toEqual({ title: 'foreign minister', length: 4 });
    expect(at('Defence Minister Andrii Sybiha')?.title).toBe('defense minister');
    expect(at('chief of mission')).toEqual({ title: 'chief of mission', length: 3 });
  });

  it('is case-insensitive, and reads hyphens and spaces alike', () => {
    expect(at('the prime minister said', 1)).toEqual({ title: 'prime minister', length: 2 });
    expect(at('Secretary-General Antonio Guterres')).toEqual({ title: 'secretary-general', length: 1 });
    expect(at('Secretary - General Antonio Guterres')).toEqual({ title: 'secretary-general', length: 3 });
    expect(at('vice-president')?.title).toBe('vice president');
  });

  it('knows roles as well as titles', () => {
    for (const w of ['spokesman', 'lawyer', 'lawmaker', 'diplomat', 'commander', 'leader', 'Speaker']) expect(at(w)?.length, w).toBe(1);
    expect(at('PM Narendra Modi')?.title).toBe('prime minister');
    expect(at('Lt. Gen. Kyrylo Budanov')).toEqual({ title: 'lieutenant general', length: 2 });
  });

  it('needs a capital for titles that are also common words, and the exact case for abbreviations', () => {
    expect(at('a general strike', 1)).toBeUndefined();
    expect(at('General Valery Gerasimov')?.title).toBe('general');
    expect(at('a major attack', 1)).toBeUndefined();
    expect(at('at 5 pm', 2)).toBeUndefined();
  });

  it('finds nothing for words that are not titles', () => {
    for (const w of ['Korea', 'Monday', 'said', 'Party', 'the', 'Kim']) expect(at(w), w).toBeUndefined();
    expect(matchTitleAt(['President'], 3)).toBeUndefined();
  });
});
