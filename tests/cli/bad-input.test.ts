import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsgraph, requireBuilt, SAMPLE, summaryOf } from './helpers.js';

// Every kind of bad input gets a message on stderr naming its file (and line, when there is one);
// the run goes on to the good input given after it, the counts add up and the exit code is 1.

let dir: string;
const f = (name: string) => join(dir, name);
const GOOD = 'Police in Lagos arrested 12 protesters on Monday, officials said.\n';

const DUMP_ARTICLE = (title: string, body: string) =>
  [title, '', `${title} photo caption, 1 May 2025. (AP Photo/Jane Doe)`, 'TT', '', title, '', `${title} photo caption, 1 May 2025. (AP Photo/Jane Doe)`, '', body, ''].join('\n');

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-'));
  writeFileSync(f('good.txt'), GOOD);
  mkdirSync(f('empty-dir'));
  mkdirSync(f('no-inputs-dir'));
  writeFileSync(f('no-inputs-dir/readme.md'), 'not an input');
  // A PNG header: binary, with NUL bytes.
  writeFileSync(f('picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // A dump of two articles, the second with a Latin-1 byte (invalid UTF-8) on its line 21.
  const first = DUMP_ARTICLE('Floods Hit Northern Town', 'Floods forced 300 families from their homes on Sunday, officials said.');
  const second = DUMP_ARTICLE('Strike Closes Port', 'Dock workers in Le Havre walked out on Friday, the union said. Caf\u0000 owners complained.');
  const [before, after] = second.split('\u0000');
  writeFileSync(f('latin1.txt'), Buffer.concat([Buffer.from(first + '\n' + before!, 'utf8'), Buffer.from([0xe9]), Buffer.from(after!, 'utf8')]));
  writeFileSync(f('blank.txt'), '   \n\n  \n');
  writeFileSync(f('articles.jsonl'), [
    JSON.stringify({ id: 'ok-1', text: 'Two soldiers were killed in an ambush near Gao on Tuesday, the army said.' }),
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'empty', text: '' }),
    JSON.stringify({ id: 'surrogate', text: 'A lone surrogate \ud800 makes this text invalid.' }),
    JSON.stringify({ id: 'ok-2', text: 'Hundreds protested in Dakar on Saturday.' }),
  ].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectRejected(args: string[], messages: RegExp[], counts: { in: number; out: number; rejected: number }) {
  const r = newsgraph(['extract', '--format', 'ndjson', ...args]);
  expect(r.code, r.stderr).toBe(1);
  for (const m of messages) expect(r.stderr).toMatch(m);
  const s = summaryOf(r.stderr);
  expect(s).toEqual(counts);
  expect(s.in).toBe(s.out + s.rejected);
  expect(r.stdout.trimEnd().split('\n').filter(Boolean)).toHaveLength(counts.out);
  return r;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('bad input', () => {
  it('a missing file', () => {
    expectRejected([f('missing.txt'), f('good.txt')], [new RegExp(`^${esc(f('missing.txt'))}: rejected: no such file or directory`, 'm')], { in: 2, out: 1, rejected: 1 });
  });

  it('a directory with no articles', () => {
    expectRejected([f('empty-dir'), f('no-inputs-dir'), f('good.txt')], [
      new RegExp(`^${esc(f('empty-dir'))}: rejected: the directory holds no input files`, 'm'),
      new RegExp(`^${esc(f('no-inputs-dir'))}: rejected: the directory holds no input files`, 'm'),
    ], { in: 3, out: 1, rejected: 2 });
  });

  it('a binary file', () => {
    expectRejected([f('picture.txt'), f('good.txt')], [new RegExp(`^${esc(f('picture.txt'))}: rejected: binary data`, 'm')], { in: 2, out: 1, rejected: 1 });
  });

  it('invalid UTF-8: the article holding it is rejected, the rest of the file is read', () => {
    const r = expectRejected([f('latin1.txt')], [
      new RegExp(`^${esc(f('latin1.txt'))}:21: warning: invalid UTF-8 near byte \\d+; articles containing it are rejected`, 'm'),
      new RegExp(`^${esc(f('latin1.txt'))}:12: rejected: article "Strike Closes Port": .+ \\(invalid_text\\)`, 'm'),
    ], { in: 2, out: 1, rejected: 1 });
    expect(JSON.parse(r.stdout).headline).toBe('Floods Hit Northern Town');
  });

  it('an empty article', () => {
    expectRejected([f('blank.txt'), f('good.txt')], [new RegExp(`^${esc(f('blank.txt'))}(:1)?: rejected: .*(empty|no articles)`, 'm')], { in: 2, out: 1, rejected: 1 });
  });

  it('a broken JSONL line, an empty "text", and an article the extractor rejects', () => {
    const jsonl = f('articles.jsonl');
    const r = expectRejected([jsonl], [
      new RegExp(`^${esc(jsonl)}:2: rejected: .+ \\(invalid_json\\)$`, 'm'),
      new RegExp(`^${esc(jsonl)}:3: rejected: .+ \\(empty_article\\)$`, 'm'),
      new RegExp(`^${esc(jsonl)}:4: rejected: article: .+ \\(invalid_text\\)$`, 'm'),
    ], { in: 5, out: 2, rejected: 3 });
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).identifier)).toEqual(['ok-1', 'ok-2']);
  });

  it('all of them at once, with the sample: every problem reported once, the counts exact', () => {
    const r = newsgraph(['extract', f('missing.txt'), f('empty-dir'), f('picture.txt'), f('latin1.txt'), f('blank.txt'), f('articles.jsonl'), SAMPLE]);
    expect(r.code).toBe(1);
    expect(summaryOf(r.stderr)).toEqual({ in: 4 + 2 + 5 + 4, out: 1 + 2 + 4, rejected: 8 });
    expect(r.stderr.split('\n').filter((l) => l.includes(': rejected: '))).toHaveLength(8);
    expect(JSON.parse(r.stdout)['@graph']).toHaveLength(7);
  });

  it('a directory holding good and bad files', () => {
    const d = f('mixed-dir');
    mkdirSync(join(d, 'sub'), { recursive: true });
    copyFileSync(SAMPLE, join(d, 'sub', 'sample.txt'));
    copyFileSync(f('picture.txt'), join(d, 'a-picture.txt'));
    copyFileSync(f('articles.jsonl'), join(d, 'z.jsonl'));
    const r = newsgraph(['extract', d]);
    expect(r.code).toBe(1);
    expect(summaryOf(r.stderr)).toEqual({ in: 1 + 4 + 5, out: 4 + 2, rejected: 1 + 3 });
  });
});
