import { describe, expect, it } from 'vitest';
import { wink } from '../nlp/wink.js';
import { countryByCode, lookupPlace, lookupPlaceCandidates, matchPlaceAt, placeById } from './index.js';

const tokens = (text: string): string[] => wink().readDoc(text).tokens().out();

/** Every place found left to right, longest match first, as "text=id". */
function places(text: string): string[] {
  const t = tokens(text);
  const out: string[] = [];
  for (let i = 0; i < t.length; ) {
    const m = matchPlaceAt(t, i);
    if (m) {
      out.push(`${t.slice(i, i + m.length).join(' ')}=${m.entry.id}`);
      i += m.length;
    } else i++;
  }
  return out;
}

describe('lookupPlace', () => {
  it('finds countries with their ISO code and coordinates', () => {
    const ua = lookupPlace('Ukraine')!;
    expect(ua).toMatchObject({ id: 'ukraine', name: 'Ukraine', kind: 'country', country: 'UA' });
    expect(ua.geo!.latitude).toBeCloseTo(49, 0);
    expect(lookupPlace('Tuvalu')?.country).toBe('TV');
    expect(lookupPlace('Eswatini')?.country).toBe('SZ');
  });

  it('folds case and diacritics', () => {
    expect(lookupPlace('Türkiye')?.id).toBe('turkiye');
    expect(lookupPlace('Turkiye')?.id).toBe('turkiye');
    expect(lookupPlace('TÜRKIYE')?.id).toBe('turkiye');
    expect(lookupPlace('São Paulo')?.id).toBe(lookupPlace('Sao Paulo')?.id);
    expect(lookupPlace('Diyarbakır')?.country).toBe('TR');
    expect(lookupPlace('diyarbakir')?.country).toBe('TR');
  });

  it('applies exonyms, former names and aliases', () => {
    expect(lookupPlace('Kiev')?.id).toBe('kyiv');
    expect(lookupPlace('Turkey')?.id).toBe('turkiye');
    expect(lookupPlace('Great Britain')?.country).toBe('GB');
    expect(lookupPlace('Britain')?.country).toBe('GB');
    expect(lookupPlace('America')?.country).toBe('US');
    expect(lookupPlace('Burma')?.country).toBe('MM');
    expect(lookupPlace("Côte d'Ivoire")?.country).toBe('CI');
    expect(lookupPlace('Khan Yunis')?.id).toBe('khan-younis');
    expect(lookupPlace('Khan Younis')?.kind).toBe('city');
    expect(lookupPlace('Bombay')?.id).toBe('mumbai');
    expect(lookupPlace('Odessa')?.name).toBe('Odesa');
    expect(lookupPlace('Russian Federation')?.country).toBe('RU');
    expect(lookupPlace("Japan's")?.country).toBe('JP');
  });

  it('matches short names in capitals only in capitals', () => {
    expect(lookupPlace('US')?.country).toBe('US');
    expect(lookupPlace('U.S.')?.country).toBe('US');
    expect(lookupPlace('UK')?.country).toBe('GB');
    expect(lookupPlace('DPRK')?.country).toBe('KP');
    expect(lookupPlace('us')).toBeUndefined();
  });

  it('prefers countries to cities of the same name, and the most populous city', () => {
    expect(lookupPlace('Mexico')?.kind).toBe('country');
    expect(lookupPlace('Singapore')?.kind).toBe('country');
    expect(lookupPlace('London')?.country).toBe('GB');
    expect(lookupPlace('Tripoli')?.country).toBe('LY');
    const tripolis = lookupPlaceCandidates('Tripoli').map((p) => p.country);
    expect(tripolis[0]).toBe('LY');
    expect(tripolis).toContain('LB');
  });

  it('gives cities their GeoNames id and population', () => {
    const seoul = lookupPlace('Seoul')!;
    expect(seoul).toMatchObject({ kind: 'city', country: 'KR', geonamesId: 1835848 });
    expect(seoul.population).toBeGreaterThan(5_000_000);
    expect(lookupPlace('Kursk')).toMatchObject({ id: 'kursk', kind: 'city', country: 'RU' });
  });

  it('knows regions, admin areas, seas and disputed territories', () => {
    expect(lookupPlace('Gaza Strip')).toMatchObject({ id: 'gaza-strip', kind: 'region', country: 'PS' });
    expect(lookupPlace('Gaza City')?.kind).toBe('city');
    expect(lookupPlace('West Bank')?.country).toBe('PS');
    expect(lookupPlace('Middle East')?.kind).toBe('region');
    expect(lookupPlace('Crimea')?.country).toBe('UA');
    expect(lookupPlace('Donbass')?.id).toBe('donbas');
    expect(lookupPlace('Tigray')?.country).toBe('ET');
    expect(lookupPlace('Darfur')?.country).toBe('SD');
    expect(lookupPlace('Strait of Hormuz')?.kind).toBe('water');
    expect(lookupPlace('Kursk region')).toMatchObject({ id: 'kursk-oblast', kind: 'admin', country: 'RU' });
    expect(lookupPlace('Kharkiv oblast')?.id).toBe('kharkiv-oblast');
    expect(lookupPlace('Kiev region')?.id).toBe('kyiv-oblast');
    expect(lookupPlace('Idlib province')?.country).toBe('SY');
    expect(lookupPlace('Texas')).toMatchObject({ kind: 'admin', country: 'US' });
  });

  it('marks names that are also common words or person names', () => {
    expect(lookupPlace('Nice')?.ambiguous).toBe(true);
    expect(lookupPlace('Split')?.ambiguous).toBe(true);
    expect(lookupPlace('Jackson')?.ambiguous).toBe(true);
    expect(lookupPlace('Kyiv')?.ambiguous).toBeUndefined();
    expect(lookupPlace('Paris')?.ambiguous).toBeUndefined();
    // An alias can be ambiguous though the place's own name is not.
    expect(lookupPlace('the Gulf')?.ambiguous).toBe(true);
    expect(lookupPlace('Persian Gulf')?.ambiguous).toBeUndefined();
  });

  it('does not take common words, weekdays or titles for places', () => {
    for (const w of ['Monday', 'The', 'President', 'Of', 'Police', 'Union', 'March', 'Party', 'Minister', 'said']) {
      expect(lookupPlace(w), w).toBeUndefined();
    }
  });

  it('finds places by id and countries by code', () => {
    expect(placeById('kyiv')?.name).toBe('Kyiv');
    expect(placeById('united-states')?.country).toBe('US');
    expect(placeById('no-such-place')).toBeUndefined();
    expect(countryByCode('kp')?.name).toBe('North Korea');
    expect(countryByCode('ZZ')).toBeUndefined();
  });

  it('gives unique ids', () => {
    const london = lookupPlaceCandidates('London');
    expect(new Set(london.map((p) => p.id)).size).toBe(london.length);
    expect(london.map((p) => p.id)).toContain('london-ca');
  });
});

describe('matchPlaceAt', () => {
  it('matches the longest name on wink-nlp token arrays', () => {
    expect(places("Japan's envoy flew from Khan Younis to the Kursk region on Monday.")).toEqual([
      'Japan=japan',
      'Khan Younis=khan-younis',
      'Kursk region=kursk-oblast',
    ]);
    expect(places('Troops crossed from Guinea-Bissau into Côte d’Ivoire near the Gaza Strip.')).toEqual([
      'Guinea - Bissau=guinea-bissau',
      "Côte d’Ivoire=ivory-coast",
      'Gaza Strip=gaza-strip',
    ]);
    expect(places('Officials in Washington, D.C. and Ho Chi Minh City spoke to the U.S.-led coalition.')).toEqual([
      'Washington , D.C.=washington',
      'Ho Chi Minh City=ho-chi-minh-city',
      'U.S.=united-states',
    ]);
  });

  it('reads a hyphenated token as its parts but never matches part of a token', () => {
    expect(matchPlaceAt(['Guinea-Bissau', 'said'], 0)).toMatchObject({ length: 1, entry: { id: 'guinea-bissau' } });
    expect(matchPlaceAt(['Ankara-PKK', 'talks'], 0)).toBeUndefined();
  });

  it('respects maxTokens and the token bounds', () => {
    expect(matchPlaceAt(['Ho', 'Chi', 'Minh', 'City'], 0, 3)?.entry.id).not.toBe('ho-chi-minh-city');
    expect(matchPlaceAt(['Ho', 'Chi', 'Minh', 'City'], 0)?.length).toBe(4);
    expect(matchPlaceAt(['Kyiv'], 5)).toBeUndefined();
    expect(matchPlaceAt(['-', 'Kyiv'], 0)).toBeUndefined();
  });

  it('keeps case-sensitive names case-sensitive and finds names in headlines in capitals', () => {
    expect(matchPlaceAt(['us'], 0)).toBeUndefined();
    expect(matchPlaceAt(['US'], 0)?.entry.country).toBe('US');
    expect(matchPlaceAt(['IRAN', 'WARNS'], 0)?.entry.country).toBe('IR');
    expect(matchPlaceAt(['The', 'Hague'], 0)).toMatchObject({ length: 2, entry: { id: 'the-hague' } });
  });

  it('finds nothing in sentences without places', () => {
    expect(places('The President said on Monday that the party would hold a meeting.')).toEqual([]);
  });
});
