import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Section } from '../doc/doc.js';
import type { ResolvedOptions } from '../options.js';
import { detectDates } from './detect-dates.js';
import { resolveDatePublished } from './resolve-date-published.js';
import { resolveDates } from './resolve-dates.js';
import { segmentSentences } from './segment-sentences.js';

interface Part {
  kind: Section['kind'];
  text: string;
}

/** An article laid out like the dump reader lays it out: sections joined by blank lines. */
function run(parts: Part[], published?: string, options: ResolvedOptions = { includeText: false }): Doc {
  let text = '';
  const sections: Section[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    sections.push({ kind: p.kind, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  const doc = createDoc({ text, sections, ...(published !== undefined ? { published } : {}) });
  for (const stage of [segmentSentences, detectDates, resolveDatePublished, resolveDates]) stage.run(doc, options);
  return doc;
}

const body = (text: string): Part => ({ kind: 'body', text });
const caption = (text: string): Part => ({ kind: 'caption', text });
const headline = (text: string): Part => ({ kind: 'headline', text });
const result = (d: Doc) => [d.datePublished, d.datePublishedSource, d.issues.map((i) => i.code)];

describe('resolve-date-published: the input', () => {
  it("takes the input's date, date-time or RFC 2822 date", () => {
    expect(result(run([body('Rebels took the town.')], '2025-04-28'))).toEqual(['2025-04-28', 'input', []]);
    expect(result(run([body('Rebels took the town.')], '2025-04-28T22:10:00-04:00'))).toEqual(['2025-04-28', 'input', []]);
    expect(result(run([body('Rebels took the town.')], 'Tue, 17 Feb 2026 08:00:00 GMT'))).toEqual(['2026-02-17', 'input', []]);
  });

  it('prefers the input over a caption date', () => {
    const d = run([caption('A man walks by in Kabul, 2 March 2026.'), body('Rebels took the town.')], '2026-03-03');
    expect(result(d)).toEqual(['2026-03-03', 'input', []]);
  });

  it('reports an unreadable input date and goes on', () => {
    const d = run([caption('A man walks by in Kabul, 2 March 2026.'), body('Rebels took the town.')], 'last Tuesday');
    expect(result(d)).toEqual(['2026-03-02', 'caption', ['invalid_published']]);
    expect(d.issues[0]!.message).toContain('last Tuesday');
  });

  it("uses the options' default for articles that give none", () => {
    const options = { includeText: false, published: '2026-02-18' };
    expect(result(run([body('Rebels took the town on Monday.')], undefined, options))).toEqual(['2026-02-18', 'input', []]);
    expect(result(run([caption('A man walks by in Kabul, 2 March 2026.'), body('Rebels took the town.')], undefined, options))).toEqual([
      '2026-02-18',
      'input',
      [],
    ]);
    expect(result(run([body('Rebels took the town.')], '2025-01-09', options))).toEqual(['2025-01-09', 'input', []]);
  });
});

describe('resolve-date-published: captions', () => {
  it('takes the latest full date of the captions', () => {
    const d = run([
      headline('Floods hit the north'),
      caption('Residents wade through water in Mosul, Iraq, Sunday, March 1, 2026.'),
      caption('A boy carries a bag in Erbil, 2 March 2026.'),
      body('Heavy rain fell on Sunday and Monday.'),
    ]);
    expect(result(d)).toEqual(['2026-03-02', 'caption', []]);
  });

  it('ignores dates of archive photos', () => {
    const d = run([caption('FILE - Troops parade in Pyongyang, Oct. 10, 2020.'), body('Rebels took the town.')]);
    expect(result(d)).toEqual([undefined, 'none', ['no_date']]);
  });

  it('ignores captions without a full date', () => {
    const d = run([caption('Troops parade in Pyongyang on Monday.'), body('Rebels took the town.')]);
    expect(result(d)).toEqual([undefined, 'none', ['no_date']]);
  });
});

describe('resolve-date-published: datelines', () => {
  it('takes a dateline with a full date', () => {
    expect(result(run([body('TEHRAN, Feb 17, 2026 (AFP) – Crowds gathered on Tuesday.')]))).toEqual(['2026-02-17', 'dateline', []]);
    expect(result(run([body('NEW YORK, April 3, 2025 — Stocks slid.')]))).toEqual(['2025-04-03', 'dateline', []]);
  });

  it('gives a year-less dateline the year nearest a full date of the text', () => {
    const d = run([body('LONDON, March 3 (Reuters) - The bank raised rates. The last rise came on January 12, 2026.')]);
    expect(result(d)).toEqual(['2026-03-03', 'dateline', []]);
  });

  it('leaves a year-less dateline out when nothing else is known', () => {
    expect(result(run([body('LONDON, March 3 (Reuters) - The bank raised rates on Thursday.')]))).toEqual([undefined, 'none', ['no_date']]);
  });

  it('does not take an undated dateline or an ordinary first sentence for one', () => {
    expect(result(run([body('KYIV, Ukraine (AP) — Drones struck the city overnight.')]))).toEqual([undefined, 'none', ['no_date']]);
    expect(result(run([body('Officials said on March 3 - a Tuesday - that talks failed.')]))).toEqual([undefined, 'none', ['no_date']]);
  });

  it('prefers a caption to a dateline', () => {
    const d = run([caption('Police stand guard in Paris, 4 March 2026.'), body('PARIS, March 3, 2026 (AFP) - Police cleared the camp.')]);
    expect(result(d)).toEqual(['2026-03-04', 'caption', []]);
  });
});

describe('resolve-date-published: dates in the text', () => {
  it('takes the latest full date that no future clause gives', () => {
    const d = run([body('The treaty was signed on April 2, 2019, and renewed on May 5, 2024. It will expire on June 1, 2029.')]);
    expect(result(d)).toEqual(['2024-05-05', 'text', []]);
  });

  it('says so when there is no date at all', () => {
    const d = run([body('Rebels took the town on Monday, residents said.')]);
    expect(result(d)).toEqual([undefined, 'none', ['no_date']]);
    expect(d.timexes[0]).toMatchObject({ text: 'Monday', anchor: 'none' });
    expect(d.timexes[0]!.value).toBeUndefined();
  });
});
