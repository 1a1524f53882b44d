import { loadResource } from '../resources.js';

/** Version of the compiled format that this module reads (scripts/build-gazetteers.ts writes it). */
export const GAZETTEER_FORMAT = 1;

/** resources/gazetteer-places.json: places, their names and the demonyms, as lines of text (fast to load). */
export interface PlacesData {
  v: number;
  count: number;
  /** One place per line, |-separated, trailing empty fields left out: name, kind letter (c country, y city, r region, a admin, t continent, i island, w water, o other), country, latitude, longitude, GeoNames id (base 36), population (base 36), 1 if ambiguous, id if not slug(name). */
  rows: string;
  /** Case-insensitive name keys (word keys joined by spaces), one per line. */
  keys: string;
  /** For the key on the same line: the places it names, best first, comma-separated; "~" first when the name is ambiguous. */
  targets: string;
  /** Case-sensitive names (US, U.S., DPRK): exact word keys joined by spaces → places, comma-separated. */
  exact: Record<string, string>;
  /** [key, place index of the country, 1 when plural] */
  demonyms: [string, number, number][];
}

/** resources/gazetteer-lexicon.json: organisations, organisation head words, titles. */
export interface LexiconData {
  v: number;
  /** [id, name, alternateNames, acronym, country, kind, ambiguous names] */
  organizations: [string, string, string[], string, string, string, string[]][];
  /** [name key, organisation index, flags: 1 = ambiguous name, 2 = exact case], best link first */
  orgKeys: [string, number, number][];
  orgHeads: string[];
  /** [word keys joined by spaces, normalised title, flags: 1 = first word must be capitalised, 2 = exact case] */
  titles: [string, string, number][];
}

/** resources/gazetteer-names.json: given-name and family-name scores, one "Name score" per line (title-case key, score in hundredths). */
export interface NamesData {
  v: number;
  given: string;
  family: string;
}

function checked<T extends { v: number }>(file: string): T {
  const data = loadResource<T>(file);
  if (data.v !== GAZETTEER_FORMAT) throw new Error(`resources/${file} has format ${data.v}, expected ${GAZETTEER_FORMAT} (run pnpm resources:gazetteer)`);
  return data;
}

export const placesData = (): PlacesData => checked<PlacesData>('gazetteer-places.json');
export const lexiconData = (): LexiconData => checked<LexiconData>('gazetteer-lexicon.json');
export const namesData = (): NamesData => checked<NamesData>('gazetteer-names.json');
