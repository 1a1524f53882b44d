import { PassThrough, Readable } from 'node:stream';
import { run } from '../run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process on text stdin; stderr can pretend to be a terminal. */
export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; stderrIsTTY?: boolean; stdinIsTTY?: boolean } = {}): Promise<CliResult> {
  const stdin = Readable.from(options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin]) as Readable & { isTTY?: boolean };
  if (options.stdinIsTTY) stdin.isTTY = true;
  const stdout = new PassThrough();
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (options.stderrIsTTY) stderr.isTTY = true;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run(argv, { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** The counts of the summary line "N articles in, N records out, N rejected". */
export function summary(stderr: string): { in: number; out: number; rejected: number } | undefined {
  const m = /^(\d+) articles? in, (\d+) records? out, (\d+) rejected$/m.exec(stderr);
  return m ? { in: Number(m[1]), out: Number(m[2]), rejected: Number(m[3]) } : undefined;
}
