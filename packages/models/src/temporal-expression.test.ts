import { describe, expect, it } from 'vitest';
import { TemporalExpressionSchema, TIMEX_VALUE } from './temporal-expression.js';

describe('TIMEX_VALUE', () => {
  it.each(['2025-04-28', '2025-04', '2025', '2025-W17', '2025-Q1', '2025-SU', '199', '19', 'P6M', 'P10D', 'PT24H', 'P2Y', 'P1W',
    '2026-01-08/2026-01-09', '2025/2031', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', '2025-04-28T14:30', '2025-04-28TNI', 'PXY'])('accepts %s', (v) => {
    expect(TIMEX_VALUE.test(v)).toBe(true);
  });
  it.each(['', 'Monday', '2025-4-28', 'P', 'last week', '2025-W', '2025/'])('rejects %s', (v) => {
    expect(TIMEX_VALUE.test(v)).toBe(false);
  });
});

describe('TemporalExpressionSchema', () => {
  const interval = {
    text: 'between 1985 and 1987',
    start: 10,
    end: 31,
    type: 'date',
    value: '1985/1987',
    anchor: 'absolute',
    endpoints: [
      { text: '1985', start: 18, end: 22, value: '1985' },
      { text: '1987', start: 27, end: 31, value: '1987' },
    ],
  };
  it('takes an interval with its two written ends', () => {
    expect(TemporalExpressionSchema.safeParse(interval).success).toBe(true);
  });
  it('rejects one end alone, or an end whose text does not fit its span', () => {
    expect(TemporalExpressionSchema.safeParse({ ...interval, endpoints: [interval.endpoints[0]] }).success).toBe(false);
    expect(TemporalExpressionSchema.safeParse({ ...interval, endpoints: [interval.endpoints[0], { ...interval.endpoints[1], end: 32 }] }).success).toBe(false);
  });
});
