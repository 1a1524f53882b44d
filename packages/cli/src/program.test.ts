import { describe, expect, it } from 'vitest';
import { parseDateOption } from './program.js';

describe('parseDateOption', () => {
  it('takes real calendar dates as YYYY-MM-DD', () => {
    expect(parseDateOption('2025-04-28')).toBe('2025-04-28');
    expect(parseDateOption('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses other shapes and impossible dates', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-04-31', '28/04/2025', '2025-4-28', '2025-04-28T10:00', '', 'yesterday']) {
      expect(() => parseDateOption(bad), bad).toThrow(/YYYY-MM-DD/);
    }
  });
});
