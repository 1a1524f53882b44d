import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../data/dumps/000_2281aa0f27802df5.txt', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('../../data/gold/', import.meta.url));

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message when the CLI has not been built (`npm test` builds first). */
export function requireBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first (node scripts/pnpm.mjs run build), or run npm test`);
}

/** Runs `node packages/cli/dist/bin.js …args` from the repository root. */
export function newsgraph(args: string[], options: { input?: string | Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    input: typeof options.input === 'string' ? Buffer.from(options.input, 'utf8') : (options.input ?? Buffer.alloc(0)),
    encoding: 'buffer',
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** The counts of the summary line "N articles in, N records out, N rejected" (the last line of stderr). */
export function summaryOf(stderr: string): { in: number; out: number; rejected: number } {
  const last = stderr.trimEnd().split('\n').pop() ?? '';
  const m = /^(\d+) articles? in, (\d+) records? out, (\d+) rejected$/.exec(last);
  if (!m) throw new Error(`no summary line at the end of stderr:\n${stderr}`);
  return { in: Number(m[1]), out: Number(m[2]), rejected: Number(m[3]) };
}

export interface GoldArticle {
  title: string;
  credits?: string[];
}

/** The hand annotations of the sample (used here for the titles and the photo credits only). */
export function goldArticles(): GoldArticle[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(GOLD_DIR + f, 'utf8')) as GoldArticle);
}

/** Compares names the way the gold README says: case-insensitive, diacritics folded. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
