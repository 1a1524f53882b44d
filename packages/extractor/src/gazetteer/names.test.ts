import { describe, expect, it } from 'vitest';
import { givenNameScore, surnameScore } from './index.js';

describe('givenNameScore', () => {
  it('scores given names from many languages high, including names absent from the dev sample', () => {
    for (const n of ['Olena', 'Hiroshi', 'Fatima', 'Sanae', 'Minoru', 'Rahul', 'Masoud', 'Oleksandr', 'Recep', 'John', 'Vladimir', 'Mohammed']) {
      expect(givenNameScore(n), n).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('reads words in capitals and with or without diacritics alike', () => {
    expect(givenNameScore('MOHAMMED')).toBe(givenNameScore('Mohammed'));
    expect(givenNameScore('Hüseyin')).toBe(givenNameScore('Huseyin'));
  });

  it('gives 0 to places, titles, organisation heads, demonyms, weekdays and lower-case words', () => {
    for (const w of ['Party', 'Korea', 'Iran', 'President', 'Minister', 'Agency', 'Iranian', 'Monday', 'The', 'Mr.', 'Kyiv', 'Russia']) {
      expect(givenNameScore(w), w).toBe(0);
    }
    expect(givenNameScore('olena')).toBe(0);
    expect(givenNameScore('')).toBe(0);
  });

  it('scores common words that are sometimes names low', () => {
    for (const w of ['Will', 'May', 'Young', 'Western']) expect(givenNameScore(w), w).toBeLessThan(0.2);
  });
});

describe('surnameScore', () => {
  it('scores family names high, with diacritics folded', () => {
    for (const n of ['Putin', 'Smith', 'Erdoğan', 'Öcalan', 'Kovalenko', 'Nguyen', 'Hosseini']) expect(surnameScore(n), n).toBeGreaterThanOrEqual(0.5);
    expect(surnameScore('Erdogan')).toBe(surnameScore('Erdoğan'));
    expect(surnameScore('OCALAN')).toBe(surnameScore('Öcalan'));
  });

  it('gives 0 to words that are not family names', () => {
    for (const w of ['Party', 'Korea', 'President', 'Monday', 'Olena']) expect(surnameScore(w), w).toBe(0);
  });
});
