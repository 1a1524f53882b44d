/**
 * The batch part of `pnpm bench`: builds a large JSONL dump (default 50 MB) from the bench
 * articles (the sample and CoNLL-2003 dev), each copy numbered so no two lines are the same, then
 * runs the CLI over it with one worker and with two, and reports words/s, the speed-up, peak RSS
 * (from the CLI's --stats) and compromise's tagging speed on the same text.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Article } from '../../packages/extractor/src/index.js';
import { countWords } from './corpus.js';

const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

async function buildDump(path: string, articles: readonly Article[], megabytes: number): Promise<{ bytes: number; lines: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = 0;
  for (let copy = 0; bytes < megabytes * (1 << 20); copy++) {
    for (const a of articles) {
      const line = JSON.stringify({ id: `${copy}-${lines}`, title: a.title, text: `${a.text}\n\nReport ${copy + 1}.` }) + '\n';
      bytes += Buffer.byteLength(line);
      lines++;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return { bytes, lines };
}

interface Stats {
  articlesIn: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  peakRssMB: number;
}

function runCli(input: string, workers: number, statsFile: string): Stats {
  const r = spawnSync(process.execPath, [BIN, 'extract', input, '-f', 'ndjson', '-q', '-w', String(workers), '--stats', statsFile, '--out', '/dev/null'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
}

/** compromise's people/places/organisations on about `words` words of the articles, words/s. */
function compromiseSpeed(articles: readonly Article[], words: number): number {
  let done = 0;
  const t0 = performance.now();
  for (let i = 0; done < words; i = (i + 1) % articles.length) {
    const d = nlp(articles[i]!.text);
    d.people();
    d.places();
    d.organizations();
    done += countWords(articles[i]!.text);
  }
  return done / ((performance.now() - t0) / 1000);
}

export async function batchBench(articles: readonly Article[], megabytes: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const dump = join(dir, 'dump.jsonl');
    const { lines } = await buildDump(dump, articles, megabytes);
    const size = statSync(dump).size;
    const one = runCli(dump, 1, join(dir, 's1.json'));
    const two = runCli(dump, 2, join(dir, 's2.json'));
    const baseline = compromiseSpeed(articles, 200_000);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
    return [
      `batch: the CLI over a ${(size / (1 << 20)).toFixed(1)} MB JSONL dump (${lines.toLocaleString('en-US')} articles, ${one.words.toLocaleString('en-US')} words), ndjson to /dev/null`,
      `  1 worker                  ${fmt(one.wordsPerSecond)} words/s   ${one.seconds.toFixed(1)} s, peak RSS ${one.peakRssMB} MB`,
      `  2 workers                 ${fmt(two.wordsPerSecond)} words/s   ${two.seconds.toFixed(1)} s, peak RSS ${two.peakRssMB} MB, speed-up ${(two.wordsPerSecond / one.wordsPerSecond).toFixed(2)}×`,
      `  compromise tagging        ${fmt(baseline)} words/s   1 worker / compromise = ${(one.wordsPerSecond / baseline).toFixed(2)}×`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
