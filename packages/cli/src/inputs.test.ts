import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, isInputFile } from './inputs.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
  mkdirSync(join(dir, 'corpus/b-sub'), { recursive: true });
  mkdirSync(join(dir, 'corpus/.hidden'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'only-other/deeper'), { recursive: true });
  for (const f of ['corpus/z.txt', 'corpus/a.jsonl', 'corpus/b-sub/c.NDJSON', 'corpus/b-sub/notes.md', 'corpus/data.json', 'corpus/.hidden/h.txt', 'corpus/.dot.txt', 'only-other/deeper/x.csv', 'loose.md']) {
    writeFileSync(join(dir, f), 'x');
  }
  symlinkSync(join(dir, 'corpus'), join(dir, 'corpus/b-sub/loop')); // a cycle: visited once
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isInputFile', () => {
  it('takes .txt, .text, .jsonl, .ndjson, any case; not .json, .md, .csv', () => {
    expect(['a.txt', 'A.TXT', 'b.text', 'c.jsonl', 'd.NDJSON'].every(isInputFile)).toBe(true);
    expect(['a.json', 'b.md', 'c.csv', 'txt', 'a.txt.gz'].some(isInputFile)).toBe(false);
  });
});

describe('expandInputs', () => {
  it('no inputs means stdin, and "-" is stdin', async () => {
    expect(await expandInputs([])).toEqual([{ kind: 'stdin', path: '<stdin>' }]);
    expect(await expandInputs(['-'])).toEqual([{ kind: 'stdin', path: '<stdin>' }]);
  });

  it('walks a directory recursively in sorted order, taking input files only, skipping hidden ones', async () => {
    const items = await expandInputs([join(dir, 'corpus')]);
    expect(items).toEqual([
      { kind: 'file', path: join(dir, 'corpus/a.jsonl') },
      { kind: 'file', path: join(dir, 'corpus/b-sub/c.NDJSON') },
      { kind: 'file', path: join(dir, 'corpus/z.txt') },
    ]);
  });

  it('reads a file named on the command line whatever its name', async () => {
    expect(await expandInputs([join(dir, 'loose.md')])).toEqual([{ kind: 'file', path: join(dir, 'loose.md') }]);
  });

  it('reports a missing file and a directory without input files, in order, and goes on', async () => {
    const missing = join(dir, 'missing.txt');
    const items = await expandInputs([missing, join(dir, 'empty'), join(dir, 'only-other'), join(dir, 'corpus/z.txt')]);
    expect(items).toEqual([
      { kind: 'problem', path: missing, code: 'not_found', message: 'no such file or directory' },
      { kind: 'problem', path: join(dir, 'empty'), code: 'no_articles', message: expect.stringContaining('no input files') },
      { kind: 'problem', path: join(dir, 'only-other'), code: 'no_articles', message: expect.stringContaining('*.jsonl') },
      { kind: 'file', path: join(dir, 'corpus/z.txt') },
    ]);
  });
});
