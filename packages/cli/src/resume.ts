import { open, stat, truncate } from 'node:fs/promises';
import { articleId, type Article } from '@newsgraph/extractor/input';

/** What an interrupted run's output holds: how many records of each article @id it wrote. */
export interface ResumePoint {
  done: Map<string, number>;
  records: number;
  /** Bytes cut off the end: a record the interrupted run had only begun to write. */
  cut: number;
}

export class ResumeError extends Error {}

/**
 * Reads the NDJSON output of an interrupted run (read line by line, never whole), counts the
 * records it wrote by @id, and cuts off a last line that was only begun (a run killed mid-write),
 * so that appending the remaining records gives exactly what one clean run writes. A missing or
 * empty file is a fresh start. A line in the middle that is no record means the file is not this
 * tool's NDJSON output: a ResumeError, and nothing is changed.
 */
export async function prepareResume(path: string): Promise<ResumePoint> {
  const done = new Map<string, number>();
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { done, records: 0, cut: 0 };
    throw e;
  }
  const file = await open(path, 'r');
  let records = 0;
  let goodEnd = 0;
  try {
    const buf = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    let offset = 0;
    let lineNo = 0;
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, bytesRead)]) : buf.subarray(0, bytesRead);
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        lineNo++;
        const line = data.subarray(start, nl).toString('utf8');
        let id: unknown;
        try {
          id = (JSON.parse(line) as { '@id'?: unknown })['@id'];
        } catch {
          id = undefined;
        }
        if (typeof id !== 'string') throw new ResumeError(`${path}:${lineNo}: not a newsgraph NDJSON record; --resume continues only its own NDJSON output`);
        done.set(id, (done.get(id) ?? 0) + 1);
        records++;
        goodEnd += nl + 1 - start;
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
  } finally {
    await file.close();
  }
  const cut = size - goodEnd;
  if (cut > 0) await truncate(path, goodEnd);
  return { done, records, cut };
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
