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

  describe('a JSON-LD document', () => {
    const extractLd = (input: string, out: string, ...more: string[]) => newsgraph(['extract', input, '-f', 'jsonld', '--out', out, ...more]);

    it('cut anywhere (in the opening, inside a record, between records), resumes to exactly what one clean run writes', () => {
      writeFileSync(f('ld.jsonl'), jsonl(0, 8));
      extractLd(f('ld.jsonl'), f('ld-clean.jsonld'));
      const clean = readFileSync(f('ld-clean.jsonld'), 'utf8');
      const second = clean.indexOf('\n    {', clean.indexOf('\n    {') + 1);
      for (const at of [0, 5, clean.indexOf('[') + 1, second - 40, second, second + 2, second + 300, clean.length - 4]) {
        writeFileSync(f('ld.jsonld'), clean.slice(0, at));
        const r = extractLd(f('ld.jsonl'), f('ld.jsonld'), '--resume');
        expect(r.code, `cut at ${at}`).toBe(0);
        expect(readFileSync(f('ld.jsonld'), 'utf8'), `cut at ${at}`).toBe(clean);
      }
    });

    it('after a finished run over a dump that has since grown, adds only the new records inside the same document', () => {
      writeFileSync(f('ldgrow.jsonl'), jsonl(0, 5));
      extractLd(f('ldgrow.jsonl'), f('ldgrow.jsonld'));
      appendFileSync(f('ldgrow.jsonl'), jsonl(5, 9));
      const r = extractLd(f('ldgrow.jsonl'), f('ldgrow.jsonld'), '--resume');
      expect(r.stderr).toMatch(/5 articles already in/);
      extractLd(f('ldgrow.jsonl'), f('ldgrow-clean.jsonld'));
      const resumed = readFileSync(f('ldgrow.jsonld'), 'utf8');
      expect(resumed).toBe(readFileSync(f('ldgrow-clean.jsonld'), 'utf8'));
      expect((JSON.parse(resumed) as { '@graph': unknown[] })['@graph']).toHaveLength(9);
    });

    it('a finished document with no record goes on after its empty graph', () => {
      writeFileSync(f('none.jsonl'), '');
      writeFileSync(f('none.jsonld'), '{\n  "@context": "https://newsgraph.dev/context/v1.jsonld",\n  "@graph": []\n}\n');
      writeFileSync(f('some.jsonl'), jsonl(0, 2));
      extractLd(f('some.jsonl'), f('none.jsonld'), '--resume');
      extractLd(f('some.jsonl'), f('some-clean.jsonld'));
      expect(readFileSync(f('none.jsonld'), 'utf8')).toBe(readFileSync(f('some-clean.jsonld'), 'utf8'));
    });
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

  it('refuses to resume without an --out file, in a format it cannot continue, or over a file that is not its output', () => {
    expect(newsgraph(['extract', f('in.jsonl'), '--resume']).code).toBe(1);
    expect(newsgraph(['extract', f('in.jsonl'), '-f', 'csv', '--out', f('x.csv'), '--resume']).code).toBe(1);
    writeFileSync(f('other.jsonld'), '{\n  "@context": "https://example.org/",\n  "@graph": []\n}\n');
    const j = newsgraph(['extract', f('in.jsonl'), '-f', 'jsonld', '--out', f('other.jsonld'), '--resume']);
    expect(j.code).toBe(1);
    expect(j.stderr).toMatch(/other\.jsonld:2: not the JSON-LD document newsgraph writes/);
    writeFileSync(f('other.ndjson'), 'not json\n{"@id": "x"}\n');
    const r = extract(f('in.jsonl'), f('other.ndjson'), '--resume');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other\.ndjson:1: not a newsgraph NDJSON record/);
    expect(readFileSync(f('other.ndjson'), 'utf8')).toBe('not json\n{"@id": "x"}\n');
  });
});
