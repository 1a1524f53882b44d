import { describe, expect, it } from 'vitest';
import { wink } from '../nlp/wink.js';
import { allOrganizations, isOrgHead, lookupOrganization, matchOrganizationAt } from './index.js';

describe('lookupOrganization', () => {
  it('finds organisations by name, alternate name and acronym', () => {
    expect(lookupOrganization('United Nations')).toMatchObject({ id: 'un', acronym: 'UN', kind: 'igo' });
    expect(lookupOrganization('U.N.')?.id).toBe('un');
    expect(lookupOrganization('NATO')?.id).toBe('nato');
    expect(lookupOrganization('Korean Central News Agency')).toMatchObject({ id: 'kcna', country: 'KP', kind: 'news_agency' });
    expect(lookupOrganization('KCNA')?.name).toBe('Korean Central News Agency');
    expect(lookupOrganization('Xinhua')?.country).toBe('CN');
    expect(lookupOrganization('Tasnim')?.country).toBe('IR');
    expect(lookupOrganization('Islamic State')?.id).toBe(lookupOrganization('ISIS')?.id);
    expect(lookupOrganization('Daesh')?.kind).toBe('armed_group');
    expect(lookupOrganization('the Taliban')?.country).toBe('AF');
    expect(lookupOrganization('Revolutionary Guards')?.acronym).toBe('IRGC');
    expect(lookupOrganization('Médecins Sans Frontières')?.id).toBe(lookupOrganization('Medecins Sans Frontieres')?.id);
    expect(lookupOrganization("Workers' Party of Korea")?.country).toBe('KP');
  });

  it('matches acronyms case-sensitively', () => {
    expect(lookupOrganization('WHO')?.name).toBe('World Health Organization');
    expect(lookupOrganization('who')).toBeUndefined();
    expect(lookupOrganization('IS')?.id).toBe('isis');
    expect(lookupOrganization('is')).toBeUndefined();
    expect(lookupOrganization('Nato')?.id).toBe('nato');
  });

  it('marks names that are also common words', () => {
    expect(lookupOrganization('Labour')?.ambiguous).toBe(true);
    expect(lookupOrganization('Labour Party')?.ambiguous).toBeUndefined();
    expect(lookupOrganization('Amnesty')?.ambiguous).toBe(true);
  });

  it('finds nothing for generic words', () => {
    for (const w of ['Party', 'Ministry', 'Council', 'President', 'Monday']) expect(lookupOrganization(w), w).toBeUndefined();
  });

  it('has hundreds of entries with unique ids', () => {
    const all = allOrganizations();
    expect(all.length).toBeGreaterThan(400);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
  });
});

describe('matchOrganizationAt', () => {
  it('matches the longest name on wink-nlp token arrays', () => {
    const t: string[] = wink().readDoc("The Workers' Party of Korea and the UN Security Council met the People's Liberation Army.").tokens().out();
    const found: string[] = [];
    for (let i = 0; i < t.length; ) {
      const m = matchOrganizationAt(t, i);
      if (m) {
        found.push(m.entry.id);
        i += m.length;
      } else i++;
    }
    expect(found).toEqual(['wpk', 'unsc', 'pla']);
  });

  it('matches hyphenated names however they are tokenised', () => {
    expect(matchOrganizationAt(['al', '-', 'Qaeda', 'claimed'], 0)).toMatchObject({ length: 3, entry: { id: 'al-qaeda' } });
    expect(matchOrganizationAt(['Al-Qaeda'], 0)?.entry.id).toBe('al-qaeda');
    expect(matchOrganizationAt(['ISIS', '-', 'K'], 0)).toMatchObject({ length: 3, entry: { id: 'isis-k' } });
  });

  it('does not match acronyms in lower case', () => {
    expect(matchOrganizationAt(['who', 'said'], 0)).toBeUndefined();
    expect(matchOrganizationAt(['WHO', 'said'], 0)?.entry.id).toBe('who');
  });
});

describe('isOrgHead', () => {
  it('knows the head words of organisation names', () => {
    for (const w of ['Party', 'Agency', 'Forces', 'Council', 'ministry', 'COMMISSION', 'Guards', 'Front']) expect(isOrgHead(w), w).toBe(true);
    for (const w of ['Korea', 'President', 'Monday', 'said', 'Kim']) expect(isOrgHead(w), w).toBe(false);
  });
});
