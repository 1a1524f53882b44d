import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../doc/doc.js';
import { segmentSentences } from '../stages/segment-sentences.js';
import { hasDateToken } from './gate.js';
import { clauseTense, tokenRange } from './tense.js';

function doc(text: string, headline = false): Doc {
  const d = createDoc({ text, ...(headline ? { sections: [{ kind: 'headline' as const, start: 0, end: text.length }] } : {}) });
  segmentSentences.run(d, { includeText: false });
  return d;
}

/** The tense around the first occurrence of `word`. */
function tenseAt(text: string, word: string, headline = false) {
  const d = doc(text, headline);
  const at = text.indexOf(word);
  const range = tokenRange(d, at, at + word.length)!;
  return clauseTense(d, range[0], range[1]);
}

describe('clauseTense', () => {
  it('reads past verbs, regular and irregular, and past auxiliaries', () => {
    expect(tenseAt('The rebels attacked the base on Friday.', 'Friday')).toBe('past');
    expect(tenseAt('The envoy told the press on Friday that talks were over.', 'Friday')).toBe('past');
    expect(tenseAt('The road has been closed since Friday.', 'Friday')).toBe('past');
  });

  it('reads future markers', () => {
    expect(tenseAt('The envoy will visit on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('The report, which was finished in May, is expected on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('The company plans to list its shares on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('The match will be played on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('On Friday the envoy will visit Kyiv.', 'Friday')).toBe('future');
  });

  it('reads a base form after a modal as the modal says, not as an -ed past', () => {
    expect(tenseAt('The deputy will succeed the governor on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('Talks would proceed on Friday.', 'Friday')).toBe('future');
    expect(tenseAt('Both sides agreed on Friday to a truce.', 'Friday')).toBe('past');
    expect(tenseAt('Exports exceed imports in March.', 'March')).not.toBe('past');
  });

  it('finds the verb of a long fronted clause', () => {
    const text = 'In January, a week after the anniversary of the Supreme Court decision on the case, a bomb at a clinic in the centre of Birmingham, Alabama, killed a guard.';
    expect(tenseAt(text, 'January')).toBe('past');
  });

  it('reads no plan in "next to"', () => {
    expect(tenseAt('Dozens were wounded in the blast next to the embassy on Friday.', 'Friday')).toBe('past');
  });

  it('reads dividend dates as plans', () => {
    expect(tenseAt('The board declared a dividend payable March 2 to holders of record Feb. 20.', 'March')).toBe('future');
    expect(tenseAt('The board declared a dividend payable March 2 to holders of record Feb. 20.', 'Feb.')).toBe('future');
  });

  it('reads present verbs', () => {
    expect(tenseAt('The tax year begins on April 6.', 'April')).toBe('present');
  });

  it('reads a cause, not a plan, in "due to"', () => {
    expect(tenseAt('Flights were cancelled due to the storm on Friday.', 'Friday')).toBe('past');
  });

  it('reads "to" + verb as future in headlines only', () => {
    expect(tenseAt('Iran to hold talks with US on Friday', 'Friday', true)).toBe('future');
    expect(tenseAt('Crowds gathered in the capital to mark the anniversary on Friday.', 'Friday')).toBe('past');
  });

  it('finds nothing where there is no cue', () => {
    expect(tenseAt('Friday: a day of rage.', 'Friday')).toBeUndefined();
  });
});

describe('the date gate', () => {
  it('passes sentences with a date-like token and skips others', () => {
    const yes = ['It happened in 2024.', 'See you Monday.', 'He left two weeks later.', 'Prices are up now.', 'At 10:30 the bell rang.', 'The 1990s.'];
    const no = ['The committee has 64 members and seven sections.', 'Officials acknowledge more than 3,000 people died.', 'It was the first time.'];
    for (const s of yes) {
      const d = doc(s);
      expect(hasDateToken(d.tokens, 0, d.tokens.length), s).toBe(true);
    }
    for (const s of no) {
      const d = doc(s);
      expect(hasDateToken(d.tokens, 0, d.tokens.length), s).toBe(false);
    }
  });
});
