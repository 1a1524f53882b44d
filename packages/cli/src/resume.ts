import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { CONTEXT_URL } from '@newsgraph/models';
import { articleId, type Article } from '@newsgraph/extractor/input';
import { byteLines } from './byte-lines.js';
import type { OutputFormat } from './formats/formatter.js';

/** The output formats --resume continues: those whose records can be told apart in the file. */
export const RESUMABLE_FORMATS: readonly OutputFormat[] = ['ndjson', 'jsonld'];

/** What an interrupted run's output holds: how many records of each article @id it wrote. */
export interface ResumePoint {
  done: Map<string, number>;
  records: number;
  /** Bytes cut off the end of a run that had not finished: a record it had only begun to write. */
  cut: number;
  /** The earlier run had finished (its closing text was cut off, to be written again at the end). */
  finished: boolean;
  /** The file keeps the format's opening text (JSON-LD's `{ "@context": …, "@graph": [`): not written again. */
  started: boolean;
}

export class ResumeError extends Error {}

/** Where a scan of the output got to: the records found, and the offset after the last whole one. */
interface Scan {
  done: Map<string, number>;
  records: number;
  goodEnd: number;
  finished: boolean;
  started: boolean;
}

/**
 * Calls `onLine` for every whole line of a file (one ended by a line break), with its text and the
 * byte offsets where it and the next line start; reads the file as a stream (byteLines), never
 * whole. `onLine` returns false to stop.
 */
async function forEachLine(path: string, onLine: (line: string, start: number, next: number, lineNo: number) => boolean | void): Promise<void> {
  const stream = createReadStream(path);
  try {
    let start = 0;
    for await (const { bytes, no, end, ended } of byteLines(stream)) {
      if (!ended || onLine(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), start, end, no) === false) return;
      start = end;
    }
  } finally {
    stream.destroy();
  }
}

/** NDJSON: one record a line, each with its @id. */
async function scanNdjson(path: string): Promise<Scan> {
  const scan: Scan = { done: new Map(), records: 0, goodEnd: 0, finished: false, started: false };
  await forEachLine(path, (line, _start, next, lineNo) => {
    let id: unknown;
    try {
      id = (JSON.parse(line) as { '@id'?: unknown })['@id'];
    } catch {
      id = undefined;
    }
    if (typeof id !== 'string') throw new ResumeError(`${path}:${lineNo}: not a newsgraph NDJSON record; --resume continues only its own output`);
    scan.done.set(id, (scan.done.get(id) ?? 0) + 1);
    scan.records++;
    scan.goodEnd = next;
  });
  return scan;
}

/**
 * The CLI's JSON-LD document (see formats/jsonld.ts): its three opening lines, then each record
 * indented by four spaces from a line "    {" to a line "    }" (a "," after it belongs to the next
 * record), the record's own "@id" on its first line indented by six, then "  ]" and "}". The scan
 * keeps the whole records; what follows the last of them (a record begun, the closing) is cut.
 */
async function scanJsonld(path: string): Promise<Scan> {
  const scan: Scan = { done: new Map(), records: 0, goodEnd: 0, finished: false, started: false };
  const opening = ['{', `  "@context": ${JSON.stringify(CONTEXT_URL)},`, '  "@graph": ['];
  let inRecord = false;
  let id: string | undefined;
  const notOurs = (lineNo: number) => new ResumeError(`${path}:${lineNo}: not the JSON-LD document newsgraph writes; --resume continues only its own output`);
  await forEachLine(path, (line, start, _next, lineNo) => {
    if (lineNo <= opening.length) {
      const expected = opening[lineNo - 1]!;
      // A run that finished with no record wrote `"@graph": []` on the third line.
      if (line === expected || (lineNo === 3 && line === '  "@graph": []')) {
        if (lineNo === 3) {
          scan.started = true;
          scan.goodEnd = start + Buffer.byteLength(expected);
          if (line !== expected) scan.finished = true;
        }
        return;
      }
      throw notOurs(lineNo);
    }
    if (scan.finished) return false;
    if (!inRecord) {
      if (line === '    {') {
        inRecord = true;
        id = undefined;
        return;
      }
      if (line === '  ]') {
        scan.finished = true;
        return false;
      }
      throw notOurs(lineNo);
    }
    if (id === undefined) {
      const m = /^ {6}"@id": ("(?:[^"\\]|\\.)*"),?$/.exec(line);
      if (m) id = JSON.parse(m[1]!) as string;
    }
    if (line === '    }' || line === '    },') {
      if (id === undefined) throw notOurs(lineNo);
      scan.done.set(id, (scan.done.get(id) ?? 0) + 1);
      scan.records++;
      scan.goodEnd = start + 5;
      inRecord = false;
    }
  });
  // A file cut inside the opening lines is begun again from nothing.
  if (!scan.started) scan.goodEnd = 0;
  return scan;
}

/**
 * Reads the output of an interrupted run (line by line, never whole), counts the records it wrote
 * by @id, and cuts off whatever follows the last whole record (a record only begun when the run
 * was killed, or the closing text of a run that finished), so that appending the remaining records
 * gives exactly what one clean run writes. A missing or empty file is a fresh start. A file that is
 * not this tool's output in that format is a ResumeError, and nothing is changed.
 */
export async function prepareResume(path: string, format: OutputFormat): Promise<ResumePoint> {
  if (!RESUMABLE_FORMATS.includes(format)) throw new ResumeError(`--resume continues ${RESUMABLE_FORMATS.join(' or ')} output, not ${format}`);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { done: new Map(), records: 0, cut: 0, finished: false, started: false };
    throw e;
  }
  const scan = format === 'jsonld' ? await scanJsonld(path) : await scanNdjson(path);
  if (scan.goodEnd < size) await truncate(path, scan.goodEnd);
  return { done: scan.done, records: scan.records, cut: scan.finished ? 0 : size - scan.goodEnd, finished: scan.finished, started: scan.started };
}

/**
 * Whether the interrupted run already wrote an article's record: true for as many copies of an
 * article (by @id) as it wrote, in input order, then false, so that an article given twice is
 * written twice, as a clean run writes it.
 */
export function alreadyWritten(point: ResumePoint): (article: Article) => boolean {
  const left = new Map(point.done);
  return (article) => {
    if (!left.size) return false;
    const id = articleId(article.text);
    const n = left.get(id) ?? 0;
    if (n === 0) return false;
    if (n === 1) left.delete(id);
    else left.set(id, n - 1);
    return true;
  };
}
