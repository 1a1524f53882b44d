import { describe, expect, it } from 'vitest';
import { lookupDemonym, matchDemonymAt, matchPlaceAt } from './index.js';

describe('lookupDemonym', () => {
  it('maps demonyms and nationality adjectives to their country', () => {
    const cases: [string, string, boolean][] = [
      ['Iranian', 'IR', false],
      ['Iranians', 'IR', true],
      ['Afghans', 'AF', true],
      ['Turkish', 'TR', false],
      ['Turks', 'TR', true],
      ['Ukrainian', 'UA', false],
      ['British', 'GB', false],
      ['Britons', 'GB', true],
      ['American', 'US', false],
      ['Swiss', 'CH', false],
      ['Filipinos', 'PH', true],
      ['Israeli', 'IL', false],
      ['Palestinians', 'PS', true],
      ['Saudi', 'SA', false],
      ['Emirati', 'AE', false],
      ['Dutch', 'NL', false],
      ['Congolese', 'CD', false],
      ['Dominican', 'DO', false],
      ['Azeri', 'AZ', false],
    ];
    for (const [word, cc, plural] of cases) {
      const d = lookupDemonym(word);
      expect(d?.country.country, word).toBe(cc);
      expect(d?.plural, word).toBe(plural);
      expect(d?.country.kind).toBe('country');
    }
  });

  it('takes multi-word demonyms given as one string', () => {
    expect(lookupDemonym('North Korean')?.country.country).toBe('KP');
    expect(lookupDemonym('South Koreans')).toMatchObject({ plural: true, country: { country: 'KR' } });
  });

  it('needs a capital letter and refuses words that are not demonyms', () => {
    expect(lookupDemonym('polish')).toBeUndefined();
    expect(lookupDemonym('Polish')?.country.country).toBe('PL');
    for (const w of ['Korean', 'Kurdish', 'European', 'Iran', 'President', 'Monday', 'Party']) expect(lookupDemonym(w), w).toBeUndefined();
  });
});

describe('matchDemonymAt', () => {
  it('matches the longest demonym on token arrays', () => {
    expect(matchDemonymAt(['North', 'Korean', 'troops'], 0)).toMatchObject({ length: 2, plural: false, country: { country: 'KP' } });
    expect(matchDemonymAt(['Sri', 'Lankans', 'fled'], 0)).toMatchObject({ length: 2, plural: true, country: { country: 'LK' } });
    expect(matchDemonymAt(['the', 'Saudi', '-', 'led', 'coalition'], 1)).toMatchObject({ length: 1, country: { country: 'SA' } });
    expect(matchDemonymAt(['North', 'Korea'], 0)).toBeUndefined();
  });

  it('leaves "Russian Federation" to the place matcher, which matches it longer', () => {
    const tokens = ['the', 'Russian', 'Federation', 'said'];
    expect(matchDemonymAt(tokens, 1)?.length).toBe(1);
    expect(matchPlaceAt(tokens, 1)).toMatchObject({ length: 2, entry: { country: 'RU', kind: 'country' } });
  });
});
