import type { RunCounts } from './extract-command.js';

/** Words in a text, as the progress line and --stats count them: runs of non-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What --stats writes: the run's counts and timings, as JSON. */
export interface RunStats extends RunCounts {
  /** Articles of other shards, skipped (not in articlesIn). */
  otherShards: number;
  words: number;
  workers: number;
  shard: string | null;
  seconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  startedAt: string;
  endedAt: string;
  /** The process's peak resident memory (worker threads included), MB. */
  peakRssMB: number;
  /** CPU time the process used (user + system, every thread: workers, main, V8's compiler and GC), s. */
  cpuSeconds: number;
  /** Words per CPU second: the speed per core, whatever the number of workers. */
  wordsPerCpuSecond: number;
}

export function runStats(counts: RunCounts, extra: { otherShards: number; words: number; workers: number; shard: string | null; started: number; ended: number }): RunStats {
  const seconds = Math.max(0.001, (extra.ended - extra.started) / 1000);
  const cpu = process.cpuUsage();
  const cpuSeconds = Math.max(0.001, (cpu.user + cpu.system) / 1e6);
  return {
    ...counts,
    otherShards: extra.otherShards,
    words: extra.words,
    workers: extra.workers,
    shard: extra.shard,
    seconds: Math.round(seconds * 1000) / 1000,
    articlesPerSecond: Math.round((counts.articlesIn / seconds) * 10) / 10,
    wordsPerSecond: Math.round(extra.words / seconds),
    startedAt: new Date(extra.started).toISOString(),
    endedAt: new Date(extra.ended).toISOString(),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
    wordsPerCpuSecond: Math.round(extra.words / cpuSeconds),
  };
}
