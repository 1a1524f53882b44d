import { readFileSync } from 'node:fs';

/** The URL under which the v1 context is known; it is served from this package, never fetched. */
export const CONTEXT_URL = 'https://newsgraph.dev/context/v1.jsonld';
export const CONTEXT_VERSION = 'v1';

let cached: { '@context': Record<string, unknown> } | undefined;

/** The v1 JSON-LD context document, as shipped in `context/v1.jsonld`. */
export function contextDocument(): { '@context': Record<string, unknown> } {
  cached ??= JSON.parse(readFileSync(new URL('../context/v1.jsonld', import.meta.url), 'utf8')) as {
    '@context': Record<string, unknown>;
  };
  return cached;
}
