#!/usr/bin/env node
import { run } from './run.js';

// A reader that stops early (`newsgraph --help | head`) closes the pipe: that is no crash. The
// extract command notices a cut-off output itself, reports it and exits 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
// Let pending output drain rather than exiting at once.
process.exitCode = code;
