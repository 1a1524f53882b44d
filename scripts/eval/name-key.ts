import { fold } from '../../packages/extractor/src/text/fold.js';

/**
 * The key under which the scorer compares names, as data/gold/README.md states the rule:
 * case-insensitive, diacritics folded, a leading "the" and a trailing possessive "'s" removed.
 * Typographic quotes count as the ASCII apostrophe (so "’s" is a possessive too) and runs of
 * whitespace as one space. The extractor's nameKey also drops a bare trailing apostrophe
 * ("Workers'"), which the README does not say, so the scorer keeps its own rule.
 */
export function scoreKey(name: string): string {
  return fold(name.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s$/, '')
    .trim();
}

/** The keys of a record entity: its name and alternate names. */
export function entityKeys(e: { name: string; alternateName?: readonly string[] | undefined }): Set<string> {
  return new Set([e.name, ...(e.alternateName ?? [])].map(scoreKey));
}
