import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_URL } from '@newsgraph/models';
import { CSV_COLUMNS } from './formats/csv.js';
import { runCli, summary } from './testing/run-cli.fixture.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-run-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'Police in Lagos arrested 12 protesters on Monday, officials said.';

describe('run: usage', () => {
  it('prints the version on stdout and exits 0', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('documents formats, CSV columns, exit codes and examples in extract --help', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--input-format', '--format', '--out', '--include-text', '--published', '--quiet', 'Exit status', 'Examples', 'nquads', 'jsonl', 'evidence_text']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stderr).toBe('');
  });

  it('exits 1 with a message on stderr for a usage error, writing no data', async () => {
    for (const argv of [['extract', '--format', 'xml'], ['extract', '--input-format', 'pdf'], ['extract', '--published', '2025-02-30'], ['extract', '--published', '28/04/2025'], ['frobnicate'], ['extract', '--no-such-option'], []]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr.length, argv.join(' ')).toBeGreaterThan(0);
    }
  });

  it('refuses "-" twice', async () => {
    const r = await runCli(['extract', '-', '-'], { stdin: ARTICLE });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/only once/);
  });

  it('exits 1 when --out cannot be written', async () => {
    const r = await runCli(['extract', '--out', join(dir, 'no/such/dir/out.jsonld'), '-'], { stdin: ARTICLE });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write to .*out\.jsonld/);
  });
});

describe('run: extract', () => {
  it('reads stdin when given no inputs, and writes a jsonld document on stdout', async () => {
    const r = await runCli(['extract'], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context']).toBe(CONTEXT_URL);
    expect(doc['@graph']).toHaveLength(1);
    expect(summary(r.stderr)).toEqual({ in: 1, out: 1, rejected: 0 });
  });

  it('passes --include-text to the extractor', async () => {
    const r = await runCli(['extract', '--include-text', '--published', '2025-04-28', '-'], { stdin: ARTICLE });
    const rec = JSON.parse(r.stdout)['@graph'][0];
    expect(rec.text).toBe(ARTICLE);
    const plain = JSON.parse((await runCli(['extract', '-'], { stdin: ARTICLE })).stdout)['@graph'][0];
    expect(plain.text).toBeUndefined();
  });

  it('writes to --out and nothing to stdout', async () => {
    const out = join(dir, 'out.ndjson');
    const r = await runCli(['extract', '-f', 'ndjson', '-o', out], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)['@context']).toBe(CONTEXT_URL);
  });

  it('writes the CSV header even when there are no rows', async () => {
    const r = await runCli(['extract', '--format', 'csv', '--input-format', 'text'], { stdin: 'Nothing happened here today.' });
    expect(r.stdout.startsWith(CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
  });

  it('keeps counting exact and exits 1 when something is rejected; the rest is written', async () => {
    const jsonl = join(dir, 'mixed.jsonl');
    writeFileSync(jsonl, [JSON.stringify({ id: 'a', text: ARTICLE }), '{"text": oops', JSON.stringify({ id: 'b', text: '   ' }), JSON.stringify({ id: 'c', text: ARTICLE + ' Again.' })].join('\n'));
    const r = await runCli(['extract', '-f', 'ndjson', jsonl, join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).identifier)).toEqual(['a', 'c']);
    expect(summary(r.stderr)).toEqual({ in: 5, out: 2, rejected: 3 });
    expect(r.stderr).toContain(`${jsonl}:2: rejected: the line is not valid JSON`);
    expect(r.stderr).toContain(`${jsonl}:3: rejected: the line has an empty "text" (empty_article)`);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: rejected: no such file or directory (not_found)`);
  });

  it('--quiet drops the summary, not the problems', async () => {
    const r = await runCli(['extract', '--quiet', join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(summary(r.stderr)).toBeUndefined();
    expect(r.stderr).toContain('no such file or directory');
  });

  it('shows progress only when stderr is a terminal', async () => {
    const tty = await runCli(['extract', '-'], { stdin: ARTICLE, stderrIsTTY: true });
    expect(tty.stderr).toContain('\r\x1b[K');
    expect(tty.stderr).toMatch(/<stdin>: \d+ articles? done/);
    const pipe = await runCli(['extract', '-'], { stdin: ARTICLE });
    expect(pipe.stderr).not.toContain('\r');
    const quiet = await runCli(['extract', '-q', '-'], { stdin: ARTICLE, stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
  });

  it('ends the jsonld document properly even when nothing was read', async () => {
    const r = await runCli(['extract', join(dir, 'missing.txt')]);
    expect(JSON.parse(r.stdout)).toEqual({ '@context': CONTEXT_URL, '@graph': [] });
    expect(summary(r.stderr)).toEqual({ in: 1, out: 0, rejected: 1 });
  });
});
