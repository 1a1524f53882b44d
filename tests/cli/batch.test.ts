import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsgraph, requireBuilt, SAMPLE, summaryOf } from './helpers.js';

const ids = (ndjson: string): string[] => ndjson.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { '@id': string })['@id']);

describe('batch runs', () => {
  beforeAll(requireBuilt);

  it('writes with a pool of workers exactly what the main thread alone writes, in input order', () => {
    for (const format of ['ndjson', 'jsonld', 'csv']) {
      const one = newsgraph(['extract', SAMPLE, '-f', format, '-w', '0']);
      const two = newsgraph(['extract', SAMPLE, '-f', format, '-w', '2']);
      expect(two.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(summaryOf(two.stderr)).toEqual(summaryOf(one.stderr));
    }
  });

  it('splits the input into shards whose union is the whole, without overlap, rejections included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-shard-'));
    const lines: string[] = [];
    for (let i = 0; i < 24; i++) lines.push(JSON.stringify({ id: `a${i}`, text: `Police arrested ${i + 2} protesters in Nairobi on Tuesday, officials said (report ${i}).` }));
    lines.splice(5, 0, '{"id": "broken", "text": ');
    lines.splice(12, 0, '{"id": "empty", "text": ""}');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const whole = newsgraph(['extract', input, '-f', 'ndjson']);
    const all = summaryOf(whole.stderr);
    expect(all).toEqual({ in: 26, out: 24, rejected: 2 });
    const seen: string[] = [];
    let sum = { in: 0, out: 0, rejected: 0 };
    for (let i = 1; i <= 3; i++) {
      const part = newsgraph(['extract', input, '-f', 'ndjson', '--shard', `${i}/3`]);
      const s = summaryOf(part.stderr);
      sum = { in: sum.in + s.in, out: sum.out + s.out, rejected: sum.rejected + s.rejected };
      seen.push(...ids(part.stdout));
    }
    expect(sum).toEqual(all);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(ids(whole.stdout)));
  });

  it('writes the same records when its workers are replaced between batches (a heap grown past NEWSGRAPH_WORKER_RECYCLE_MB)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-recycle-'));
    const lines: string[] = [];
    for (let i = 0; i < 20; i++) lines.push(JSON.stringify({ id: `r${i}`, text: `Gunmen killed ${i + 3} villagers near Kaduna on Sunday, said Zorvath Quellin ${i}. Police arrested ${i + 1} suspects.` }));
    lines.splice(7, 0, '{"id": "broken", "text": ');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, lines.join('\n') + '\n');
    const alone = newsgraph(['extract', input, '-f', 'ndjson', '-w', '0']);
    // A limit of 1 KB: every worker is replaced after every batch.
    const recycled = newsgraph(['extract', input, '-f', 'ndjson', '-w', '2'], { env: { NEWSGRAPH_WORKER_RECYCLE_MB: '0.001' } });
    expect(recycled.code).toBe(alone.code);
    expect(recycled.stdout).toBe(alone.stdout);
    expect(summaryOf(recycled.stderr)).toEqual({ in: 21, out: 20, rejected: 1 });
  });

  it('writes an article the same record whether or not other articles came before it', () => {
    // wink-nlp learns "Velmora's" whole from the first; it used to split the second differently after that.
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-order-'));
    const teacher = JSON.stringify({ id: 'teacher', text: "The best results of the quarter in Lisbon were Velmora's." });
    const article = JSON.stringify({ id: 'article', text: "Velmora's shares rose 9% on Monday. Anna Velmora founded the company in Lisbon in 1998." });
    writeFileSync(join(dir, 'both.jsonl'), `${teacher}\n${article}\n`);
    writeFileSync(join(dir, 'alone.jsonl'), `${article}\n`);
    const alone = newsgraph(['extract', join(dir, 'alone.jsonl'), '-f', 'ndjson', '-w', '0']).stdout.trim();
    for (const w of ['0', '1']) {
      const both = newsgraph(['extract', join(dir, 'both.jsonl'), '-f', 'ndjson', '-w', w]).stdout.trim().split('\n');
      expect(both[1]).toBe(alone);
    }
  });

  it('refuses a shard that is not I/N with 1 <= I <= N', () => {
    for (const bad of ['0/3', '4/3', '1', 'a/b']) expect(newsgraph(['extract', SAMPLE, '--shard', bad]).code).not.toBe(0);
  });

  it('writes the run’s counts and timings with --stats', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stats-'));
    const file = join(dir, 'stats.json');
    const r = newsgraph(['extract', SAMPLE, '-f', 'ndjson', '--stats', file]);
    const stats = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    const s = summaryOf(r.stderr);
    expect([stats.articlesIn, stats.recordsOut, stats.rejected]).toEqual([s.in, s.out, s.rejected]);
    expect(stats.articlesIn).toBe(stats.recordsOut! + stats.rejected!);
    expect(stats.words).toBeGreaterThan(1000);
    expect(stats.seconds).toBeGreaterThan(0);
    expect(stats.wordsPerSecond).toBeGreaterThan(0);
    expect(stats.cpuSeconds).toBeGreaterThan(0);
    expect(Math.abs(stats.wordsPerCpuSecond! - stats.words! / stats.cpuSeconds!)).toBeLessThan(0.01 * stats.wordsPerCpuSecond!);
    expect(stats.workers).toBe(0);
  });
});

describe('filter mode', () => {
  beforeAll(requireBuilt);

  it.each(['0', '2'])('answers each JSONL line on stdin with its NDJSON record before the next line comes (-w %s)', async (workers) => {
    const { spawn } = await import('node:child_process');
    const { BIN, ROOT } = await import('./helpers.js');
    const child = spawn(process.execPath, [BIN, 'extract', '-', '--input-format', 'jsonl', '-f', 'ndjson', '-w', workers, '-q'], { cwd: ROOT });
    let out = '';
    let wake = () => {};
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      wake();
    });
    const count = () => out.split('\n').filter(Boolean).length;
    const lines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        wake = () => count() >= n && resolve();
        child.once('exit', () => reject(new Error(`exited with ${count()} lines`)));
        wake();
      });
    child.stdin.write(JSON.stringify({ id: 'a', text: 'Police arrested 40 protesters in Nairobi on Tuesday.' }) + '\n');
    await lines(1);
    child.stdin.write(JSON.stringify({ id: 'b', text: 'Gunmen killed five villagers in Zamfara on Sunday.' }) + '\n');
    await lines(2);
    child.stdin.end();
    await new Promise((r) => child.on('close', r));
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { identifier: string }).identifier)).toEqual(['a', 'b']);
  });
});
