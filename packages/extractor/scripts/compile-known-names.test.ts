import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKnownFirstName, isKnownLastName } from '../src/entities/words.js';
import { compileKnownNames } from './compile-known-names.js';

describe('known names (compiled from compromise)', () => {
  it('the committed resources/known-names.json is current (run pnpm resources)', () => {
    const committed = JSON.parse(readFileSync(new URL('../resources/known-names.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(compileKnownNames());
  });

  it('answers as compromise does, for names, non-names and object keys', () => {
    const { first, last } = compileKnownNames();
    expect(first.length).toBeGreaterThan(1000);
    expect(last.length).toBeGreaterThan(500);
    for (const w of first.slice(0, 50)) expect(isKnownFirstName(w)).toBe(true);
    for (const w of last.slice(0, 50)) expect(isKnownLastName(w)).toBe(true);
    for (const w of ['the', 'said', 'constructor', '__proto__', 'tostring', '']) {
      expect(isKnownFirstName(w)).toBe(first.includes(w));
      expect(isKnownLastName(w)).toBe(last.includes(w));
    }
  });
});
