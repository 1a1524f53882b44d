import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, requireBuilt, ROOT, SAMPLE } from './helpers.js';

/** Runs the CLI with its stdout closed at once (`| head -c 0`), or after the first chunk. */
function readOneChunk(args: string[], atOnce = false): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (atOnce) child.stdout.destroy();
    else child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes the output early', () => {
  it('gets help without a crash', async () => {
    requireBuilt();
    const r = await readOneChunk(['extract', '--help'], true);
    expect(r.stderr).not.toMatch(/Unhandled|EPIPE.*\n\s+at /);
    expect(r.code).toBe(0);
  });

  it('ends an extract run with a message and exit 2, not a stack trace', async () => {
    requireBuilt();
    const r = await readOneChunk(['extract', SAMPLE, '--format', 'ndjson']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code === 0 || r.code === 2).toBe(true);
    if (r.code === 2) expect(r.stderr).toMatch(/closed before the end/);
  });
});
