import { readFileSync } from 'node:fs';

/** Folder of the compiled resources shipped in this package (gazetteers, lexicons, weights). */
export const RESOURCES_DIR = new URL('../resources/', import.meta.url);

const cache = new Map<string, unknown>();

/** Reads and parses `resources/<name>` once per process. */
export function loadResource<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = JSON.parse(readFileSync(new URL(name, RESOURCES_DIR), 'utf8')) as T;
    cache.set(name, v);
  }
  return v as T;
}

/** A hand-kept word list from data/lexicons/<name>.txt, compiled into resources/lexicons.json. */
export function lexicon(name: string): readonly string[] {
  const all = loadResource<Record<string, string[]>>('lexicons.json');
  const list = all[name];
  if (!list) throw new Error(`no lexicon named ${name} in resources/lexicons.json (run pnpm resources)`);
  return list;
}

/** A lexicon as a Set of lower-cased entries. */
export function lexiconSet(name: string): ReadonlySet<string> {
  const key = `set:${name}`;
  let v = cache.get(key) as Set<string> | undefined;
  if (!v) {
    v = new Set(lexicon(name).map((w) => w.toLowerCase()));
    cache.set(key, v);
  }
  return v;
}
