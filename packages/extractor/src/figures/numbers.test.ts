import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { resolveOptions } from '../options.js';
import { segmentSentences } from '../stages/segment-sentences.js';
import { figureLexicon } from './lexicons.js';
import { mayStartNumber, readNumber, type NumberReading } from './numbers.js';

/** Every number read in `text`, left to right, as [text, value, vague, rangeMax]; articles ("a man") only when asked. */
function numbers(text: string, articles = false): [string, number, boolean, number | undefined][] {
  const doc = createDoc({ text });
  segmentSentences.run(doc, resolveOptions());
  const lex = figureLexicon();
  const out: [string, number, boolean, number | undefined][] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      const r: NumberReading | undefined = mayStartNumber(doc.tokens[i]!, lex) ? readNumber(doc.tokens, i, s.endToken, lex) : undefined;
      if (!r) {
        i++;
        continue;
      }
      if (!r.article || articles) out.push([text.slice(doc.tokens[r.start]!.start, doc.tokens[r.end - 1]!.end), r.value, r.vague, r.rangeMax]);
      i = r.end;
    }
  }
  return out;
}

describe('readNumber', () => {
  it.each([
    ['14,000', 14000],
    ['3,000', 3000],
    ['25', 25],
    ['three', 3],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['one hundred', 100],
    ['two hundred and fifty', 250],
    ['three thousand', 3000],
    ['1.5 million', 1_500_000],
    ['2.5m', 2_500_000],
    ['4 thousand', 4000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['a hundred', 100],
  ])('reads "%s" as %d', (text, value) => {
    expect(numbers(`They counted ${text} people.`)).toEqual([[text, value, false, undefined]]);
  });

  it.each([
    ['tens', 10],
    ['dozens', 12],
    ['scores', 20],
    ['hundreds', 100],
    ['thousands', 1000],
    ['millions', 1_000_000],
    ['tens of thousands', 10_000],
    ['hundreds of thousands', 100_000],
    ['several hundred', 100],
    ['a few thousand', 1000],
    ['many thousands', 1000],
  ])('reads "%s" as the vague %d', (text, value) => {
    expect(numbers(`They counted ${text} of people.`)).toEqual([[text, value, true, undefined]]);
  });

  it('reads ranges', () => {
    expect(numbers('They counted 40-50 people.')).toEqual([['40-50', 40, false, 50]]);
    expect(numbers('They counted 40 to 50 people.')).toEqual([['40 to 50', 40, false, 50]]);
    expect(numbers('They counted between forty and fifty people.')).toEqual([['forty and fifty', 40, false, 50]]);
    expect(numbers('The toll rose from 40 to 50.')).toEqual([
      ['40', 40, false, undefined],
      ['50', 50, false, undefined],
    ]);
    expect(numbers('The vote was 300 to 12.')).toEqual([
      ['300', 300, false, undefined],
      ['12', 12, false, undefined],
    ]);
  });

  it('reads no number in words that only look like one', () => {
    expect(numbers('A man and an officer met several people and some friends on the 40th day.')).toEqual([]);
    expect(numbers('He paid 2.5 pounds.')).toEqual([]);
  });

  it('reads an article as a possible one, flagged for find-figures to check', () => {
    expect(numbers('A man was killed.', true)).toEqual([['A', 1, false, undefined]]);
  });
});
