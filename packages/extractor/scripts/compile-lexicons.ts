/**
 * Compiles the hand-kept word lists in data/lexicons/**.txt into resources/lexicons.json.
 * A list is one entry per line; blank lines and lines starting with # are ignored; a list's name
 * is its path under data/lexicons without ".txt" (data/lexicons/figures/killed.txt → "figures/killed").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LEXICONS_DIR = fileURLToPath(new URL('../../../data/lexicons/', import.meta.url));
/** Folders compiled by their own build (build-gazetteers.ts), not copied as word lists. */
const OWN_BUILD = new Set(['gazetteer']);

function walk(dir: string, top = true): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return top && OWN_BUILD.has(name) ? [] : walk(p, false);
      return name.endsWith('.txt') ? [p] : [];
    });
}

export function parseLexicon(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}

export function compileLexicons(dir = LEXICONS_DIR): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of walk(dir)) {
    const name = relative(dir, file).split(sep).join('/').replace(/\.txt$/, '');
    out[name] = parseLexicon(readFileSync(file, 'utf8'));
  }
  return out;
}
