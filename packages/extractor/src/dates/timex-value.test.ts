import { TIMEX_VALUE } from '@newsgraph/models';
import { describe, expect, it } from 'vitest';
import { centuryValue, dateValue, decadeValue, durationValue, halfValue, intervalValue, quarterValue, seasonValue, timeValue, weekValue } from './timex-value.js';

describe('TIMEX3 values', () => {
  const values = {
    date: dateValue(2025, 4, 28),
    month: dateValue(2025, 10),
    year: dateValue(2024),
    week: weekValue({ year: 2025, month: 4, day: 21 }),
    weekend: weekValue({ year: 2026, month: 2, day: 14 }, true),
    quarter: quarterValue(2025, 1),
    half: halfValue(2026, 2),
    season: seasonValue(2025, 'SU'),
    decade: decadeValue(199),
    century: centuryValue(18),
    time: timeValue('2026-02-18', 15, 30),
    partOfDay: timeValue('2026-02-17', undefined, undefined, 'NI'),
    months: durationValue(6, 'month'),
    hours: durationValue(24, 'hour'),
    decades: durationValue(2, 'decade'),
    fortnight: durationValue(1, 'fortnight'),
    vague: durationValue(undefined, 'year'),
    vagueDecades: durationValue(undefined, 'decade'),
    interval: intervalValue('2026-01-08', '2026-01-09'),
    years: intervalValue('2025', '2031'),
  };

  it('builds the forms TimeML uses', () => {
    expect(values).toEqual({
      date: '2025-04-28',
      month: '2025-10',
      year: '2024',
      week: '2025-W17',
      weekend: '2026-W07-WE',
      quarter: '2025-Q1',
      half: '2026-H2',
      season: '2025-SU',
      decade: '199',
      century: '18',
      time: '2026-02-18T15:30',
      partOfDay: '2026-02-17TNI',
      months: 'P6M',
      hours: 'PT24H',
      decades: 'P20Y',
      fortnight: 'P2W',
      vague: 'PXY',
      vagueDecades: 'PXY',
      interval: '2026-01-08/2026-01-09',
      years: '2025/2031',
    });
  });

  it('matches the TIMEX_VALUE pattern of the models package', () => {
    for (const v of Object.values(values)) expect(v, v).toMatch(TIMEX_VALUE);
    expect(durationValue(1.5, 'year')).toMatch(TIMEX_VALUE);
  });
});
