import { describe, expect, it } from 'vitest';
import { entityKeys, scoreKey } from './name-key.js';

describe('scoreKey', () => {
  it('compares case-insensitively with diacritics folded', () => {
    expect(scoreKey('Numan Kurtulmuş')).toBe(scoreKey('NUMAN KURTULMUS'));
    expect(scoreKey('Türkiye')).toBe('turkiye');
    expect(scoreKey('São Paulo')).toBe('sao paulo');
    expect(scoreKey('Łódź')).toBe('lodz');
  });
  it('removes a leading "the" and a trailing possessive', () => {
    expect(scoreKey('The Associated Press')).toBe('associated press');
    expect(scoreKey('the Kremlin')).toBe('kremlin');
    expect(scoreKey("Ukraine's")).toBe('ukraine');
    expect(scoreKey('Ukraine’s')).toBe('ukraine');
    expect(scoreKey("The Kremlin's")).toBe('kremlin');
  });
  it('collapses whitespace and treats typographic apostrophes as plain ones', () => {
    expect(scoreKey('  Kim   Jong\u00a0Un ')).toBe('kim jong un');
    expect(scoreKey('Workers’ Party')).toBe("workers' party");
  });
  it('leaves "the" inside a name, names that only start with "the", and a bare trailing apostrophe alone', () => {
    expect(scoreKey('Theresa May')).toBe('theresa may');
    expect(scoreKey('Bank of the North')).toBe('bank of the north');
    expect(scoreKey("Workers'")).toBe("workers'");
    expect(scoreKey('Paris')).not.toBe(scoreKey('Pari'));
  });
  it('gives an entity the keys of its name and alternate names', () => {
    expect(entityKeys({ name: 'Kim Jong Un', alternateName: ['Kim'] })).toEqual(new Set(['kim jong un', 'kim']));
    expect(entityKeys({ name: 'KCNA' })).toEqual(new Set(['kcna']));
  });
});
