import { describe, expect, it } from 'vitest';
import { TIMEX_VALUE } from './temporal-expression.js';

describe('TIMEX_VALUE', () => {
  it.each(['2025-04-28', '2025-04', '2025', '2025-W17', '2025-Q1', '2025-SU', '199', '19', 'P6M', 'P10D', 'PT24H', 'P2Y', 'P1W',
    '2026-01-08/2026-01-09', '2025/2031', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', '2025-04-28T14:30', '2025-04-28TNI', 'PXY'])('accepts %s', (v) => {
    expect(TIMEX_VALUE.test(v)).toBe(true);
  });
  it.each(['', 'Monday', '2025-4-28', 'P', 'last week', '2025-W', '2025/'])('rejects %s', (v) => {
    expect(TIMEX_VALUE.test(v)).toBe(false);
  });
});
