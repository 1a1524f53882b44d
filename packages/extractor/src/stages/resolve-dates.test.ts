import { readFileSync } from 'node:fs';
import { TIMEX_VALUE } from '@newsgraph/models';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../doc/doc.js';
import { readDump } from '../ingest/read-dump.js';
import { detectDates } from './detect-dates.js';
import { resolveDatePublished } from './resolve-date-published.js';
import { resolveDates } from './resolve-dates.js';
import { segmentSentences } from './segment-sentences.js';

const OPTIONS = { includeText: false };
const STAGES = [segmentSentences, detectDates, resolveDatePublished, resolveDates];

function run(text: string, published?: string): Doc {
  const doc = createDoc({ text, ...(published ? { published } : {}) });
  for (const stage of STAGES) stage.run(doc, OPTIONS);
  return doc;
}

/** "text=value" of each expression; the article date is Wednesday 2026-02-18 unless given. */
const values = (text: string, published = '2026-02-18') => run(text, published).timexes.map((t) => `${t.text}=${t.value ?? ''}`);
const value = (text: string, published = '2026-02-18') => run(text, published).timexes[0]?.value;

describe('resolve-dates: weekdays, with tense', () => {
  it('points back in past and reported clauses', () => {
    expect(value('The envoy told reporters on Saturday that the offer stood.')).toBe('2026-02-14');
    expect(value('Rebels seized the airport on Monday.')).toBe('2026-02-16');
    expect(value('The border had been closed since Thursday.')).toBe('2026-02-12');
    expect(value('"We are ready," the minister said Tuesday.')).toBe('2026-02-17');
  });

  it('points forward in future clauses', () => {
    expect(value('A final decision is expected for Friday.')).toBe('2026-02-20');
    expect(value('She will fly to Tokyo on Friday.')).toBe('2026-02-20');
    expect(value('The company plans to announce its results on Monday.')).toBe('2026-02-23');
    expect(value('On Saturday the president will address the nation.')).toBe('2026-02-21');
    expect(value('The vote is scheduled for Thursday.')).toBe('2026-02-19');
    expect(value('The ceremony will be held on Sunday.')).toBe('2026-02-22');
  });

  it("gives the article date for the article's own weekday", () => {
    expect(value('The court ruled on Wednesday.')).toBe('2026-02-18');
    expect(value('The court will rule on Wednesday.')).toBe('2026-02-18');
  });

  it('follows "last" and "next"', () => {
    expect(value('The deal was signed last Friday.')).toBe('2026-02-13');
    expect(value('Talks resume next Monday.')).toBe('2026-02-23');
    expect(value('The court met last Wednesday.')).toBe('2026-02-11');
  });

  it('reads a clause on its own: "said on Monday that … would … on Friday"', () => {
    expect(values('The ministry said on Monday that the talks would resume on Friday.')).toEqual(['Monday=2026-02-16', 'Friday=2026-02-20']);
  });

  it('takes the day of a nearby date for a clock time', () => {
    expect(values('The blast happened at 9:15 a.m. local time on Sunday.')).toEqual(['9:15 a.m.=2026-02-15T09:15', 'Sunday=2026-02-15']);
  });
});

describe('resolve-dates: possessive weekdays and plans', () => {
  it("reads a weekday's possessive as past whatever the clause, unless it is awaited", () => {
    expect(value("Lawyers said they would appeal Monday's verdict.")).toBe('2026-02-16');
    expect(value("Crowds gathered ahead of Sunday's vote.")).toBe('2026-02-22');
    // "before" does not make it awaited: the stake was counted before purchases already made.
    expect(value("Its stake before Monday's purchases was 7%.")).toBe('2026-02-16');
  });

  it('reads "as soon as" and "as early as" before a weekday as plans', () => {
    expect(value('The envoy could arrive as soon as Friday.')).toBe('2026-02-20');
    expect(value('Troops may withdraw as early as Monday, officials said.')).toBe('2026-02-23');
  });

  it('keeps a plan from taking the past year written before it', () => {
    expect(value('The country applied in July 2024 and will join the bloc on March 12.')).toBe('2024-07');
    expect(values('The country applied in July 2024 and will join the bloc on March 12.')[1]).toBe('March 12=2026-03-12');
  });
});

describe('resolve-dates: months and days', () => {
  it('reads a month back in past clauses and forward in future ones', () => {
    expect(value('The coalition collapsed in October.')).toBe('2025-10');
    expect(value('Elections will be held in October.')).toBe('2026-10');
    expect(value('Inflation peaked in February.')).toBe('2026-02');
  });

  it('reads a month and day against the article date', () => {
    expect(value('The bank cut rates on February 3.')).toBe('2026-02-03');
    expect(value('The new budget year starts on April 1 and the plan will apply from then.')).toBe('2026-04-01');
    expect(values('The plan will cover the fiscal year beginning on April 1.')).toEqual(['the fiscal year=P1Y', 'April 1=2026-04-01']);
    expect(value('Troops crossed the river on December 28.')).toBe('2025-12-28');
  });

  it('lets a date up to six weeks ahead win over one almost a year back', () => {
    // A past verb, but the date is two days after the article date: a stale anchor, not last year.
    expect(value('The summit opened on February 20.')).toBe('2026-02-20');
    // The tender offer was set in the past; its closing date is three weeks on.
    expect(value('The company named March 10 as the closing date of its offer.')).toBe('2026-03-10');
    // Two months ahead is too far: a past clause keeps last year's date.
    expect(value('The company named April 20 as the closing date of its offer.')).toBe('2025-04-20');
  });

  it("reads a quarter as the article's own or the one just ended, whatever the tense", () => {
    // The article date is in the first quarter of 2026.
    expect(value('The airline expects to report a fourth-quarter loss.')).toBe('2025-Q4');
    expect(value('Sales will rise in the first quarter.')).toBe('2026-Q1');
    expect(value('Sales will rise in the third quarter.')).toBe('2026-Q3');
    expect(value('Sales fell in the third quarter.')).toBe('2025-Q3');
  });

  it('gives each written end of an interval its own value', () => {
    const ends = (text: string) => run(text, '2026-02-18').timexes.map((t) => t.endpoints?.map((e) => `${text.slice(e.start, e.end)}=${e.value ?? ''}`));
    expect(ends('Output grew between 2019 and 2023.')).toEqual([['2019=2019', '2023=2023']]);
    expect(ends('Talks were held on January 12 and 13.')).toEqual([['January 12=2026-01-12', '13=2026-01-13']]);
    expect(ends('Talks were held on 12 and 13 January.')).toEqual([['12=2026-01-12', '13 January=2026-01-13']]);
    expect(ends('Shares were bought from Jan. 26 to Feb. 10.')).toEqual([['Jan. 26=2026-01-26', 'Feb. 10=2026-02-10']]);
    // One token ("2024-25") has no ends of its own to give.
    expect(ends('The 2024-25 budget passed.')).toEqual([undefined]);
  });

  it('gives a day interval one year', () => {
    expect(value('Talks were held on January 12 and 13.')).toBe('2026-01-12/2026-01-13');
    expect(value('Exports fell from October to December.')).toBe('2025-10/2025-12');
    expect(value('Exports will rise from October to December.')).toBe('2026-10/2026-12');
    expect(value('Exports fell from November to January.')).toBe('2025-11/2026-01');
  });

  it('uses a month and year written earlier in the sentence, not a bare year', () => {
    expect(values('The vote was held on 3 March 2024, and the results were announced on March 5.')).toEqual([
      '3 March 2024=2024-03-03',
      'March 5=2024-03-05',
    ]);
    expect(values('She has lived in Lyon since 2011 and plans to move in June.')).toEqual(['2011=2011', 'June=2026-06']);
  });

  it('keeps a past clause in the past even when the month is near ahead', () => {
    expect(value('Rebels seized the town in mid-March.')).toBe('2025-03');
  });

  it('reads a deadline after a past verb as the nearest date', () => {
    expect(value('The company extended its offer to March 20.')).toBe('2026-03-20');
    expect(value('The company extended its offer until Friday.')).toBe('2026-02-20');
  });

  it('keeps a deadline in a future clause in the future', () => {
    // Nearest would be last November; the clause says the date is ahead.
    expect(value('The company will extend its offer to Nov. 6.')).toBe('2026-11-06');
  });

  it('reads a date chrono merges into what it cannot place', () => {
    expect(values('The doctor was shot on the night of Jan. 23.')).toEqual(['Jan. 23=2026-01-23']);
    expect(values('The bid, due to expire last Thursday, was extended to March 6.')).toEqual(['last Thursday=2026-02-12', 'March 6=2026-03-06']);
  });

  it('crosses year ends', () => {
    expect(values('Parliament met in December and again last week; prices rose last month.', '2026-01-05')).toEqual([
      'December=2025-12',
      'last week=2026-W01',
      'last month=2025-12',
    ]);
  });
});

describe('resolve-dates: expressions moved from the article date', () => {
  it('reads last/this/next with units', () => {
    expect(values('Prices rose last week, fell last month, and were flat last year.')).toEqual([
      'last week=2026-W07',
      'last month=2026-01',
      'last year=2025',
    ]);
    expect(values('The law takes effect next week; this year the budget grows.')).toEqual(['next week=2026-W09', 'this year=2026']);
    expect(value('In May last year, the dam broke.')).toBe('2025-05');
    expect(value('The plant closed earlier this month.')).toBe('2026-02');
    expect(value('The plant closed earlier last month.')).toBe('2026-01');
    expect(value('Markets were shut last weekend.')).toBe('2026-W07-WE');
  });

  it('reads ago, yesterday, tomorrow', () => {
    expect(value('The dam was built two years ago.')).toBe('2024');
    expect(value('The fire started three days ago.')).toBe('2026-02-15');
    expect(value('Officials met yesterday.')).toBe('2026-02-17');
    expect(value('The envoy arrives tomorrow.')).toBe('2026-02-19');
  });

  it('reads "in two weeks" as a date in a future clause and as a duration otherwise', () => {
    expect(run('The two sides will meet again in two weeks.', '2026-02-18').timexes[0]).toMatchObject({ type: 'date', value: '2026-W10' });
    expect(run('The bridge was rebuilt in two weeks.', '2026-02-18').timexes[0]).toMatchObject({ type: 'duration', value: 'P2W' });
  });
});

describe('resolve-dates: values', () => {
  it('gives only TIMEX3 values, whatever the construction', () => {
    const text = [
      'The minister met his counterpart on Thursday and will travel to Berlin on Friday.',
      'Growth slowed in the third quarter of 2025 and in the summer; last winter was mild.',
      'The 1990s were a decade of growth; in the early 2000s it slowed, and in the 19th century it was slower.',
      'He was jailed for 15 years last week, a year ago, three days ago and two decades after the war.',
      'The report, published every year and weekly online, covers the past 12 months and the past 24 hours.',
      'At 3:30 p.m. on Saturday, and at noon yesterday, and tonight, the sirens sounded.',
      'From January to March, and between 2019 and 2023, and on January 8 and 9, exports fell.',
      'The talks will take place next weekend, at the weekend, this week, next month and next year.',
      'It is now calm, recently it was not, and soon it will be; in the coming days, in recent weeks.',
    ].join(' ');
    for (const published of ['2026-02-18', '2025-12-31', '2024-02-29']) {
      const doc = run(text, published);
      expect(doc.timexes.length).toBeGreaterThan(30);
      for (const t of doc.timexes) {
        expect(t.value, t.text).toBeDefined();
        expect(t.value, t.text).toMatch(TIMEX_VALUE);
      }
    }
  });
});

describe('resolve-dates: anchors', () => {
  it('leaves relative expressions without a value when there is no article date', () => {
    const doc = run('The army withdrew on Saturday, last week, after the accord of July 2015.');
    expect(doc.datePublished).toBeUndefined();
    expect(doc.timexes.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['Saturday', undefined, 'none'],
      ['last week', undefined, 'none'],
      ['July 2015', '2015-07', 'absolute'],
    ]);
  });

  it('marks resolved relative expressions as anchored to the article date', () => {
    const doc = run('The army withdrew on Saturday after the accord of 14 July 2015 and stayed out for six months.', '2026-02-18');
    expect(doc.timexes.map((t) => [t.text, t.anchor])).toEqual([
      ['Saturday', 'datePublished'],
      ['14 July 2015', 'absolute'],
      ['six months', 'absolute'],
    ]);
  });

  /** A headline, a caption dated Sunday 1 March 2026, and a body; run through every stage. */
  const captioned = (body: string) => {
    const text = `Headline\n\nPeople march in Ankara on March 1, 2026.\n\n${body}`;
    const doc = createDoc({
      text,
      sections: [
        { kind: 'headline', start: 0, end: 8 },
        { kind: 'caption', start: 10, end: 51 },
        { kind: 'body', start: 53, end: text.length },
      ],
    });
    for (const stage of STAGES) stage.run(doc, OPTIONS);
    return doc;
  };

  it('lets a past weekday fall on the day after a caption date, and then dates the article that day', () => {
    const doc = captioned('The leaders met on Monday and will meet again on Wednesday.');
    expect(doc.datePublishedSource).toBe('caption');
    // The photo is from Sunday; "met on Monday", told in the past, puts the article on Monday.
    expect(doc.datePublished).toBe('2026-03-02');
    expect(doc.timexes.map((t) => `${t.text}=${t.value}`)).toEqual(['March 1, 2026=2026-03-01', 'Monday=2026-03-02', 'Wednesday=2026-03-04']);
  });

  it('keeps the caption date when the day after is only planned or not told', () => {
    expect(captioned('The leaders will meet on Monday.').datePublished).toBe('2026-03-01');
    expect(captioned('The leaders met on Saturday.').datePublished).toBe('2026-03-01');
    expect(captioned('The talks ended on March 2, 2026.').datePublished).toBe('2026-03-01');
  });
});

describe('resolve-dates: the sample dump against data/gold', () => {
  const dump = readFileSync(new URL('../../../../data/dumps/000_2281aa0f27802df5.txt', import.meta.url), 'utf8');
  const articles = readDump(dump).articles;
  const golds = [1, 2, 3, 4].map(
    (n) =>
      JSON.parse(readFileSync(new URL(`../../../../data/gold/seed-${n}.json`, import.meta.url), 'utf8')) as {
        title: string;
        published: string;
        published_accept?: string[];
        dates: { text: string; value: string }[];
      },
  );
  const docs = articles.map((a) => {
    const doc = createDoc(a.article);
    for (const stage of STAGES) stage.run(doc, OPTIONS);
    return doc;
  });

  it('reads the four articles', () => {
    expect(docs.map((d) => d.article.title)).toEqual(golds.map((g) => g.title));
  });

  it('finds every gold date with its gold value (matched on overlap)', () => {
    const misses: string[] = [];
    let total = 0;
    golds.forEach((gold, k) => {
      const doc = docs[k]!;
      for (const g of gold.dates) {
        total++;
        let ok = false;
        for (let at = doc.text.indexOf(g.text); at >= 0 && !ok; at = doc.text.indexOf(g.text, at + 1)) {
          ok = doc.timexes.some((t) => t.start < at + g.text.length && at < t.end && t.value === g.value);
        }
        if (!ok) misses.push(`${gold.title}: "${g.text}" = ${g.value}`);
      }
    });
    expect(total).toBe(33);
    expect(misses).toEqual([]);
  });

  it('gets the four publication dates', () => {
    const got = docs.map((d) => d.datePublished);
    golds.forEach((g, k) => expect([g.published, ...(g.published_accept ?? [])]).toContain(got[k]));
    expect(docs.map((d) => d.datePublishedSource)).toEqual(['caption', 'caption', 'caption', 'caption']);
  });

  it('gives only TIMEX3 values and spans that match the text', () => {
    for (const doc of docs) {
      for (const t of doc.timexes) {
        expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        if (t.value !== undefined) expect(t.value).toMatch(TIMEX_VALUE);
        expect(t.anchor).not.toBe('none');
      }
    }
  });
});
