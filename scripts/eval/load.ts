import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../packages/extractor/src/doc/doc.js';
import { readDump } from '../../packages/extractor/src/ingest/read-dump.js';
import { GoldError, parseGold, type Gold } from './gold.js';

/** A title as compared when pairing gold files with articles: quotes, dashes and whitespace normalised, lower case. */
export function titleKey(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Reads and checks every data/gold/*.json file, in file-name order. */
export function readGoldDir(dir: string): Gold[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    throw new GoldError(`cannot read the gold directory ${dir}: ${(e as Error).message}`);
  }
  if (files.length === 0) throw new GoldError(`no gold files (*.json) in ${dir}`);
  return files.map((f) => {
    const path = join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new GoldError(`cannot read ${path}: ${(e as Error).message}`);
    }
    return parseGold(json, path);
  });
}

/** Pairs each gold file with its article by title; throws a GoldError naming every gold whose article is missing. */
export function pairArticles(golds: readonly Gold[], articlesByDump: ReadonlyMap<string, readonly Article[]>): { gold: Gold; article: Article }[] {
  const missing: string[] = [];
  const pairs = golds.flatMap((gold) => {
    const articles = articlesByDump.get(gold.dump) ?? [];
    const key = titleKey(gold.title);
    const matches = articles.filter((a) => a.title !== undefined && titleKey(a.title) === key);
    if (matches.length !== 1) {
      missing.push(`${gold.id}: ${matches.length === 0 ? 'no' : matches.length} article(s) titled ${JSON.stringify(gold.title)} in ${gold.dump}`);
      return [];
    }
    return [{ gold, article: matches[0]! }];
  });
  if (missing.length > 0) throw new GoldError(`gold articles not found:\n  ${missing.join('\n  ')}`);
  return pairs;
}

/** Reads the dumps the gold files name, each once, with the extractor's dump reader. */
export function readDumps(golds: readonly Gold[], dumpsDir: string): Map<string, Article[]> {
  const out = new Map<string, Article[]>();
  for (const name of new Set(golds.map((g) => g.dump))) {
    const path = join(dumpsDir, name);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (e) {
      throw new GoldError(`cannot read the dump ${path}: ${(e as Error).message}`);
    }
    out.set(name, readDump(content).articles.map((a) => a.article));
  }
  return out;
}
