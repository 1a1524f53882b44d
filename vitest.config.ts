import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; `npm test` builds first so that CLI tests can spawn dist/bin.js.
    alias: [
      { find: /^@newsgraph\/models$/, replacement: src('./packages/models/src/index.ts') },
      { find: /^@newsgraph\/extractor$/, replacement: src('./packages/extractor/src/index.ts') },
      { find: /^@newsgraph\/extractor\/input$/, replacement: src('./packages/extractor/src/input.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Runs extract in the main thread unless a test asks for workers (each worker loads the models).
    env: { NEWSGRAPH_WORKERS: '0' },
  },
});
