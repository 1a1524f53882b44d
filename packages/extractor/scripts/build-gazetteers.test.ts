import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from './corpora/paths.js';

const corpora = defaultCorporaDir() + 'conll2003/eng.train';

describe('build-gazetteers', () => {
  // Rebuilding needs the shared corpora (for the name statistics); without them the check is skipped.
  it.skipIf(!existsSync(corpora))('the committed gazetteer resources are current (run pnpm resources:gazetteer)', async () => {
    const { buildGazetteers, serialise } = await import('./build-gazetteers.js');
    for (const [file, data] of Object.entries(buildGazetteers())) {
      const committed = readFileSync(new URL(`../resources/${file}`, import.meta.url), 'utf8');
      expect(serialise(data) === committed, `resources/${file} is stale`).toBe(true);
    }
  });
});
