import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createExtractor, type ExtractErrorCode } from '@newsgraph/extractor';
import { EXIT, type ExitCode } from './exit-codes.js';
import { createFormatter, type OutputFormat } from './formats/index.js';
import { expandInputs, type InputItem } from './inputs.js';
import type { Io } from './io.js';
import { readSource, type InputFormatOption } from './read-source.js';
import { Reporter } from './reporter.js';
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
  let extractor;
  try {
    extractor = createExtractor({ includeText: options.includeText, ...(options.published ? { published: options.published } : {}) });
  } catch (e) {
    io.stderr.write(`newsgraph: error: ${describe(e)}\n`);
    return EXIT.REJECTED;
  }

  let sink: Sink;
  if (options.out !== undefined) {
    const stream = createWriteStream(options.out);
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
  const formatter = createFormatter(options.format);
  let aborted: ExitCode | undefined;

  try {
    await sink.write(formatter.start());
    const items: InputItem[] = await expandInputs(inputs);
    const fileCount = items.filter((i) => i.kind !== 'problem').length;
    let fileIndex = -1;
    for (const item of items) {
      if (item.kind === 'problem') {
        reject(item.path, item.message, item.code);
        continue;
      }
      fileIndex++;
      const path = item.path;
      if (item.kind === 'stdin' && io.stdin.isTTY && !options.quiet) reporter.info('reading articles from stdin (end with Ctrl-D)');
      const chunks = (item.kind === 'stdin' ? io.stdin : createReadStream(item.path)) as AsyncIterable<Uint8Array>;
      let done = 0;
      reporter.progress(path, fileIndex, fileCount, done, true);
      try {
        for await (const si of readSource(chunks, item.kind === 'stdin' ? undefined : item.path, options.inputFormat)) {
          if (si.kind === 'format') continue;
          if (si.kind === 'warning') {
            reporter.problem(where(path, si.line), `warning: ${si.message}`);
            continue;
          }
          if (si.kind === 'rejection') {
            reject(where(path, si.line), withoutLine(si.message, si.line), si.code);
            continue;
          }
          const at = where(path, si.line);
          const result = extractor.safeExtract(si.article);
          if (!result.ok) {
            const e = result.error;
            reject(at, `article${quoteTitle(si.article.title)}: ${e.message}`, e.code, BUG_CODES.has(e.code));
          } else {
            let text: string;
            try {
              text = await formatter.record(result.record, { text: si.article.text });
            } catch (e) {
              reject(at, `article${quoteTitle(si.article.title)}: cannot be written as ${options.format}: ${describe(e)}`, 'format_failed', true);
              continue;
            }
            try {
              await sink.write(text);
            } catch (e) {
              // The record did not get out: it counts as rejected, and the run stops.
              counts.articlesIn++;
              counts.rejected++;
              throw e;
            }
            counts.articlesIn++;
            counts.recordsOut++;
          }
          done++;
          reporter.progress(path, fileIndex, fileCount, done);
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
      reporter.clearProgress();
    }
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
  } finally {
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
  reporter.summary(summaryLine(counts));
  if (aborted !== undefined) return aborted;
  if (counts.internal > 0) return EXIT.INTERNAL;
  return counts.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
}
