import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import type { Article, ExtractErrorCode } from '@newsgraph/extractor';
import { EXIT, type ExitCode } from './exit-codes.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import type { Processed } from './process-article.js';
import { createFormatter, type OutputFormat } from './formats/index.js';
import { expandInputs, type InputItem } from './inputs.js';
import type { Io } from './io.js';
import { readSource, type InputFormatOption } from './read-source.js';
import { Reporter } from './reporter.js';
import { alreadyWritten, prepareResume, RESUMABLE_FORMATS, type ResumePoint } from './resume.js';
import { runStats } from './run-stats.js';
import { inShard, type Shard } from './shard.js';
import { OrderedQueue } from './ordered-queue.js';
import { OutputError, Sink } from './sink.js';

export interface ExtractOptions {
  inputFormat: InputFormatOption;
  format: OutputFormat;
  /** Write here instead of stdout. */
  out?: string;
  includeText: boolean;
  /** YYYY-MM-DD: the date of articles that give none. */
  published?: string;
  quiet: boolean;
  /** Worker threads extracting articles; 0 extracts in the main thread. */
  workers: number;
  /** Only this part of the input (--shard I/N). */
  shard?: Shard;
  /** Write the run's counts and timings as JSON here. */
  stats?: string;
  /** Continue the NDJSON --out file of an interrupted run (or a smaller dump's run). */
  resume: boolean;
}

/** What a run did. Always `articlesIn === recordsOut + rejected`. */
export interface RunCounts {
  articlesIn: number;
  recordsOut: number;
  rejected: number;
  /** Rejections that are bugs (extractor `internal`/`record_invalid`, a record that cannot be serialised). */
  internal: number;
}

export const summaryLine = (c: RunCounts): string =>
  `${c.articlesIn} article${c.articlesIn === 1 ? '' : 's'} in, ${c.recordsOut} record${c.recordsOut === 1 ? '' : 's'} out, ${c.rejected} rejected`;

/** Extractor error codes that mean a bug rather than bad input. */
const BUG_CODES: ReadonlySet<ExtractErrorCode> = new Set(['internal', 'record_invalid']);

const describe = (e: unknown): string => (e as Error)?.message ?? String(e);

function where(path: string, line: number | undefined): string {
  return line === undefined ? path : `${path}:${line}`;
}

/** A reader's message without the "line N" that the FILE:LINE prefix already says. */
function withoutLine(message: string, line: number | undefined): string {
  if (line === undefined) return message;
  return message.replace(new RegExp(`^line ${line}(:?) `), (_m, colon: string) => (colon ? '' : 'the line '));
}

/** `"North Korea Confirms Troop…"`, to say which article a message is about. */
function quoteTitle(title: string | undefined): string {
  if (!title) return '';
  const t = title.length > 60 ? title.slice(0, 59) + '…' : title;
  return ` "${t}"`;
}

/**
 * `newsgraph extract`: reads every input, extracts each article, writes the records as they
 * come and reports every problem on stderr; returns the exit code.
 */
export async function extractCommand(inputs: readonly string[], options: ExtractOptions, io: Io): Promise<ExitCode> {
  const reporter = new Reporter(io.stderr, { quiet: options.quiet });
  if (inputs.filter((i) => i === '-').length > 1) {
    io.stderr.write('newsgraph: error: "-" (stdin) can be given only once\n');
    return EXIT.REJECTED;
  }
  let pool: ExtractPool;
  try {
    pool = await createExtractPool(options.workers, { includeText: options.includeText, ...(options.published ? { published: options.published } : {}) }, options.format);
  } catch (e) {
    io.stderr.write(`newsgraph: error: ${describe(e)}\n`);
    return EXIT.REJECTED;
  }

  let resume: ResumePoint | undefined;
  if (options.resume) {
    if (options.out === undefined || !RESUMABLE_FORMATS.includes(options.format)) {
      io.stderr.write(`newsgraph: error: --resume continues an output file: give --out FILE and --format ${RESUMABLE_FORMATS.join(' or ')}\n`);
      await pool.close();
      return EXIT.REJECTED;
    }
    try {
      resume = await prepareResume(options.out, options.format);
    } catch (e) {
      io.stderr.write(`newsgraph: error: cannot resume ${options.out}: ${describe(e)}\n`);
      await pool.close();
      return EXIT.REJECTED;
    }
    if (resume.records || resume.cut) {
      reporter.info(`resuming ${options.out}: ${resume.records} record${resume.records === 1 ? '' : 's'} already there${resume.cut ? `, an unfinished one (${resume.cut} bytes) cut off` : ''}`);
    }
  }
  let alreadyDone = 0;
  const wasDone = resume ? alreadyWritten(resume) : () => false;

  let sink: Sink;
  if (options.out !== undefined) {
    const stream = createWriteStream(options.out, { flags: resume ? 'a' : 'w' });
    try {
      await once(stream, 'open');
    } catch (e) {
      io.stderr.write(`newsgraph: error: cannot write to ${options.out}: ${describe(e)}\n`);
      return EXIT.REJECTED;
    }
    sink = new Sink(stream, true);
  } else sink = new Sink(io.stdout, false);

  const counts: RunCounts = { articlesIn: 0, recordsOut: 0, rejected: 0, internal: 0 };
  const reject = (at: string, message: string, code: string, bug = false) => {
    counts.articlesIn++;
    counts.rejected++;
    if (bug) {
      counts.internal++;
      reporter.problem(at, `internal error: ${message} (${code}); please report this`);
    } else reporter.problem(at, `rejected: ${message} (${code})`);
  };
  // A resumed document goes on after the records already in it.
  const formatter = createFormatter(options.format, resume?.records ?? 0);
  let aborted: ExitCode | undefined;
  const started = Date.now();
  let words = 0;
  let otherShards = 0;

  // Articles go to the pool as they are read; their records are written in input order, each as
  // soon as it and those before it are done. At most pool.capacity (two batches a worker) are
  // unsettled, so reading waits for writing (and writing for the output stream).
  interface Job {
    at: string;
    article: Article;
    result: Promise<Processed>;
    path: string;
    fileIndex: number;
  }
  let totalBytes = 0;
  let bytesRead = 0;
  async function* counted(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const c of chunks) {
      bytesRead += c.length;
      yield c;
    }
  }
  const done = new Map<number, number>();
  let fileCount = 0;
  const settle = async (job: Job): Promise<void> => {
    let result: Processed;
    try {
      result = await job.result;
    } catch (e) {
      // A worker that died: a bug, not the article's fault.
      result = { ok: false, error: { code: 'internal', message: `the worker failed: ${describe(e)}` }, words: 0 };
    }
    words += result.words;
    if (!result.ok) {
      const e = result.error;
      reject(job.at, `article${quoteTitle(job.article.title)}: ${e.message}`, e.code, e.code === 'format_failed' || BUG_CODES.has(e.code));
    } else {
      // A write that fails stops the run; this article is then among those read but not written.
      await sink.write(formatter.place(result.text));
      counts.articlesIn++;
      counts.recordsOut++;
    }
    const n = (done.get(job.fileIndex) ?? 0) + 1;
    done.set(job.fileIndex, n);
    reporter.progress(job.path, job.fileIndex, fileCount, n, false, {
      articles: counts.articlesIn,
      rejected: counts.rejected,
      words,
      seconds: (Date.now() - started) / 1000,
      ...(totalBytes > 0 ? { fraction: Math.min(1, bytesRead / totalBytes) } : {}),
    });
  };
  // In this thread: each record is written before the next article is read (a strict line filter).
  const queue = new OrderedQueue<Job>(pool.capacity, settle);

  try {
    if (!resume?.started) await sink.write(formatter.start());
    const items: InputItem[] = await expandInputs(inputs);
    fileCount = items.filter((i) => i.kind !== 'problem').length;
    // The ETA needs every input's size: none when stdin is read.
    if (reporter.showsProgress && !items.some((i) => i.kind === 'stdin')) {
      for (const i of items) if (i.kind === 'file') totalBytes += await stat(i.path).then((st) => st.size, () => 0);
    }
    let fileIndex = -1;
    for (const item of items) {
      if (item.kind === 'problem') {
        if (inShard(options.shard, item.path)) reject(item.path, item.message, item.code);
        continue;
      }
      fileIndex++;
      const path = item.path;
      if (item.kind === 'stdin' && io.stdin.isTTY && !options.quiet) reporter.info('reading articles from stdin (end with Ctrl-D)');
      const chunks = counted((item.kind === 'stdin' ? io.stdin : createReadStream(item.path)) as AsyncIterable<Uint8Array>);
      reporter.progress(path, fileIndex, fileCount, 0, true);
      try {
        for await (const si of readSource(chunks, item.kind === 'stdin' ? undefined : item.path, options.inputFormat)) {
          if (si.kind === 'format') continue;
          if (si.kind === 'warning') {
            reporter.problem(where(path, si.line), `warning: ${si.message}`);
            continue;
          }
          if (si.kind === 'rejection') {
            if (inShard(options.shard, `${path}:${si.line ?? 0}`)) reject(where(path, si.line), withoutLine(si.message, si.line), si.code);
            else otherShards++;
            continue;
          }
          if (!inShard(options.shard, si.article.text)) {
            otherShards++;
            continue;
          }
          if (wasDone(si.article)) {
            alreadyDone++;
            continue;
          }
          const result = pool.process(si.article);
          // Settled in order by the queue; a run that stops early leaves some unawaited.
          result.catch(() => {});
          await queue.add({ at: where(path, si.line), article: si.article, result, path, fileIndex });
        }
      } catch (e) {
        if (e instanceof OutputError) throw e;
        if (typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string') {
          // The input broke off while being read (an I/O error, a device, …): the rest of it counts as one rejected.
          reject(path, `the input could not be read: ${describe(e)}`, 'unreadable');
        } else {
          // Anything else is a bug in reading: the rest of this input counts as one rejected, the run goes on.
          reject(path, `reading failed: ${(e as Error)?.stack ?? String(e)}`, 'internal', true);
        }
      }
    }
    await queue.drain();
    reporter.clearProgress();
  } catch (e) {
    if (e instanceof OutputError) {
      const closed = (e.cause as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
      reporter.problem(
        'newsgraph',
        closed ? 'stopped: the output was closed before the end (EPIPE)' : `error: cannot write the output${options.out ? ` to ${options.out}` : ''}: ${e.message}`,
      );
    } else {
      reporter.problem('newsgraph', `internal error: ${(e as Error)?.stack ?? String(e)}`);
    }
    aborted = EXIT.INTERNAL;
    // Articles read but not written when the run stopped count as rejected: in = out + rejected.
    queue.stop();
    await queue.drain().catch(() => {});
    const left = queue.size;
    if (left) {
      counts.articlesIn += left;
      counts.rejected += left;
      reporter.problem('newsgraph', `${left} article${left === 1 ? '' : 's'} read but not written`);
    }
  } finally {
    await pool.close().catch(() => {});
    // However the run ends, the output is a complete document.
    try {
      await sink.write(formatter.end());
      await sink.close();
    } catch (e) {
      if (aborted === undefined) {
        reporter.problem('newsgraph', `error: cannot write the output${options.out ? ` to ${options.out}` : ''}: ${describe(e)}`);
        aborted = EXIT.INTERNAL;
      }
    }
  }
  if (alreadyDone) reporter.info(`${alreadyDone} article${alreadyDone === 1 ? '' : 's'} already in ${options.out}, not done again`);
  if (otherShards) reporter.info(`${otherShards} article${otherShards === 1 ? '' : 's'} left to other shards`);
  reporter.summary(summaryLine(counts));
  if (options.stats !== undefined) {
    const shard = options.shard ? `${options.shard.index}/${options.shard.count}` : null;
    const stats = runStats(counts, { otherShards, words, workers: pool.workers, shard, started, ended: Date.now() });
    try {
      await writeFile(options.stats, JSON.stringify(stats, null, 2) + '\n');
    } catch (e) {
      reporter.problem('newsgraph', `error: cannot write the stats to ${options.stats}: ${describe(e)}`);
      aborted ??= EXIT.INTERNAL;
    }
  }
  if (aborted !== undefined) return aborted;
  if (counts.internal > 0) return EXIT.INTERNAL;
  return counts.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
}
