import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared corpora: $NEWSGRAPH_CORPORA, else ../shared/corpora beside the repository. Never copied into the repo. */
export function corporaDir(): string {
  const dir = process.env.NEWSGRAPH_CORPORA ?? fileURLToPath(new URL('../../../../../shared/corpora/', import.meta.url));
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir} (set NEWSGRAPH_CORPORA)`);
  return dir.endsWith('/') ? dir : dir + '/';
}
