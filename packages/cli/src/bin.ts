#!/usr/bin/env node
import { run } from './run.js';

const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
// Let pending output drain rather than exiting at once.
process.exitCode = code;
