import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.js';
import { segmentSentences } from '../../stages/segment-sentences.js';
import { dateValues } from '../../testing/date-values.js';
import type { SentenceContext } from '../context.js';
import type { Meaning } from '../meaning.js';
import { dateLexicons } from '../words.js';
import { SPELLED_DECADES, SPELLED_YEAR_HEADS, spelledDecadeRule, spelledYearRule } from './spelled-years.js';

const OPTIONS = { includeText: false };

/** The rules alone, on the heads the gate gives them: "span=year" or "span=decade". */
function rule(text: string): string[] {
  const doc = createDoc({ text });
  segmentSentences.run(doc, OPTIONS);
  const out: string[] = [];
  const show = (m: Meaning) => (m.kind === 'calendar' ? String(m.year) : m.kind === 'fixed' ? m.value : m.kind);
  for (const s of doc.sentences) {
    const ctx: SentenceContext = { text: doc.text, tokens: doc.tokens, first: s.firstToken, end: s.endToken, lex: dateLexicons() };
    for (let i = s.firstToken; i < s.endToken; i++) {
      const w = doc.tokens[i]!.lower;
      const h = SPELLED_YEAR_HEADS.has(w) ? spelledYearRule(ctx, i) : SPELLED_DECADES.has(w) || /^(?:mid|early|late)-/.test(w) ? spelledDecadeRule(ctx, i) : undefined;
      if (h) out.push(`${text.slice(h.start, h.end)}=${show(h.meaning)}`);
    }
  }
  return out;
}

/** The whole date pipeline; the article date is 2026-02-18. "text=value" of each expression. */
const values = (text: string) => dateValues(text);

describe('spelled years', () => {
  it('reads nineteen- and eighteen- years', () => {
    expect(rule('The mill closed in nineteen eighty-two, and the town never recovered.')).toEqual(['nineteen eighty-two=1982']);
    expect(rule('Nineteen seventy-nine was the year the shah fell.')).toEqual(['Nineteen seventy-nine=1979']);
    expect(rule('The bridge has stood since nineteen oh seven.')).toEqual(['nineteen oh seven=1907']);
    expect(rule('She was born in nineteen sixty three when the war began.')).toEqual(['nineteen sixty three=1963']);
    expect(rule('The nineteen ninety-four vote changed everything.')).toEqual(['nineteen ninety-four=1994']);
    expect(rule('The harbour was dredged in eighteen seventy-one.')).toEqual(['eighteen seventy-one=1871']);
    expect(rule('The first census was taken in nineteen hundred.')).toEqual(['nineteen hundred=1900']);
  });

  it('reads two thousand and twenty-something in a temporal frame', () => {
    expect(rule('Nobody had a phone like that in the year two thousand.')).toEqual(['the year two thousand=2000']);
    expect(rule('The border stayed open until two thousand and three.')).toEqual(['two thousand and three=2003']);
    expect(rule('Since two thousand eight, the rate has doubled.')).toEqual(['two thousand eight=2008']);
    expect(rule('The plant should be shut by twenty thirty-five.')).toEqual(['twenty thirty-five=2035']);
    expect(rule('Exports collapsed during twenty twenty.')).toEqual(['twenty twenty=2020']);
    expect(rule('The league was founded in twenty eleven.')).toEqual(['twenty eleven=2011']);
    expect(rule('Rents have climbed every year between nineteen ninety and two thousand.')).toEqual(['nineteen ninety=1990', 'two thousand=2000']);
    expect(rule('The summer of two thousand three was the wettest on record.')).toEqual(['two thousand three=2003']);
    expect(rule('The final in twenty twenty was played behind closed doors.')).toEqual(['twenty twenty=2020']);
  });

  it('leaves counts, ages and amounts alone', () => {
    expect(rule('The army sent two thousand troops to the valley.')).toEqual([]);
    expect(rule('The olive trees are more than two thousand years old.')).toEqual([]);
    expect(rule('Nineteen people were hurt in the crash.')).toEqual([]);
    expect(rule('Twenty twenty-five soldiers guarded the gate.')).toEqual([]);
    expect(rule('In twenty twenty-five soldiers were wounded.')).toEqual([]);
    expect(rule('Nineteen ninety-six people signed the petition.')).toEqual([]);
    expect(rule('Some two thousand gathered outside the court.')).toEqual([]);
    expect(rule('Membership rose by two thousand last year.')).toEqual([]);
    expect(rule('After two thousand were evacuated, the dam broke.')).toEqual([]);
    expect(rule('The crowd grew from two thousand to five thousand.')).toEqual([]);
    expect(rule('In two thousand one hundred homes, the power failed.')).toEqual([]);
    expect(rule('The fee was twenty-two thousand dollars.')).toEqual([]);
    expect(rule('Two thousand marched on the ministry.')).toEqual([]);
    expect(rule('The squad meets at nineteen hundred hours.')).toEqual([]);
    expect(rule('Last year two thousand were displaced by the floods.')).toEqual([]);
    expect(rule('A crowd of two thousand waited at the gates.')).toEqual([]);
  });
});

describe('spelled decades', () => {
  it('reads decades after "the"', () => {
    expect(rule('Rents were lower in the eighties.')).toEqual(['the eighties=198']);
    expect(rule('The sixties changed the music business.')).toEqual(['The sixties=196']);
    expect(rule('The port boomed in the nineteen-fifties.')).toEqual(['the nineteen-fifties=195']);
    expect(rule('Those mills date from the eighteen nineties.')).toEqual(['the eighteen nineties=189']);
    expect(rule('Jazz filled the clubs of the Roaring Twenties.')).toEqual(['the Roaring Twenties=192']);
    expect(rule('The station went silent in the mid-seventies.')).toEqual(['mid-seventies=197']);
    expect(rule('The factory opened in the early forties.')).toEqual(['forties=194']);
  });

  it('leaves ages and temperatures alone', () => {
    expect(rule('The singer, now in her nineties, still tours.')).toEqual([]);
    expect(rule('He was in his mid-fifties when he retired.')).toEqual([]);
    expect(rule('Temperatures will stay in the forties all week.')).toEqual([]);
    expect(rule('His approval ratings sank into the thirties.')).toEqual([]);
  });
});

describe('spelled years and decades in the date pipeline', () => {
  it('gives TIMEX3 values', () => {
    expect(values('The mill closed in nineteen eighty-two.')).toEqual(['nineteen eighty-two=1982']);
    expect(values('Nobody had a phone like that in the year two thousand.')).toEqual(['the year two thousand=2000']);
    expect(values('The league was founded in twenty eleven.')).toEqual(['twenty eleven=2011']);
    expect(values('The factory opened in the early forties.')).toEqual(['early forties=194']);
    expect(values('Rents were lower in the eighties.')).toEqual(['the eighties=198']);
    expect(values('Prices held from nineteen ninety-one to nineteen ninety-five.')).toEqual(['from nineteen ninety-one to nineteen ninety-five=1991/1995']);
  });

  it('gives no year for counts and ages', () => {
    // A year or a decade: a value of three or four figures ("now" and durations may stay).
    const years = (text: string) =>
      values(text)
        .filter((tv) => /=\d{3,4}$/.test(tv))
        .map((tv) => tv.slice(0, tv.lastIndexOf('=')));
    expect(years('The army sent two thousand troops to the valley.')).toEqual([]);
    expect(years('The olive trees are more than two thousand years old.')).toEqual([]);
    expect(years('Nineteen people were hurt in the crash.')).toEqual([]);
    expect(years('The singer, now in her nineties, still tours.')).toEqual([]);
    expect(years('Twenty twenty-five soldiers guarded the gate.')).toEqual([]);
  });
});

describe('spelled years joined to a month or season', () => {
  it('gives the month or season the year after it', () => {
    expect(values('Then came January nineteen ninety-seven, and another bomb.')).toEqual(['January nineteen ninety-seven=1997-01']);
    expect(values('Oil fell to the level we saw in the winter of nineteen ninety-four.')).toEqual(['winter of nineteen ninety-four=1994-WI']);
  });
});
