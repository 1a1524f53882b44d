import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, newsgraph, requireBuilt, ROOT } from './helpers.js';

let dir: string;
const f = (name: string) => join(dir, name);
const PLACES = ['Lagos', 'Nairobi', 'Goma', 'Kano', 'Mombasa', 'Kisumu', 'Abuja', 'Bamako'];
const article = (i: number) =>
  JSON.stringify({ id: `a${i}`, text: `Police arrested ${i + 3} protesters in ${PLACES[i % PLACES.length]} on Tuesday, officials said. Report ${i}.` });
const jsonl = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => article(from + k)).join('\n') + '\n';

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extract = (input: string, out: string, ...more: string[]) => newsgraph(['extract', input, '-f', 'ndjson', '--out', out, ...more]);

describe('--resume', () => {
  it('continues an output cut off in the middle of a record, writing exactly what one clean run writes', () => {
    writeFileSync(f('in.jsonl'), jsonl(0, 30));
    extract(f('in.jsonl'), f('clean.ndjson'));
    const clean = readFileSync(f('clean.ndjson'), 'utf8');
    const lines = clean.split('\n');
    writeFileSync(f('cut.ndjson'), lines.slice(0, 10).join('\n') + '\n' + lines[10]!.slice(0, 100));
    const r = extract(f('in.jsonl'), f('cut.ndjson'), '--resume');
    expect(r.code).toBe(0);
    expect(readFileSync(f('cut.ndjson'), 'utf8')).toBe(clean);
    expect(r.stderr).toMatch(/10 articles already in .*cut\.ndjson, not done again/);
  });

  it('after a run killed with SIGKILL, writes exactly what one clean run writes', async () => {
    writeFileSync(f('many.jsonl'), jsonl(0, 300));
    extract(f('many.jsonl'), f('many-clean.ndjson'), '-w', '1');
    const killed = f('killed.ndjson');
    const child = spawn(process.execPath, [BIN, 'extract', f('many.jsonl'), '-f', 'ndjson', '-q', '-w', '1', '--out', killed], { cwd: ROOT });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const n = existsSync(killed) ? readFileSync(killed, 'utf8').split('\n').length : 0;
        if (n > 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
    });
    await new Promise((r) => child.on('close', r));
    const partial = readFileSync(killed, 'utf8').split('\n').length - 1;
    expect(partial).toBeLessThan(300);
    extract(f('many.jsonl'), killed, '-w', '2', '--resume');
    expect(readFileSync(killed, 'utf8')).toBe(readFileSync(f('many-clean.ndjson'), 'utf8'));
  });

  it('over a dump that has grown, does only the new articles', () => {
    writeFileSync(f('grow.jsonl'), jsonl(0, 12));
    extract(f('grow.jsonl'), f('grow.ndjson'));
    appendFileSync(f('grow.jsonl'), jsonl(12, 20));
    const r = extract(f('grow.jsonl'), f('grow.ndjson'), '--resume');
    expect(r.stderr).toMatch(/12 articles already in/);
    extract(f('grow.jsonl'), f('grow-clean.ndjson'));
    expect(readFileSync(f('grow.ndjson'), 'utf8')).toBe(readFileSync(f('grow-clean.ndjson'), 'utf8'));
  });

  it('keeps both records of an article given twice, when the run stopped between them', () => {
    const twice = jsonl(0, 3) + jsonl(0, 3);
    writeFileSync(f('twice.jsonl'), twice);
    extract(f('twice.jsonl'), f('twice-clean.ndjson'));
    const clean = readFileSync(f('twice-clean.ndjson'), 'utf8');
    writeFileSync(f('twice.ndjson'), clean.split('\n').slice(0, 4).join('\n') + '\n');
    extract(f('twice.jsonl'), f('twice.ndjson'), '--resume');
    expect(readFileSync(f('twice.ndjson'), 'utf8')).toBe(clean);
  });

  it('refuses to resume without an NDJSON --out file, or over a file that is not its output', () => {
    expect(newsgraph(['extract', f('in.jsonl'), '--resume']).code).toBe(1);
    expect(newsgraph(['extract', f('in.jsonl'), '-f', 'jsonld', '--out', f('x.jsonld'), '--resume']).code).toBe(1);
    writeFileSync(f('other.ndjson'), 'not json\n{"@id": "x"}\n');
    const r = extract(f('in.jsonl'), f('other.ndjson'), '--resume');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other\.ndjson:1: not a newsgraph NDJSON record/);
    expect(readFileSync(f('other.ndjson'), 'utf8')).toBe('not json\n{"@id": "x"}\n');
  });
});
