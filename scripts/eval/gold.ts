/** One hand-annotated article of data/gold (format: data/gold/README.md). */
export interface Gold {
  id: string;
  /** File name of the dump under data/dumps the article comes from. */
  dump: string;
  title: string;
  published: string;
  published_accept: string[];
  people: string[][];
  places: string[][];
  organizations: string[][];
  optional: { people: string[][]; places: string[][]; organizations: string[][] };
  credits: string[];
  dates: GoldDate[];
  casualties: GoldFigure[];
  not_casualties: string[];
  events: GoldEvent[];
}

export interface GoldDate {
  text: string;
  value: string;
  type?: string;
}

export interface GoldFigure {
  category: string;
  value: number;
  qualifier?: string;
  group?: string;
  source?: string;
  text?: string;
}

export interface GoldEvent {
  type: string;
  date: string | null;
  place: string | null;
  actors?: string[];
  summary?: string;
}

/** The gold cannot be read: a file is missing, is not JSON or does not follow the format. */
export class GoldError extends Error {
  override name = 'GoldError';
}

type Json = unknown;
const isObj = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one parsed gold file and fills the optional parts; throws a GoldError naming what is wrong. */
export function parseGold(json: Json, file: string): Gold {
  const fail = (what: string): never => {
    throw new GoldError(`${file}: ${what}`);
  };
  if (!isObj(json)) return fail('not a JSON object');
  const str = (k: string, x: Json = json[k]): string => (typeof x === 'string' && x.trim() ? x : fail(`"${k}" must be a non-empty string`));
  const strings = (k: string, x: Json): string[] =>
    Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : fail(`"${k}" must be a list of strings`);
  const entities = (k: string, x: Json): string[][] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) return fail(`"${k}" must be a list of name lists`);
    return x.map((names, i) => {
      const list = strings(`${k}[${i}]`, names);
      return list.length > 0 ? list : fail(`"${k}[${i}]" has no name`);
    });
  };
  const list = (k: string): Json[] => {
    const x = json[k];
    if (x === undefined) return [];
    return Array.isArray(x) ? x : fail(`"${k}" must be a list`);
  };
  const published = str('published');
  if (!ISO_DATE.test(published)) fail(`"published" must be YYYY-MM-DD, got ${JSON.stringify(published)}`);
  const accept = json.published_accept === undefined ? [] : strings('published_accept', json.published_accept);
  const optional = json.optional === undefined ? {} : isObj(json.optional) ? json.optional : fail('"optional" must be an object');

  const dates = list('dates').map((d, i): GoldDate => {
    if (!isObj(d)) return fail(`dates[${i}] must be an object`);
    return {
      text: str(`dates[${i}].text`, d.text),
      value: str(`dates[${i}].value`, d.value),
      ...(typeof d.type === 'string' ? { type: d.type } : {}),
    };
  });
  const casualties = list('casualties').map((f, i): GoldFigure => {
    if (!isObj(f)) return fail(`casualties[${i}] must be an object`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) return fail(`casualties[${i}].value must be a number`);
    const out: GoldFigure = { category: str(`casualties[${i}].category`, f.category), value: f.value };
    for (const k of ['qualifier', 'group', 'source', 'text'] as const) if (typeof f[k] === 'string') out[k] = f[k];
    return out;
  });
  const events = list('events').map((e, i): GoldEvent => {
    if (!isObj(e)) return fail(`events[${i}] must be an object`);
    const nullable = (k: 'date' | 'place'): string | null => (e[k] === null || e[k] === undefined ? null : str(`events[${i}].${k}`, e[k]));
    return {
      type: str(`events[${i}].type`, e.type),
      date: nullable('date'),
      place: nullable('place'),
      ...(e.actors !== undefined ? { actors: strings(`events[${i}].actors`, e.actors) } : {}),
      ...(typeof e.summary === 'string' ? { summary: e.summary } : {}),
    };
  });
  return {
    id: str('id'),
    dump: str('dump'),
    title: str('title'),
    published,
    published_accept: accept,
    people: entities('people', json.people),
    places: entities('places', json.places),
    organizations: entities('organizations', json.organizations),
    optional: {
      people: entities('optional.people', optional.people),
      places: entities('optional.places', optional.places),
      organizations: entities('optional.organizations', optional.organizations),
    },
    credits: json.credits === undefined ? [] : strings('credits', json.credits),
    dates,
    casualties,
    not_casualties: json.not_casualties === undefined ? [] : strings('not_casualties', json.not_casualties),
    events,
  };
}
