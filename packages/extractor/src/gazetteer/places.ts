import { slug } from '../text/fold.js';
import { placesData } from './data.js';
import { exactKey, exactNameKeyOf, isCaseSensitiveName, nameKeyOf, startsLower, wordKey } from './keys.js';
import { LineTable } from './line-table.js';
import { PhraseIndex } from './phrase-index.js';
import type { PlaceEntry, PlaceKind } from './types.js';

const KINDS: Record<string, PlaceKind> = { c: 'country', y: 'city', r: 'region', a: 'admin', t: 'continent', i: 'island', w: 'water', o: 'other' };

interface PlaceIndex {
  count: number;
  /** The entry of place i; a variant marked ambiguous when the name that found it is ambiguous. */
  entry(i: number, ambiguousName?: boolean): PlaceEntry;
  /** Row of key k in `targets` for each case-insensitive name key. */
  names: PhraseIndex<number>;
  exact: PhraseIndex<string>;
  targets: LineTable;
  rows: LineTable;
}

let index: PlaceIndex | undefined;
let ids: Map<string, number> | undefined;

/** A frozen entry with every field in one order, so that all entries share one hidden class. */
const placeEntry = (e: PlaceEntry): PlaceEntry =>
  Object.freeze({ id: e.id, name: e.name, kind: e.kind, country: e.country, geo: e.geo, geonamesId: e.geonamesId, population: e.population, ambiguous: e.ambiguous });

/** Builds the lookup structures from resources/gazetteer-places.json, once. Entries are decoded on first use. */
export function places(): PlaceIndex {
  if (index) return index;
  const d = placesData();
  const rows = new LineTable(d.rows);
  const entries: (PlaceEntry | undefined)[] = new Array(d.count);
  const variants = new Map<number, PlaceEntry>();
  const make = (i: number): PlaceEntry => {
    const [name, kind, country, lat, lon, gn, pop, amb, id] = (rows.get(i) ?? '').split('|') as (string | undefined)[];
    // Every field, in one order (undefined when absent): one hidden class for every entry.
    return placeEntry({
      id: id || slug(name!),
      name: name!,
      kind: KINDS[kind!] ?? 'other',
      country: country || undefined,
      geo: lat && lon ? { latitude: Number(lat), longitude: Number(lon) } : undefined,
      geonamesId: gn ? parseInt(gn, 36) : undefined,
      population: pop ? parseInt(pop, 36) : undefined,
      ambiguous: amb ? true : undefined,
    });
  };
  const entry = (i: number, ambiguousName = false): PlaceEntry => {
    const e = (entries[i] ??= make(i));
    if (!ambiguousName || e.ambiguous) return e;
    let v = variants.get(i);
    if (!v) variants.set(i, (v = placeEntry({ ...e, ambiguous: true })));
    return v;
  };
  const keys = d.keys.split('\n');
  const names = new PhraseIndex<number>(wordKey);
  for (let k = 0; k < keys.length; k++) names.add(keys[k]!, k);
  const exact = new PhraseIndex<string>(exactKey);
  for (const [key, t] of Object.entries(d.exact)) exact.add(key, t);
  index = { count: d.count, entry, names, exact, targets: new LineTable(d.targets), rows };
  return index;
}

/** The places a target line names, best first, and whether the name is ambiguous. */
function decode(t: string): { places: number[]; ambiguous: boolean } {
  const ambiguous = t.startsWith('~');
  return { places: (ambiguous ? t.slice(1) : t).split(',').map(Number), ambiguous };
}

/** The first (best) place a target line names, and whether the name is ambiguous: decode's first, without reading the rest. */
function decodeFirst(t: string): { place: number; ambiguous: boolean } {
  const ambiguous = t.startsWith('~');
  const from = ambiguous ? 1 : 0;
  const comma = t.indexOf(',', from);
  return { place: Number(t.slice(from, comma < 0 ? t.length : comma)), ambiguous };
}

function targetsOf(name: string): string | undefined {
  const idx = places();
  const n = name.trim();
  if (isCaseSensitiveName(n)) {
    const hit = idx.exact.get(exactNameKeyOf(n));
    if (hit !== undefined) return hit;
  }
  const k = idx.names.get(nameKeyOf(n));
  return k === undefined ? undefined : idx.targets.get(k);
}

/**
 * Exact lookup of a place name: case-insensitive, diacritics folded, aliases and exonyms applied
 * ("Kiev" → Kyiv, "Turkey" → Türkiye). Countries win over cities of the same name; among cities the
 * most populous. Short names in capitals ("US", "UK") match only in capitals.
 */
export function lookupPlace(name: string): PlaceEntry | undefined {
  const t = targetsOf(name);
  if (t === undefined) return undefined;
  const { place, ambiguous } = decodeFirst(t);
  return places().entry(place, ambiguous);
}

/** Every place a name may refer to, the one lookupPlace picks first ("Tripoli": Libya's, then Lebanon's). */
export function lookupPlaceCandidates(name: string): PlaceEntry[] {
  const t = targetsOf(name);
  if (t === undefined) return [];
  const { places: p, ambiguous } = decode(t);
  return p.map((i) => places().entry(i, ambiguous));
}

/** The place with this id ("kyiv", "london-ca"). */
export function placeById(id: string): PlaceEntry | undefined {
  const idx = places();
  if (!ids) {
    ids = new Map();
    for (let i = 0; i < idx.count; i++) {
      const cols = idx.rows.get(i)!.split('|');
      ids.set(cols[8] || slug(cols[0]!), i);
    }
  }
  const i = ids.get(id);
  return i === undefined ? undefined : idx.entry(i);
}

/** The country entry for an ISO 3166-1 alpha-2 code ("UA"). */
export function countryByCode(code: string): PlaceEntry | undefined {
  const idx = places();
  const cc = code.toUpperCase();
  for (let i = 0; i < idx.count; i++) {
    const cols = idx.rows.get(i)!.split('|', 3);
    if (cols[1] !== 'c') break; // countries come first
    if (cols[2] === cc) return idx.entry(i);
  }
  return undefined;
}

/** Whether some place name could start with this token (a cheap test before matchPlaceAt). */
export function mayStartPlace(token: string): boolean {
  const idx = places();
  return idx.names.mayStart(token) || idx.exact.mayStart(token);
}

/**
 * The longest place name starting at tokens[i], using at most maxTokens tokens (default 6): "Khan",
 * "Younis" → Khan Younis (2); "Kursk", "region" → Kursk Oblast (2); "Guinea", "-", "Bissau" → 3.
 * Returns the number of tokens matched. A name in capitals ("US") matches only in capitals.
 */
export function matchPlaceAt(tokens: readonly string[], i: number, maxTokens = 6): { entry: PlaceEntry; length: number } | undefined {
  const idx = places();
  const a = idx.names.match(tokens, i, maxTokens);
  const b = startsLower(tokens[i]) ? undefined : idx.exact.match(tokens, i, maxTokens);
  let t: string | undefined;
  let length = 0;
  if (b && (!a || b.length > a.length)) {
    t = b.value;
    length = b.length;
  } else if (a) {
    t = idx.targets.get(a.value);
    length = a.length;
  }
  if (t === undefined) return undefined;
  const { place, ambiguous } = decodeFirst(t);
  return { entry: idx.entry(place, ambiguous), length };
}
