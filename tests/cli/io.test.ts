import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_URL } from '@newsgraph/models';
import { newsgraph, requireBuilt, SAMPLE, summaryOf } from './helpers.js';

let dir: string;
const sample = () => readFileSync(SAMPLE);

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph: stdin, --out, directories', () => {
  it('reads stdin when given no input, and with "-"', () => {
    const plain = newsgraph(['extract'], { input: sample() });
    const dash = newsgraph(['extract', '-'], { input: sample() });
    const file = newsgraph(['extract', SAMPLE]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe(file.stdout);
    expect(dash.stdout).toBe(file.stdout);
    expect(summaryOf(plain.stderr)).toEqual({ in: 4, out: 4, rejected: 0 });
  });

  it('names stdin <stdin> in messages', () => {
    const r = newsgraph(['extract', '--input-format', 'jsonl'], { input: '{"text":"fine, thanks."}\nnot json\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2: rejected: the line is not valid JSON/m);
  });

  it('reads stdin among files, in the order given', () => {
    const jsonl = JSON.stringify({ id: 'from-stdin', text: 'A bomb killed 3 people in Kabul on Friday, police said.' }) + '\n';
    const r = newsgraph(['extract', '--format', 'ndjson', SAMPLE, '-'], { input: jsonl });
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).identifier);
    expect(ids).toEqual([undefined, undefined, undefined, undefined, 'from-stdin']);
  });

  it('--input-format text reads a dump as one article', () => {
    const r = newsgraph(['extract', '--input-format', 'text', SAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)['@graph']).toHaveLength(1);
  });

  it('writes --out and nothing on stdout; the file holds the same output', () => {
    const out = join(dir, 'records.jsonld');
    const r = newsgraph(['extract', SAMPLE, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(newsgraph(['extract', SAMPLE]).stdout);
  });

  it('exits 1 when --out cannot be written', () => {
    const r = newsgraph(['extract', SAMPLE, '--out', join(dir, 'missing-dir', 'x.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write to/);
  });

  it('walks directories recursively, in sorted order, skipping other files', () => {
    const d = join(dir, 'corpus');
    mkdirSync(join(d, 'b'), { recursive: true });
    copyFileSync(SAMPLE, join(d, 'b', 'dump.txt'));
    writeFileSync(join(d, 'a.jsonl'), JSON.stringify({ id: 'a1', text: 'Rebels seized the town of Bunia on Monday.' }) + '\n');
    writeFileSync(join(d, 'c.ndjson'), JSON.stringify({ id: 'c1', text: 'Two journalists were arrested in Minsk.' }) + '\n');
    writeFileSync(join(d, 'notes.md'), '# not an input');
    writeFileSync(join(d, 'records.json'), '{"not": "an input"}');
    const r = newsgraph(['extract', '--format', 'ndjson', d]);
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).identifier ?? 'dump');
    expect(ids).toEqual(['a1', 'dump', 'dump', 'dump', 'dump', 'c1']);
    expect(summaryOf(r.stderr)).toEqual({ in: 6, out: 6, rejected: 0 });
  });
});

describe('newsgraph: usage and exit codes', () => {
  it('--version prints the version', () => {
    const r = newsgraph(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8')).version);
  });

  it('extract --help documents inputs, formats, exit codes and examples', () => {
    const r = newsgraph(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['Usage: newsgraph extract', '--input-format', 'auto', '--format', 'jsonld', 'ndjson', 'nquads', 'csv', '--out', '--include-text', '--published', '--quiet', 'Exit status', '0 ', '1 ', '2 ', 'Examples', '$ newsgraph extract']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('a usage error exits 1 and writes nothing on stdout', () => {
    for (const args of [['extract', '--format', 'yaml', SAMPLE], ['extract', '--published', 'tomorrow', SAMPLE], ['nonsense']]) {
      const r = newsgraph(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/error/i);
    }
  });

  it('an empty stdin is no articles: rejected, exit 1, and still a complete document', () => {
    const r = newsgraph(['extract'], { input: '' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ '@context': CONTEXT_URL, '@graph': [] });
    expect(summaryOf(r.stderr)).toEqual({ in: 1, out: 0, rejected: 1 });
  });
});
