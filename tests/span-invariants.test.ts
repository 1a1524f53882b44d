import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '@newsgraph/extractor';
import type { ArticleRecord } from '@newsgraph/models';

const extractor = createExtractor({ includeText: true });

/** Pieces of news prose: names, numbers, dates, punctuation and odd characters, in any order. */
const piece = fc.constantFrom(
  'Ukrainian President Volodymyr Zelenskyy', 'said', 'on Monday', 'at least 12 people were killed', 'in Kharkiv', '.', ',', '"', '“', '”',
  'the Kurdistan Workers\' Party (PKK)', 'Kurtulmuş', 'Türkiye’s', 'more than 3,000', 'detained', 'last week', 'Takaichi, 64,', '\n\n',
  'Reuters reported', 'WFP', '—', '(', ')', 'Kim', 'and', '1979', 'the 60-page report', '😀', 'São Paulo', 'al-Assad', 'U.S.', 'Tuesday\'s',
  'dozens were injured', 'in the Gaza Strip', 'Hamas', 'HRANA', 'thousands', 'fled', '  ', '\t', 'e\u0301', 'ﬁ',
);
const article = fc.array(piece, { minLength: 1, maxLength: 40 }).map((ps) => ps.join(' '));

function spans(r: ArticleRecord): { start: number; end: number; text?: string }[] {
  return [
    ...[...r.people, ...r.places, ...r.organizations].flatMap((e) => e.mentions),
    ...r.dates,
    ...r.casualties,
    ...r.events.flatMap((e) => [e.trigger, e.evidence]),
  ];
}

describe('span invariants (property tests)', () => {
  it('every span lies in the text and its text is the text at its offsets; mentions never overlap', () => {
    fc.assert(
      fc.property(article, fc.option(fc.constantFrom('2026-02-18', '1999-12-31')), (text, published) => {
        const r = extractor.safeExtract({ text, ...(published ? { published } : {}) });
        if (!r.ok) {
          expect(['empty_text', 'invalid_text']).toContain(r.error.code);
          return;
        }
        const rec = r.record;
        expect(rec.text).toBe(text);
        for (const s of spans(rec)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
          if (s.text !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        const mentions = [...rec.people, ...rec.places, ...rec.organizations].flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
        for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('the same article gives the same record, ids included', () => {
    fc.assert(
      fc.property(article, (text) => {
        const a = extractor.safeExtract({ text, published: '2026-02-18' });
        const b = extractor.safeExtract({ text, published: '2026-02-18' });
        expect(a).toEqual(b);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
