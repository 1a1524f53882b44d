import { describe, expect, it } from 'vitest';
import { dateValues as values } from '../../testing/date-values.js';

describe('report periods', () => {
  it('reads the quarter a report is about, from the quarter it names', () => {
    expect(values('The brewer said fourth-quarter profit fell 12%. Sales in the quarter rose to $3.1 billion.')).toEqual([
      'fourth-quarter=2025-Q4',
      'the quarter=2025-Q4',
    ]);
    // Reported in August: the quarter just ended is the second.
    expect(values('Sales in the quarter rose to $900 million.', '2026-08-04')).toEqual(['the quarter=2026-Q2']);
    expect(values('Margins widened in the latest period.', '2026-08-04')).toEqual(['the latest period=2026-Q2']);
  });

  it('reads the year-ago period as that quarter a year back', () => {
    expect(values('Third-quarter net income rose to $41 million from $30 million in the year-earlier period.', '2026-10-29')).toEqual([
      'Third-quarter=2026-Q3',
      'the year-earlier period=2025-Q3',
    ]);
    expect(values('The third quarter was weak. Year-earlier results included a one-time gain.', '2026-10-29')).toEqual([
      'The third quarter=2026-Q3',
      'Year-earlier=2025-Q3',
    ]);
    expect(values('For the quarter a year ago, the miner earned $12 million.', '2026-10-29')).toEqual(['the quarter a year ago=2025-Q3']);
    expect(values('The 2025 quarter had no such charge.', '2026-10-29')).toEqual(['The 2025 quarter=2025-Q3']);
  });

  it('reads "a year ago" in a comparison of a report\'s figures as that quarter a year back', () => {
    expect(
      values('The insurer said its second-quarter profit rose to $2.1 billion, or $1.40 a share, from $1.7 billion a year ago.', '2026-07-30'),
    ).toEqual(['second-quarter=2026-Q2', 'a year ago=2025-Q2']);
    expect(values('Second-quarter revenue was flat. A year earlier, the company lost $4 million.', '2026-07-30')).toEqual([
      'Second-quarter=2026-Q2',
      'A year earlier=2025-Q2',
    ]);
  });

  it("leaves a year's figures compared by year", () => {
    expect(
      values('Second-quarter profit rose. In the first six months, sales were $9 billion, compared with $8 billion a year earlier.', '2026-07-30'),
    ).toEqual(['Second-quarter=2026-Q2', 'the first six months=P6M', 'a year earlier=2025']);
  });

  it('leaves "a year ago" a year outside a comparison, or where no quarter is reported on', () => {
    expect(values('Second-quarter revenue was flat. The chief executive joined the company a year ago.', '2026-07-30')).toEqual([
      'Second-quarter=2026-Q2',
      'a year ago=2025',
    ]);
    expect(values('Prices rose to $80 a barrel from $60 a year ago.', '2026-07-30')).toEqual(['a year ago=2025']);
    // A quarter still running is not one reported on.
    expect(values('A third-quarter charge is expected. Costs rose to $5 million from $4 million a year ago.', '2026-07-30')).toEqual([
      'third-quarter=2026-Q3',
      'a year ago=2025',
    ]);
  });

  it('joins a year and its quarter', () => {
    expect(values("Net sales for this year's third quarter were $14 million.", '2026-10-29')).toEqual(["this year's third quarter=2026-Q3"]);
    expect(values("The merger may take effect in next year's first quarter.", '2026-10-29')).toEqual(["next year's first quarter=2027-Q1"]);
    expect(values('In the 2025 third quarter, the bank lost money.', '2026-10-29')).toEqual(['the 2025 third quarter=2025-Q3']);
    expect(values('It earned $5 million in the fiscal first quarter.', '2026-10-29')).toEqual(['the fiscal first quarter=2026-Q1']);
  });

  it("reads the year of the article and a company's year", () => {
    expect(values('For the year, pet food sales were flat.', '2026-10-29')).toEqual(['the year=2026']);
    expect(values('Rains delayed planting earlier in the year.', '2026-10-29')).toEqual(['earlier in the year=2026']);
    expect(values('It expects sales in the current fiscal year to rise.', '2026-10-29')).toEqual(['the current fiscal year=2026']);
    expect(values('Sales were $7 billion in the latest fiscal year.', '2026-10-29')).toEqual(['the latest fiscal year=2025']);
    expect(values('For the year ended Sept. 30, the firm earned $422 million.', '2026-10-29')).toEqual(['the year=P1Y', 'Sept. 30=2026-09-30']);
    expect(values('Fiscal 2026 sales were slightly above forecasts.', '2026-10-29')).toEqual(['Fiscal 2026=2026']);
  });

  it('reads year-end as the last day of the year, by tense', () => {
    expect(values('The deal should close by year-end.', '2026-10-29')).toEqual(['year-end=2026-12-31']);
    expect(values("The rules should be in place by year's end.", '2026-10-29')).toEqual(["year's end=2026-12-31"]);
    expect(values('The index has risen 8% since year-end.', '2026-10-29')).toEqual(['year-end=2025-12-31']);
  });

  it('reads no year in "the year before", "the year 2000" read as a year, or a year-end party', () => {
    expect(values('Sales fell in 2025, after rising the year before.', '2026-10-29')).toEqual(['2025=2025']);
    expect(values('Plans for the year 2030 were shelved.', '2026-10-29')).toEqual(['2030=2030']);
    expect(values('Staff left the year-end party early.', '2026-10-29')).toEqual([]);
  });

  it('reads no period in names and fractions', () => {
    expect(values('Jazz bars line the French Quarter.')).toEqual([]);
    expect(values('The party won a quarter of the vote.')).toEqual([]);
    expect(values('The company issued year-end guidance.')).toEqual([]);
  });
});
