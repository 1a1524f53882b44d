#!/usr/bin/env node
// Runs the pnpm pinned in package.json's "packageManager": the one on PATH when its version
// matches, else the same version fetched through npx (so a machine with only Node and npm works).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).packageManager; // "pnpm@10.x.y"
const version = pinned.split('@')[1];
const args = process.argv.slice(2);
const shell = process.platform === 'win32';

function onPath() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell });
  return r.status === 0 && r.stdout.trim() === version;
}

const [cmd, cmdArgs] = onPath()
  ? ['pnpm', args]
  : ['npx', ['--yes', `pnpm@${version}`, ...args]];
const r = spawnSync(cmd, cmdArgs, {
  stdio: 'inherit',
  shell,
  cwd: new URL('.', root).pathname,
  env: { ...process.env, COREPACK_ENABLE_STRICT: '0', npm_config_update_notifier: 'false' },
});
if (r.error) {
  process.stderr.write(`could not run pnpm ${version}: ${r.error.message}\n`);
  process.exit(2);
}
process.exit(r.status ?? 2);
