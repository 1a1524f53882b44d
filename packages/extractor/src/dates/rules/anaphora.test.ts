import { describe, expect, it } from 'vitest';
import { dateValues as values } from '../../testing/date-values.js';

describe('days, months and years named from the date before', () => {
  it('moves from the latest date written before', () => {
    expect(values('The plant opened on March 3, 2019, and the following year it closed.')).toEqual(['March 3, 2019=2019-03-03', 'the following year=2020']);
    expect(values('She left in June 2021. She came back later that year.')).toEqual(['June 2021=2021-06', 'later that year=2021']);
    expect(values('The dam failed on Aug. 2, 2024. The previous day, engineers had warned of cracks.')).toEqual([
      'Aug. 2, 2024=2024-08-02',
      'The previous day=2024-08-01',
    ]);
    expect(values('Talks opened in May 2023 and collapsed that same month.')).toEqual(['May 2023=2023-05', 'that same month=2023-05']);
  });

  it('gives no value when no date was written before, rather than guess', () => {
    expect(values('The next day, crowds returned to the square.')).toEqual(['The next day=']);
  });

  it('leaves "the next year" a stretch ahead and "the day of the vote" alone', () => {
    expect(values('Prices will rise over the next year.')).toEqual(['the next year=P1Y']);
    expect(values('Police were out in force on the day of the vote.')).toEqual([]);
  });
});
