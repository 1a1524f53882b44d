import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/testing/run-cli.fixture.js';
import { SAMPLE } from './helpers.js';

// The sample dump's jsonld output, compared with tests/golden/sample.jsonld. The records change as
// the extractor's stages land: to accept the new output, read the diff, then run
//   UPDATE_GOLDEN=1 node scripts/pnpm.mjs exec vitest run tests/cli/golden.test.ts
// (this test runs the CLI in-process on the sources, so no build is needed) and review the file.
const GOLDEN = fileURLToPath(new URL('../golden/sample.jsonld', import.meta.url));

describe('golden output', () => {
  it('the sample dump as jsonld equals tests/golden/sample.jsonld', async () => {
    const r = await runCli(['extract', SAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(GOLDEN, r.stdout);
      return;
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(r.stdout, 'the output differs from tests/golden/sample.jsonld; if the change is right, rerun with UPDATE_GOLDEN=1').toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
