import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import type { TimexCandidate } from '../doc/candidates.js';
import { detectDates } from './detect-dates.js';
import { resolveDatePublished } from './resolve-date-published.js';
import { resolveDates } from './resolve-dates.js';
import { segmentSentences } from './segment-sentences.js';

const OPTIONS = { includeText: false };

/** Runs segmentation and the date stages on a text; the article date is Wednesday 2026-02-18. */
function timexes(text: string, published: string | undefined = '2026-02-18'): TimexCandidate[] {
  const doc = createDoc({ text, ...(published ? { published } : {}) });
  for (const stage of [segmentSentences, detectDates, resolveDatePublished, resolveDates]) stage.run(doc, OPTIONS);
  for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  return doc.timexes;
}

/** "text|type" of each expression. */
const spans = (text: string) => timexes(text).map((t) => `${t.text}|${t.type}`);
/** "text=value" of each expression. */
const values = (text: string, published?: string) => timexes(text, published).map((t) => `${t.text}=${t.value ?? ''}`);

describe('detect-dates: dates', () => {
  it('reads weekdays without their preposition or possessive', () => {
    expect(spans('Officials said Monday that the talks had stalled.')).toEqual(['Monday|date']);
    expect(spans('The envoy arrived on Sunday.')).toEqual(['Sunday|date']);
    expect(spans("Thursday's vote was delayed by a week.")).toEqual(['Thursday|date']);
    expect(spans('Sunday’s rally drew thousands.')).toEqual(['Sunday|date']);
  });

  it('reads full dates in the forms captions and datelines use', () => {
    expect(values('Supporters wave flags in Ankara, Turkey, Tuesday, March 4, 2025.')).toEqual(['Tuesday, March 4, 2025=2025-03-04']);
    expect(values('A woman walks past the ruins in Gaza City, 22 March 2025.')).toEqual(['22 March 2025=2025-03-22']);
    expect(values('Soldiers patrol the border on Sept. 5, 2024.')).toEqual(['Sept. 5, 2024=2024-09-05']);
    expect(values('The filing is dated 2025-11-03.')).toEqual(['2025-11-03=2025-11-03']);
  });

  it('reads months and days, dropping "in" and "on"', () => {
    expect(spans('The coalition collapsed in November and reformed on January 3.')).toEqual(['November|date', 'January 3|date']);
    expect(spans('Fighting resumed in mid-September.')).toEqual(['mid-September|date']);
    expect(spans('The party rose in early April.')).toEqual(['early April|date']);
  });

  it('keeps "last year" with the month it dates', () => {
    expect(values('In June last year, the court struck down the law.')).toEqual(['June last year=2025-06']);
    expect(values('The dam was finished in March of last year.')).toEqual(['March of last year=2025-03']);
  });

  it('reads relative expressions with their modifiers', () => {
    expect(spans('Prices fell last month after a spike last year, and rose again last week.')).toEqual([
      'last month|date',
      'last year|date',
      'last week|date',
    ]);
    expect(spans('Talks resumed earlier this month.')).toEqual(['earlier this month|date']);
    expect(spans('The unrest began earlier last month.')).toEqual(['earlier last month|date']);
    expect(spans('The rebels were routed late last year.')).toEqual(['late last year|date']);
  });

  it('reads day intervals and year intervals', () => {
    expect(values('Dockers will strike on March 3 and 4.')).toEqual(['March 3 and 4=2026-03-03/2026-03-04']);
    expect(values('Dockers struck on August 3 and 4.')).toEqual(['August 3 and 4=2025-08-03/2025-08-04']);
    expect(values('Riots broke out on 11 and 12 January.')).toEqual(['11 and 12 January=2026-01-11/2026-01-12']);
    expect(values('Exports will grow by 4% a year between 2026 and 2030.')).toEqual(['a year=P1Y', 'between 2026 and 2030=2026/2030']);
    expect(values('The 2024-25 season was cut short.')).toEqual(['2024-25=2024/2025']);
  });

  it('reads years, decades and centuries', () => {
    expect(values('He fled the country after the 2011 uprising.')).toEqual(['2011=2011']);
    expect(values('The treaty was signed in 1998 and renewed since 2010.')).toEqual(['1998=1998', '2010=2010']);
    expect(values('The economy boomed in the 1980s.')).toEqual(['the 1980s=198']);
    expect(values('The fort dates from the 17th century.')).toEqual(['the 17th century=16']);
  });

  it('reads seasons and quarters', () => {
    expect(values('Growth slowed in the second quarter of 2025.')).toEqual(['the second quarter of 2025=2025-Q2']);
    expect(values('The bank reported third-quarter profit.')).toEqual(['third-quarter=2025-Q3']);
    expect(values('The company posted third-quarter net income of $5 million.')).toEqual(['third-quarter=2025-Q3']);
    expect(values('He scored a first-half goal.')).toEqual([]);
    expect(values('Profit rose in the latest quarter, from the year-ago quarter, and the current quarter looks weak.', '2025-10-25')).toEqual(['the latest quarter=2025-Q3', 'the year-ago quarter=2024-Q3', 'the current quarter=2025-Q4']);
    expect(values('Sales in the current year will rise.', '2025-10-25')).toEqual(['the current year=2025']);
    expect(values('Talks resume in the spring.')).toEqual(['spring=2026-SP']);
    expect(values('The dam burst in the summer of 2023.')).toEqual(['summer of 2023=2023-SU']);
  });

  it('reads now, recently and other references', () => {
    expect(values('The region is now calm, but recently it was not.')).toEqual(['now=PRESENT_REF', 'recently=PAST_REF']);
    expect(values('In the past, such disputes were settled by force.')).toEqual(['the past=PAST_REF']);
    expect(values('No vote is planned for the foreseeable future.')).toEqual(['the foreseeable future=FUTURE_REF']);
    expect(values('Prices may fall in the near term.')).toEqual(['the near term=FUTURE_REF']);
    expect(values('Rates will rise in coming months.')).toEqual(['coming months=FUTURE_REF']);
    expect(values('Few farmers plant rye these days.')).toEqual(['these days=PRESENT_REF']);
  });

  it('reads "current" before what it dates, not a current account or a river\'s current', () => {
    expect(values('Current market conditions are weak.')).toEqual(['Current=PRESENT_REF']);
    expect(values('He came with his current wife.')).toEqual(['current=PRESENT_REF']);
    expect(values('The current account deficit widened.')).toEqual([]);
    expect(values('The boat was swept away by the current.')).toEqual([]);
  });

  it('reads no time in "shortly after", a term of office, or the future of something', () => {
    expect(values('The mayor resigned shortly after the vote.')).toEqual([]);
    expect(values('She began her second term with a speech.')).toEqual([]);
    expect(values('The future of the port is unclear.')).toEqual([]);
  });
});

describe('detect-dates: durations and sets', () => {
  it('keeps "more than" and similar inside the duration, as TimeML does', () => {
    expect(values('The siege lasted more than eight months.')).toEqual(['more than eight months=P8M']);
    expect(values('The talks ran for nearly three weeks.')).toEqual(['nearly three weeks=P3W']);
    expect(values('It took at least 10 days to reopen the road.')).toEqual(['at least 10 days=P10D']);
  });

  it('reads stretches of unknown length and rough distances back', () => {
    expect(values('Troops will arrive within weeks.')).toEqual(['weeks=PXW']);
    expect(values('Over the years the town shrank.')).toEqual(['the years=PXY']);
    expect(values('There were such sales in past years.')).toEqual(['past years=PAST_REF']);
    expect(values('The general picked the date a week or so ago.')).toEqual(['a week or so ago=2026-W07']);
    expect(values('Demand should stay high well into the summer.')).toEqual(['summer=2026-SU']);
  });

  it('reads no time in a title ("60 Minutes") or an average per day, but keeps a title-case headline', () => {
    expect(values('He spoke on CBS\'s 60 Minutes about the boy.')).toEqual([]);
    expect(values('Traders watched average daily volume fall.')).toEqual([]);
    expect(values('Ceasefire Holds For 3 Days In The North')).toEqual(['3 Days=P3D']);
  });

  it('reads rates as sets, and not "a year ago" or "a year or two"', () => {
    expect(values('The cuts will save $500 million a year.')).toEqual(['a year=P1Y']);
    expect(values('Police do hundreds of interviews a day.')).toEqual(['a day=P1D']);
    expect(values('He met three ministers a year ago.')).toEqual(['a year ago=2025']);
  });

  it('reads "a hundred years", "the first hours" and "as soon as possible"', () => {
    expect(values('The island has been a republic for almost a hundred years.')).toEqual(['almost a hundred years=P100Y']);
    expect(values('Hundreds were captured in the first hours of the offensive.')).toEqual(['the first hours=PTXH']);
    expect(values('The firm will be sold as soon as possible.')).toEqual(['as soon as possible=FUTURE_REF']);
    expect(values('They will leave as soon as the road opens.')).toEqual([]);
  });

  it('reads "one day" as a length, or as some day ahead after a modal; "each July" as a set; "a later date"', () => {
    expect(values('The new minister had been in the job one day.')).toEqual(['one day=P1D']);
    expect(values('She hopes the town will one day recover.')).toEqual(['one day=FUTURE_REF']);
    expect(values('Marchers parade through the town each July.')).toEqual(['each July=XXXX-07']);
    expect(values('The shares may be sold at a later date.')).toEqual(['a later date=FUTURE_REF']);
  });

  it('reads halves, added amounts and "-long" lengths', () => {
    expect(values('Refugees lived in the camps for 2 1/2 years.')).toEqual(['2 1/2 years=P2Y6M']);
    expect(values('The talks lasted about 5 1/2 hours.')).toEqual(['about 5 1/2 hours=PT5H30M']);
    expect(values('The lease runs for at least 20 more years.')).toEqual(['at least 20 more years=P20Y']);
    expect(values('The loan may be extended for an additional year.')).toEqual(['an additional year=P1Y']);
    expect(values('They left a day-long meeting and a decades-long feud.')).toEqual(['day-long=P1D', 'decades-long=PXY']);
    expect(values('The 10-day-long siege ended.')).toEqual(['10-day-long=P10D']);
  });

  it('reads "recent years" as a stretch of unknown length, as TimeML marks it', () => {
    expect(values('Rents have soared in recent years.')).toEqual(['recent years=PXY']);
    expect(values('Dozens of boats sank in recent weeks.')).toEqual(['recent weeks=PXW']);
  });

  it('reads "a year earlier" as a date, and "three days later" as a length of time', () => {
    expect(values('Exports rose 4%, after falling 2% a year earlier.')).toEqual(['a year earlier=2025']);
    expect(values('The dam burst in 2019; two years earlier it had been inspected.')).toEqual(['2019=2019', 'two years earlier=2017']);
    expect(values('Three days later the ceasefire collapsed.')).toEqual(['Three days=P3D']);
  });

  it('leaves the signal word out: "12 days after" is a 12-day duration', () => {
    expect(spans('The quake struck 12 days after the first tremor.')).toEqual(['12 days|duration']);
    expect(values('Two months later the ban was lifted.')).toEqual(['Two months=P2M']);
  });

  it('reads durations in figures and words, and as adjectives', () => {
    expect(values('He was jailed for three years.')).toEqual(['three years=P3Y']);
    expect(values('The conflict has lasted three decades.')).toEqual(['three decades=P30Y']);
    expect(values('Rescuers searched the rubble over the past 48 hours.')).toEqual(['the past 48 hours=PT48H']);
    expect(values('Unions called a 24-hour strike.')).toEqual(['24-hour=PT24H']);
    expect(values('She won a two-year term.')).toEqual(['two-year=P2Y']);
    expect(values('Families have waited for years.')).toEqual(['years=PXY']);
    expect(values('Shares hit a five year low during a 10 day slide.')).toEqual(['five year=P5Y', '10 day=P10D']);
    expect(values('Markets fell over the last twenty four hours.')).toEqual(['the last twenty four hours=PT24H']);
    expect(values('More than a quarter of voters stayed home.')).toEqual([]);
    expect(values('Ministers will meet in the coming days.')).toEqual(['the coming days=FUTURE_REF']);
  });

  it('reads sets', () => {
    expect(spans('The magazine is published weekly.')).toEqual(['weekly|set']);
    expect(values('The festival is held each year.')).toEqual(['each year=P1Y']);
    expect(values('Elections take place every four years.')).toEqual(['every four years=P4Y']);
    expect(values('Patients need the drug twice a day.')).toEqual(['twice a day=P1D']);
    expect(values('Markets close on Fridays.')).toEqual(['Fridays=XXXX-WXX-5']);
  });

  it('reads "daily" and "weekly" before a noun as sets, but not a quarterly dividend or a daily newspaper', () => {
    expect(spans('Protesters held a daily rally outside the court.')).toEqual(['daily|set']);
    expect(values('The president gave his weekly radio address.')).toEqual(['weekly=P1W']);
    expect(values('The board declared a quarterly dividend.')).toEqual([]);
    expect(values('The party daily Pravda printed the letter.')).toEqual([]);
  });
});

describe('detect-dates: times', () => {
  it('reads clock times and parts of days', () => {
    expect(spans('The blast happened at 9:15 a.m.')).toEqual(['9:15 a.m.|time']);
    expect(values('Protesters gathered on Tuesday night.')).toEqual(['Tuesday night=2026-02-17TNI']);
    expect(values('The curfew starts tonight.')).toEqual(['tonight=2026-02-18TNI']);
    expect(values('Police fired tear gas yesterday morning.')).toEqual(['yesterday morning=2026-02-17TMO']);
  });
});

describe('detect-dates: what is not a date', () => {
  it.each([
    ['an occasion', 'The two leaders met for the first time.'],
    ['an ordinal day', 'Mourners marked the 30th day since the killings.'],
    ['a page count', 'The panel released a 300-page report.'],
    ['an age', 'Erdogan, 71, told reporters that the plan was sound.'],
    ['an age in years', 'A 64-year-old man and his 7-year-old son were hurt.'],
    ['an age said in full', 'The victim was 19 years old.'],
    ['a count', 'The bill has nine articles and seven sections.'],
    ['a count in the thousands', 'About 1500 troops crossed the border.'],
    ['a count of people', 'Police said 2000 people joined the march.'],
    ['money', 'The company paid $2025 for each share.'],
    ['a numbered resolution', 'Resolution 1973 authorised a no-fly zone.'],
    ['a surname that is a month', 'Theresa May spoke to reporters.'],
    ['a verb that is a month', 'They march to the palace every evening.'],
    ['a name with a season', 'The Arab Spring toppled several rulers.'],
    ['a compound', 'The decades-old dispute flared up.'],
    ['"as soon as"', 'Aid will flow as soon as the road opens.'],
  ])('%s', (_what, text) => {
    expect(timexes(text)).toEqual([]);
  });

  it('does not read a bare number as a time', () => {
    expect(spans('At 5, the children went home.')).toEqual([]);
  });
});

describe('detect-dates: what it records', () => {
  it('keeps what was written apart from what was implied', () => {
    const [t] = timexes('The ministry said on April 24 that the strike had failed.', '2025-04-28');
    expect(t).toMatchObject({ text: 'April 24', known: { month: 4, day: 24 }, implied: { year: 2025 }, relative: true, anchor: 'datePublished', rule: 'dates/chrono' });
    const [w] = timexes('The army withdrew on Saturday.', '2025-04-28');
    expect(w).toMatchObject({ known: { weekday: 6 }, implied: { year: 2025, month: 4, day: 26 }, rule: 'dates/weekday' });
    expect(w!.confidence).toBeGreaterThan(0);
  });

  it('marks absolute expressions as such', () => {
    const [t] = timexes('The accord was signed on 14 July 2015.', undefined);
    expect(t).toMatchObject({ value: '2015-07-14', anchor: 'absolute', relative: false, known: { year: 2015, month: 7, day: 14 } });
  });
});
