import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { evaluateGold, main, parseArgs } from './main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out: () => out.join(''), err: () => err.join('') };
}

describe('parseArgs', () => {
  it('reads the flags', () => {
    const a = parseArgs(['--verbose', '--json', 'out.json']);
    expect(a.verbose).toBe(true);
    expect(a.json).toMatch(/out\.json$/);
    expect(() => parseArgs(['--json'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown/);
  });
  it('runs the CoNLL-2003 section by default, from the shared corpora unless told', () => {
    expect(parseArgs([])).toMatchObject({ conll: true, corpora: expect.stringMatching(/corpora\/?$/) });
    expect(parseArgs(['--no-conll', '--corpora', '/somewhere/corpora'])).toMatchObject({ conll: false, corpora: '/somewhere/corpora' });
    expect(parseArgs(['--no-timebank'])).toMatchObject({ timebank: false, conll: true });
    expect(parseArgs(['--no-wikievents'])).toMatchObject({ wikievents: false, timebank: true });
    expect(() => parseArgs(['--corpora'])).toThrow(/needs a value/);
  });
});

describe('evaluateGold', () => {
  const gold = parseGold({ id: 'g1', dump: 'd.txt', title: 'T', published: '2026-02-18', places: [['Goma']] }, 'g1.json');
  const article = { title: 'T', text: 'Fighting in Goma.', published: '2026-02-18' };

  it('extracts without the publication date, so that the extractor must infer it', () => {
    const seen: unknown[] = [];
    const extractor = {
      safeExtract: (a: { published?: string }) => {
        seen.push(a.published);
        const record = { text: article.text, people: [], places: [{ '@id': 'urn:newsgraph:place:goma', name: 'Goma' }], organizations: [], dates: [], casualties: [], events: [] };
        return { ok: true as const, record: record as never };
      },
    };
    const [s] = evaluateGold([{ gold, article }], extractor);
    expect(seen).toEqual([undefined]);
    expect(article.published).toBe('2026-02-18'); // the caller's article is left alone
    expect(s!.counts.places).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores an article the extractor fails on as an empty record and keeps the error', () => {
    const extractor = { safeExtract: () => ({ ok: false as const, error: { code: 'internal', message: 'boom' } as never }) };
    const [s] = evaluateGold([{ gold, article }], extractor);
    expect(s!.error).toBe('internal: boom');
    expect(s!.counts.places).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('main on the real gold set', () => {
  it('prints a table with a row per field, writes JSON and exits 0', async () => {
    const c = capture();
    const json = join(mkdtempSync(join(tmpdir(), 'eval-')), 'out', 'eval.json');
    // --no-conll: the CoNLL section takes seconds and is tested in conll.test.ts.
    const code = await main(['--verbose', '--no-conll', '--no-timebank', '--no-wikievents', '--json', json], c.io);
    expect(code, c.err()).toBe(0);
    const out = c.out();
    expect(out).toMatch(/^field\s+TP\s+FP\s+FN\s+P\s+R\s+F1$/m);
    for (const f of ['people', 'places', 'organizations', 'casualties', 'dates (span)', 'dates (value)', 'events (type)']) {
      expect(out).toMatch(new RegExp(`^${f.replace(/[()]/g, '\\$&')}\\s+\\d+\\s+\\d+\\s+\\d+`, 'm'));
    }
    expect(out).toMatch(/publication date\s+\d+\s+4/);
    expect(out).toContain('credit names as mentions:');
    expect(out).toContain('non-casualty numbers reported as figures:');
    for (const id of ['seed-1', 'seed-2', 'seed-3', 'seed-4']) expect(out).toContain(id);
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.gold.summary.articles).toBe(4);
    expect(written.gold.articles).toHaveLength(4);
    // Every gold entity is either found or missed: the gold holds 16 people.
    const people = written.gold.summary.fields.people;
    expect(people.tp + people.fn).toBe(16);
    expect(written.conll).toBeNull();
    expect(written.timebank).toBeNull();
    expect(written.wikievents).toBeNull();
  });

  it('exits 2 when the gold cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const c = capture();
    expect(await main(['--gold', join(dir, 'missing')], c.io)).toBe(2);
    expect(c.err()).toMatch(/gold directory/);
    writeFileSync(join(dir, 'g.json'), JSON.stringify({ id: 'x', dump: '000_2281aa0f27802df5.txt', title: 'No such article', published: '2026-01-01' }));
    const c2 = capture();
    expect(await main(['--gold', dir], c2.io)).toBe(2);
    expect(c2.err()).toMatch(/x: no article\(s\) titled "No such article"/);
  });

  it('runs as `pnpm eval` does (tsx scripts/eval/main.ts), and without the corpora still exits 0 with a note', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'corpora-')), 'none');
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/eval/main.ts', '--corpora', missing], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^people\s+\d+/m);
    expect(r.stdout).not.toContain('CoNLL');
    expect(r.stdout).not.toContain('TimeBank');
    expect(r.stdout).not.toContain('WikiEvents');
    expect(r.stderr).toBe(
      `eval: CoNLL-2003 section skipped: ${missing} not found\n` +
        `eval: TimeBank section skipped: ${missing}/timebank/TimeBank or AQUAINT not found\n` +
        `eval: WikiEvents section skipped: ${missing}/wikievents/dev.jsonl not found\n`,
    );
  });
});
