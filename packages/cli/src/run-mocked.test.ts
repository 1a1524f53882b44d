import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractorOptions } from '@newsgraph/extractor';
import { runCli, summary } from './testing/run-cli.fixture.js';

const seen: ExtractorOptions[] = [];

// The real extractor, except that its stages "crash" on articles that say BOOM (a bug must exit 2
// and the run go on), and that the options it is made with are recorded.
vi.mock('@newsgraph/extractor', async (importOriginal) => {
  const real = await importOriginal<typeof import('@newsgraph/extractor')>();
  return {
    ...real,
    createExtractor: (options: ExtractorOptions) => {
      seen.push(options);
      const ex = real.createExtractor(options);
      return {
        ...ex,
        safeExtract: (a: { text: string }) =>
          a.text.includes('BOOM') ? { ok: false, error: new real.ExtractError('internal', 'a stage threw: BOOM') } : ex.safeExtract(a),
      };
    },
  };
});

beforeEach(() => {
  seen.length = 0;
});

describe('run: the extractor it makes', () => {
  it('gets --include-text and --published', async () => {
    await runCli(['extract', '--include-text', '--published', '2025-04-28', '-'], { stdin: 'Text.' });
    expect(seen).toEqual([{ includeText: true, published: '2025-04-28' }]);
    await runCli(['extract', '-'], { stdin: 'Text.' });
    expect(seen[1]).toEqual({ includeText: false });
  });
});

describe('run: internal errors', () => {
  it('reports an extractor bug, goes on, and exits 2', async () => {
    const jsonl = ['{"text":"Protesters marched in Paris on Monday."}', '{"text":"BOOM"}', '{"text":"Three people died in a fire in Lyon."}'].join('\n');
    const r = await runCli(['extract', '-f', 'ndjson', '--input-format', 'jsonl'], { stdin: jsonl });
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/<stdin>:2: internal error: article: a stage threw: BOOM \(internal\); please report this/);
    expect(summary(r.stderr)).toEqual({ in: 3, out: 2, rejected: 1 });
  });
});
