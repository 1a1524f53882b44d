import { describe, expect, it } from 'vitest';
import { createExtractor, safeExtract } from './extractor.js';

describe('the longest article', () => {
  it('rejects a text longer than maxTextLength with too_long, and reads one at the limit', () => {
    const text = 'Gunmen killed five villagers in Zamfara on Sunday. '.repeat(20);
    const r = safeExtract({ text }, { maxTextLength: text.length - 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too_long');
    expect(safeExtract({ text }, { maxTextLength: text.length }).ok).toBe(true);
  });

  it('refuses a maxTextLength that is not a whole number of at least 1', () => {
    expect(() => createExtractor({ maxTextLength: 0 })).toThrow(/maxTextLength/);
    expect(() => createExtractor({ maxTextLength: 2.5 })).toThrow(/maxTextLength/);
  });
});
