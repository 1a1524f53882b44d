import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the shared corpora should be: $NEWSGRAPH_CORPORA, else ../shared/corpora beside the repository. */
export function defaultCorporaDir(): string {
  const dir = process.env.NEWSGRAPH_CORPORA ?? fileURLToPath(new URL('../../../../../shared/corpora/', import.meta.url));
  return dir.endsWith('/') ? dir : dir + '/';
}

/** The shared corpora (never copied into the repo); throws when they are not there. */
export function corporaDir(): string {
  const dir = defaultCorporaDir();
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir} (set NEWSGRAPH_CORPORA)`);
  return dir;
}
