#!/usr/bin/env node
// `npm start`, after install and build: extracts the sample dump to out/ as JSON-LD with the CLI,
// then prints a one-screen summary of what came out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const out = 'out/sample.jsonld';
mkdirSync(new URL('out', new URL('..', import.meta.url)), { recursive: true });
const r = spawnSync(process.execPath, ['packages/cli/dist/bin.js', 'extract', 'data/dumps', '--out', out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 2);

const graph = JSON.parse(readFileSync(new URL(out, new URL('..', import.meta.url)), 'utf8'))['@graph'];
const sum = (k) => graph.reduce((n, a) => n + a[k].length, 0);
const rows = graph.map((a) => {
  const title = (a.headline ?? '(no headline)').slice(0, 58);
  return `  ${(a.datePublished ?? '----------').padEnd(10)}  ${String(a.people.length).padStart(3)} ${String(a.places.length).padStart(3)} ${String(a.organizations.length).padStart(3)} ${String(a.casualties.length).padStart(3)} ${String(a.events.length).padStart(3)}  ${title}`;
});
const lines = [
  '',
  `newsgraph: ${graph.length} articles from data/dumps → ${out}`,
  '',
  '  published   ppl plc org fig evt  headline',
  ...rows,
  '',
  `  people ${sum('people')}, places ${sum('places')}, organisations ${sum('organizations')}, casualty figures ${sum('casualties')}, events ${sum('events')}`,
];
const figures = graph.flatMap((a) => a.casualties.map((f) => `  ${f.category.padEnd(9)} ${String(f.value).padStart(7)} ${f.qualifier.padEnd(9)} ${f.text}`));
if (figures.length) lines.push('', '  casualty figures:', ...figures.slice(0, 10));
lines.push('', `Try: npm run -s newsgraph -- extract data/dumps --format csv`, '');
process.stdout.write(lines.join('\n') + '\n');
