import fc from 'fast-check';
import { casualtyFigure } from '../record/casualty-figure.js';
import { CasualtyFigureSchema } from '@newsgraph/models';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { resolveOptions } from '../options.js';
import { segmentSentences } from '../stages/segment-sentences.js';
import { findFigures, type Rejections } from './find-figures.js';

function run(text: string, rejections?: Rejections) {
  const doc = createDoc({ text });
  segmentSentences.run(doc, resolveOptions());
  return { doc, figures: findFigures(doc, rejections) };
}

const FRAGMENTS = [
  'at least', 'more than', 'about', 'up to', 'between', 'and', 'some', 'an estimated', '25', '3,000', '1.5 million',
  'twenty-five', 'a dozen', 'dozens of', 'thousands', 'tens of thousands of', 'people', 'soldiers', 'protesters',
  'were killed', 'died', 'killed', 'wounded', 'arrested', 'were detained', 'fled', 'sent', 'troops', 'reinforcements',
  'including', 'the death toll rose to', 'left', 'dead', 'missing', 'taken hostage', 'on January 8', 'in 1979', ',',
  'aged', '64', '$', '%', '-', 'of the', 'one', 'officials said', 'according to', 'the ministry', '"', 'chanted',
  'for two years', '40th', 'seven sections', 'killings', 'deaths of', 'a unit of', 'homeless', 'hostages',
];

describe('findFigures', () => {
  it('keeps spans, values and bounds consistent on any mix of words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ') + '.';
        const { doc, figures } = run(text);
        for (const f of figures) {
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.start <= f.number.start && f.number.end <= f.end).toBe(true);
          const sentence = doc.sentences[f.sentence]!;
          expect(sentence.start <= f.trigger.start && f.trigger.end <= sentence.end).toBe(true);
          const parsed = CasualtyFigureSchema.safeParse(casualtyFigure(f, 'urn:newsgraph:figure:0123456789abcdef:1'));
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says why it passed a number over', () => {
    const rejections: Rejections = [];
    run('Takaichi, 64, won a two-thirds majority on February 8 with seven sections.', rejections);
    expect(rejections.map((r) => [r.text, r.reason])).toEqual([
      ['64', 'age'],
      ['two', 'compound'],
      ['8', 'date'],
      ['seven', 'thing'],
    ]);
  });

  it('counts one person where the verb is theirs: "a man was shot dead", "gunmen killed a policeman"', () => {
    const read = (text: string) => run(text).figures.map((f) => [f.category, f.value, f.qualifier, f.group]);
    expect(read('A man was shot dead outside his home.')).toEqual([['killed', 1, 'exact', 'man']]);
    expect(read('Gunmen killed a policeman in Kano.')).toEqual([['killed', 1, 'exact', 'policeman']]);
    // The soldier is the speaker, not a victim; a meeting is no casualty.
    expect(read('A soldier said 20 people were killed.')).toEqual([['killed', 20, 'exact', 'people']]);
    expect(read('A man met an officer in Goma.')).toEqual([]);
    expect(read('A spokesman was arrested.')).toEqual([]);
  });

  it('skips numbers inside time expressions found by the date stages', () => {
    const text = 'Police arrested 12 people.';
    const doc = createDoc({ text });
    segmentSentences.run(doc, resolveOptions());
    const at = text.indexOf('12');
    doc.timexes.push({ start: at, end: at + 2, text: '12', type: 'date', known: {}, implied: {}, anchor: 'none', relative: false, rule: 'test', confidence: 1 });
    const rejections: Rejections = [];
    expect(findFigures(doc, rejections)).toEqual([]);
    expect(rejections).toEqual([{ text: '12', start: at, reason: 'timex' }]);
  });
});
