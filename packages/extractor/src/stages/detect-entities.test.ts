import { describe, expect, it } from 'vitest';
import { entityNames, runUpTo } from '../testing/run-stages.js';

const entities = (text: string, published = '2026-03-02') => runUpTo({ text, published }, 'resolve-linking');
const find = (doc: ReturnType<typeof entities>, name: string) => doc.entities.find((e) => e.name === name || e.alternateNames.includes(name));

describe('entities', () => {
  it('splits titles and demonyms from the names they introduce', () => {
    const doc = entities('Ukrainian President Volodymyr Zelenskyy met German Chancellor Friedrich Merz in Berlin on Friday.');
    expect(entityNames(doc)).toEqual(['Person:Friedrich Merz', 'Person:Volodymyr Zelenskyy', 'Place:Berlin']);
    expect(find(doc, 'Volodymyr Zelenskyy')!.jobTitle).toBe('president');
    expect(find(doc, 'Friedrich Merz')!.jobTitle).toBe('chancellor');
  });

  it('reads people from context when their names are unknown: a role before, "said" after, an appositive, an affiliation', () => {
    const doc = entities(
      'The talks were chaired by mediator Tamsin Okoro-Bello. "We are close," Dariusz Wentzel said. ' +
        'Ngozi Adeyemi-Kraft, a spokeswoman for the group, declined to comment. Ilse Marchetti of the Geneva Centre for Security Policy agreed.',
    );
    for (const n of ['Tamsin Okoro-Bello', 'Dariusz Wentzel', 'Ngozi Adeyemi-Kraft', 'Ilse Marchetti']) expect(find(doc, n)?.type, n).toBe('Person');
    expect(find(doc, 'Geneva Centre for Security Policy')?.type).toBe('Organization');
  });

  it('joins a surname to the full name, but not when two people share it', () => {
    const one = entities('Olena Kovalenko runs the shelter. Kovalenko said supplies were short.');
    expect(one.entities.filter((e) => e.type === 'Person').map((e) => [e.name, e.alternateNames])).toEqual([['Olena Kovalenko', ['Kovalenko']]]);
    const two = entities('Ed Miliband and his brother David Miliband spoke. Miliband said little.');
    const people = two.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['Ed Miliband', 'David Miliband']));
    for (const p of people.filter((e) => e.name.includes(' '))) expect(p.alternateNames).not.toContain('Miliband');
  });

  it('joins an acronym to the name it is defined for, and finds it elsewhere', () => {
    const doc = entities('The World Food Programme (WFP) said aid was blocked. WFP trucks waited at the border.');
    const wfp = find(doc, 'WFP')!;
    expect(wfp.type).toBe('Organization');
    expect(wfp.mentions).toHaveLength(3);
  });

  it('reads organisations from their head words, keeping a demonym that is part of the name', () => {
    const doc = entities('The Norwegian Refugee Council and the Kenya Wildlife Service issued warnings, the Ministry of Health said.');
    expect(entityNames(doc)).toEqual(
      expect.arrayContaining(['Organization:Norwegian Refugee Council', 'Organization:Kenya Wildlife Service', 'Organization:Ministry of Health']),
    );
  });

  it('gives no entity for a demonym alone, and an institution for a demonym with a legislature', () => {
    const doc = entities('Iranian officials said the Hungarian parliament voted on the bill.');
    expect(entityNames(doc)).toEqual(['Organization:Hungarian parliament']);
  });

  it('links places with country codes, coordinates and GeoNames ids, whatever spelling the text uses', () => {
    const doc = entities('Shelling hit Kiev and Kharkiv, and Turkey offered to mediate.');
    const kyiv = find(doc, 'Kyiv')!;
    expect(kyiv.alternateNames).toContain('Kiev');
    expect(kyiv.country).toBe('UA');
    expect(kyiv.sameAs?.[0]).toMatch(/^https:\/\/sws\.geonames\.org\/\d+\/$/);
    expect(kyiv.id).toBe('urn:newsgraph:place:kyiv');
    expect(find(doc, 'Turkey')!.country).toBe('TR');
  });

  it('splits hyphenated names it knows and keeps a place named with its feature noun', () => {
    const doc = entities('The Israel-Hamas war spread as tankers anchored off Kharg island.');
    expect(entityNames(doc)).toEqual(['Organization:Hamas', 'Place:Israel', 'Place:Kharg Island']);
  });

  it('takes only established names from a title-case headline', () => {
    const doc = runUpTo({
      text: 'Merz Vows Support During Surprise Visit\n\nGerman Chancellor Friedrich Merz arrived in Kyiv on Monday. Merz said Berlin would help.',
      sections: [
        { kind: 'headline', start: 0, end: 39 },
        { kind: 'body', start: 41, end: 122 },
      ],
      published: '2026-03-02',
    }, 'resolve-linking');
    const merz = find(doc, 'Friedrich Merz')!;
    expect(merz.mentions.map((m) => m.start)).toContain(0);
    expect(entityNames(doc)).not.toContain('Person:Surprise Visit');
    expect(doc.entities.some((e) => /Vows|Support/.test(e.name))).toBe(false);
  });

  it('does not take a capitalised word at a sentence start for a name', () => {
    const doc = entities('Officials declined to comment. Lacking fuel, Residents left. Under the deal, prices fell.');
    expect(doc.entities).toEqual([]);
  });

  it('gives the same @id to the same entity in different articles', () => {
    const a = entities('Olena Kovalenko met officials in Kyiv.');
    const b = entities('In Kyiv, Kovalenko said aid was late, according to Olena Kovalenko.');
    const id = (d: typeof a, n: string) => find(d, n)!.id;
    expect(id(a, 'Olena Kovalenko')).toBe(id(b, 'Olena Kovalenko'));
    expect(id(a, 'Kyiv')).toBe(id(b, 'Kyiv'));
  });
});

describe('titles and lists', () => {
  it('reads a plural role before a list of names, and no role across "and"', () => {
    const doc = entities('The delegation included senators Marisol Quispe-Huamán, Tomasz Wyrwał, and their adviser Ayodele Okafor.');
    const title = (n: string) => find(doc, n)?.jobTitle;
    expect(title('Marisol Quispe-Huamán')).toBe('senator');
    expect(title('Tomasz Wyrwał')).not.toBe('adviser');
    expect(title('Ayodele Okafor')).toBe('adviser');
  });

  it('names a linked organisation by its gazetteer name and keeps the written form', () => {
    const doc = entities('The IMF said growth would slow.');
    const imf = find(doc, 'IMF')!;
    expect(imf.name).toBe('International Monetary Fund');
    expect(imf.alternateNames).toContain('IMF');
  });
});
