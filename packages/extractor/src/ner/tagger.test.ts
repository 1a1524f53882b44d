import { describe, expect, it } from 'vitest';
import { shippedTagger } from './shipped.js';

const tag = (...sentences: string[][]) =>
  shippedTagger()
    .tag(sentences)
    .map((spans, i) => spans.map((s) => `${s.type}:${sentences[i]!.slice(s.start, s.end).join(' ')}`));

// Sentences written for these tests, not taken from any corpus or from the gold set.
describe('the shipped tagger', () => {
  it('reads people, places and organisations it has no list for', () => {
    const [s] = tag('Parliament Speaker Numan Kurtulmuş met Ayşe Demirtaş of the Halklar Party in Diyarbakır on Monday .'.split(' '));
    expect(s).toContain('PER:Numan Kurtulmuş');
    expect(s).toContain('PER:Ayşe Demirtaş');
    expect(s).toContain('LOC:Diyarbakır');
    expect(s!.some((x) => x.startsWith('ORG:') && x.includes('Halklar'))).toBe(true);
  });

  it('reads a name at the start of a sentence and in an all-caps headline', () => {
    const [head, body] = tag('FLOODS HIT MOZAMBIQUE , KILLING 12'.split(' '), 'Mozambique said rescuers from Beira reached the area .'.split(' '));
    expect(head).toContain('LOC:MOZAMBIQUE');
    expect(body).toContain('LOC:Mozambique');
    expect(body).toContain('LOC:Beira');
  });

  it('finds nothing in a sentence without names', () => {
    expect(tag('The officials said the talks would resume next week .'.split(' '))).toEqual([[]]);
  });

  it('gives margins', () => {
    const [s] = shippedTagger().tag([['President', 'Emmanuel', 'Macron', 'spoke', '.']]);
    expect(s![0]!.margin).toBeTypeOf('number');
  });
});
