/**
 * The batch part of `pnpm bench`: builds a large JSONL dump (default 50 MB) from the bench
 * articles (the sample and CoNLL-2003 dev), each copy numbered so no two lines are the same, then
 * runs the CLI over it with one worker and with two, and reports words/s, the speed-up, peak RSS
 * (from the CLI's --stats, and sampled along the run), compromise's tagging speed on the same text,
 * and the most that 2 workers can gain on this machine given the CPU that 1 worker uses.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
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
  wordsPerCpuSecond: number;
}

/** The resident set of a process (all its threads), MB, read from /proc; undefined where there is none. */
function rssMB(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

/** CPU seconds of each thread of a process (user + system), by thread id, read from /proc; empty where there is none. */
function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) / CLOCK_TICKS);
    }
  } catch {
    // The process or a thread ended while it was read: keep what was read.
  }
  return out;
}
/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every mainstream architecture). */
const CLOCK_TICKS = 100;

/**
 * Where a run's CPU time went, from each thread's CPU time when last sampled (so up to 2 s short):
 * the worker threads (the `workers` busiest threads, which far outrun the rest), the main
 * thread, and every other thread (V8's garbage-collection and compiler helpers, libuv's pool).
 */
interface CpuSplit {
  workers: number;
  main: number;
  other: number;
}

function cpuSplit(threads: Map<number, number>, pid: number, workers: number): CpuSplit {
  const main = threads.get(pid) ?? 0;
  const rest = [...threads].filter(([tid]) => tid !== pid).map(([, s]) => s).sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { workers: sum(rest.slice(0, workers)), main, other: sum(rest.slice(workers)) };
}

/** Runs the CLI over the dump; its stats, its RSS sampled every 2 s (to show whether memory stays flat), and where its CPU time went. */
async function runCli(input: string, workers: number, statsFile: string): Promise<Stats & { rssSamples: number[]; cpu: CpuSplit }> {
  const child = spawn(process.execPath, [BIN, 'extract', input, '-f', 'ndjson', '-q', '-w', String(workers), '--stats', statsFile, '--out', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const rssSamples: number[] = [];
  // Each thread's CPU time as last seen: a worker that has ended keeps what it used.
  const threads = new Map<number, number>();
  const timer = setInterval(() => {
    const mb = rssMB(child.pid!);
    if (mb !== undefined) rssSamples.push(mb);
    for (const [tid, seconds] of threadCpuSeconds(child.pid!)) threads.set(tid, seconds);
  }, 2000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearInterval(timer);
  if (code !== 0) throw new Error(`the CLI failed (${code}): ${stderr}`);
  return { ...(JSON.parse(readFileSync(statsFile, 'utf8')) as Stats), rssSamples, cpu: cpuSplit(threads, child.pid!, workers) };
}

/** RSS at each quarter of the run, MB: "q1/q2/q3/q4". */
function quarters(samples: readonly number[]): string {
  if (!samples.length) return 'n/a';
  return [0.25, 0.5, 0.75, 1].map((q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]).join('/');
}

/**
 * compromise's people/places/organisations on the articles, words/s in steady state: `seconds` of
 * warm-up over the same text, then `seconds` measured (the CLI runs are long, so their JIT warm-up
 * is in their numbers; compromise gets its own before it is timed).
 */
function compromiseSpeed(articles: readonly Article[], seconds: number): number {
  const pass = () => {
    let done = 0;
    const t0 = performance.now();
    for (let i = 0; performance.now() - t0 < seconds * 1000; i = (i + 1) % articles.length) {
      const d = nlp(articles[i]!.text);
      d.people();
      d.places();
      d.organizations();
      done += countWords(articles[i]!.text);
    }
    return done / ((performance.now() - t0) / 1000);
  };
  pass();
  return pass();
}

/**
 * How much faster 2 workers can be than 1 on this machine, from the 1-worker run's own CPU time:
 * one worker already keeps more than one core busy (V8 collects garbage and compiles on helper
 * threads), so on C cores, at the same words per CPU second, 2 workers run at most C / (the cores
 * 1 worker used) times as fast.
 */
function speedUpBound(one: Stats): string {
  const cores = Math.min(2, availableParallelism());
  const used = one.wordsPerSecond / one.wordsPerCpuSecond;
  return `  ${'2 workers at most'.padEnd(24)}  ${(cores / used).toFixed(2)}× 1 worker at its words per CPU second: 1 worker kept ${used.toFixed(2)} of ${availableParallelism()} cores busy (CPU s / wall s)`;
}

/**
 * Builds the dump and runs the CLI over it once per entry of `workerCounts` (default one worker,
 * then two); with one worker, also compromise's steady-state speed on the same articles; with one
 * and two, also the most two can gain (speedUpBound).
 */
export async function batchBench(articles: readonly Article[], megabytes: number, workerCounts: readonly number[] = [1, 2], seconds = 5): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const dump = join(dir, 'dump.jsonl');
    const { lines } = await buildDump(dump, articles, megabytes);
    const size = statSync(dump).size;
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
    const runs = new Map<number, Stats & { rssSamples: number[]; cpu: CpuSplit }>();
    for (const w of workerCounts) runs.set(w, await runCli(dump, w, join(dir, `s${w}.json`)));
    const first = runs.values().next().value!;
    const out = [
      `batch: the CLI over a ${(size / (1 << 20)).toFixed(1)} MB JSONL dump (${lines.toLocaleString('en-US')} articles, ${first.words.toLocaleString('en-US')} words), ndjson to /dev/null`,
    ];
    for (const [w, r] of runs) {
      const speedUp = w !== 1 && runs.has(1) ? `, speed-up ${(r.wordsPerSecond / runs.get(1)!.wordsPerSecond).toFixed(2)}×` : '';
      out.push(`  ${`${w} worker${w === 1 ? '' : 's'}`.padEnd(24)}  ${fmt(r.wordsPerSecond)} words/s   ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMB} MB (by quarter ${quarters(r.rssSamples)})${speedUp}`);
      out.push(`  ${''.padEnd(24)}  ${fmt(r.wordsPerCpuSecond)} words per CPU second (every thread of the process)`);
      if (r.cpu.workers + r.cpu.main + r.cpu.other > 0) {
        const c = r.cpu;
        out.push(`  ${''.padEnd(24)}  CPU s: worker thread${w === 1 ? '' : 's'} ${c.workers.toFixed(1)}, main thread ${c.main.toFixed(1)}, other threads ${c.other.toFixed(1)} (V8's garbage collection and compiler helpers, libuv)`);
      }
    }
    if (runs.has(1)) {
      const baseline = compromiseSpeed(articles, seconds);
      out.push(`  compromise tagging        ${fmt(baseline)} words/s   steady state; 1 worker / compromise = ${(runs.get(1)!.wordsPerSecond / baseline).toFixed(2)}×`);
    }
    if (runs.has(1) && runs.has(2)) out.push(speedUpBound(runs.get(1)!));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
