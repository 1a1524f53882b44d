import { decodeUtf8, detectFormat, readDump, readJsonl, readJsonlLine, readText, type InputFormat, type ReadResult } from '@newsgraph/extractor/input';
import { byteLines } from './byte-lines.js';
import { MAX_ARTICLE_BYTES, megabytes } from './limits.js';
import { readDumpStream, SEGMENT_BYTES } from './read-dump-stream.js';
import { invalidUtf8Warning, resultItems, type SourceItem } from './source-items.js';

export const INPUT_FORMAT_OPTIONS = ['auto', 'dump', 'text', 'jsonl'] as const;
export type InputFormatOption = (typeof INPUT_FORMAT_OPTIONS)[number];

export type { SourceItem } from './source-items.js';

/** How much of an input is looked at to tell its layout (and binary data) before reading on. */
const HEAD_BYTES = 1 << 16;

/**
 * Reads one input (a stream of byte chunks): tells its layout (`auto`: detectFormat by name
 * and content), checks its bytes and yields its articles and rejections. Given `jsonl`, every
 * line is yielded as soon as it is read (the CLI is then a line filter). JSONL is read line by
 * line as the bytes come, each line decoded on its own, so a bad line costs that line only; a
 * dump or a text is read whole. Binary data (NUL bytes) rejects the whole input; invalid UTF-8
 * in a dump or text is decoded with U+FFFD and a warning, and the extractor then rejects each
 * article that contains it. A dump with `TT` markers is read a segment at a time
 * (readDumpStream), so a dump of any size fits in memory; a text is one article, read whole. A
 * JSONL line or a text longer than MAX_ARTICLE_BYTES is rejected as too long without being held.
 */
export async function* readSource(
  chunks: AsyncIterable<Uint8Array>,
  name: string | undefined,
  format: InputFormatOption,
  segmentBytes = SEGMENT_BYTES,
): AsyncGenerator<SourceItem> {
  let count = 0;
  for await (const item of readItems(chunks, name, format, segmentBytes)) {
    if (item.kind === 'article' || item.kind === 'rejection') count++;
    yield item;
  }
  if (count === 0) yield { kind: 'rejection', code: 'no_articles', message: 'no articles: the input is empty' };
}

async function* readItems(chunks: AsyncIterable<Uint8Array>, name: string | undefined, format: InputFormatOption, segmentBytes: number): AsyncGenerator<SourceItem> {
  if (format === 'jsonl' || (format === 'auto' && detectFormat(name, '') === 'jsonl')) {
    // Nothing to tell and each line checked on its own (a NUL byte costs its line only): read as
    // a line filter, a line as it comes.
    yield { kind: 'format', format: 'jsonl' };
    yield* readJsonlStream(chunks);
    return;
  }
  const it = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    headSize += r.value.length;
  }
  const headBytes = Buffer.concat(head);
  const nul = headBytes.indexOf(0);
  if (nul >= 0) {
    if (!done) await it.return?.();
    yield { kind: 'rejection', code: 'invalid_text', message: `binary data (a NUL byte at offset ${nul}), not text` };
    return;
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield headBytes;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  const lenientHead = new TextDecoder('utf-8').decode(headBytes);
  const layout: InputFormat = format === 'auto' ? detectFormat(name, lenientHead) : format;
  if (layout === 'dump' && /^[ \t]*TT[ \t]*\r?$/m.test(lenientHead)) {
    // A dump with its markers: read a segment at a time, whatever its size.
    yield { kind: 'format', format: 'dump' };
    yield* readDumpStream(rest, segmentBytes);
  } else if (layout === 'jsonl') {
    yield { kind: 'format', format: layout };
    yield* readJsonlStream(rest);
  } else {
    // Read whole, but never more than one article may take: longer, it is rejected unread.
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const c of rest) {
      size += c.length;
      if (size <= MAX_ARTICLE_BYTES) parts.push(c);
      else parts.length = 0;
    }
    if (size > MAX_ARTICLE_BYTES) {
      yield { kind: 'format', format: layout };
      yield { kind: 'rejection', code: 'too_long', message: `the input is ${megabytes(size)}, more than the ${megabytes(MAX_ARTICLE_BYTES)} one article may take (it is read as one article: no dump markers, not JSONL)` };
      return;
    }
    const bytes = Buffer.concat(parts);
    let text: string;
    const decoded = decodeUtf8(bytes);
    const warnings: SourceItem[] = [];
    if (decoded.ok) text = decoded.text;
    else if (decoded.message.startsWith('binary')) {
      yield { kind: 'rejection', code: 'invalid_text', message: `${decoded.message}, not text` };
      return;
    } else {
      warnings.push(invalidUtf8Warning(decoded.message));
      text = new TextDecoder('utf-8').decode(bytes);
    }
    const finalLayout = format === 'auto' ? detectFormat(name, text) : layout;
    yield { kind: 'format', format: finalLayout };
    yield* warnings;
    const result: ReadResult = finalLayout === 'dump' ? readDump(text) : finalLayout === 'text' ? readText(text) : readJsonl(text);
    yield* resultItems(result);
  }
}

async function* readJsonlStream(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem> {
  for await (const { bytes, no, tooLong, length } of byteLines(chunks, MAX_ARTICLE_BYTES)) {
    if (tooLong) {
      yield { kind: 'rejection', line: no, code: 'too_long', message: `line ${no} is ${megabytes(length!)}, more than the ${megabytes(MAX_ARTICLE_BYTES)} one article may take` };
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const what = decoded.message.startsWith('binary') ? 'holds binary data (a NUL byte)' : 'is not valid UTF-8';
      yield { kind: 'rejection', line: no, code: 'invalid_text', message: `line ${no} ${what}` };
      continue;
    }
    const r = readJsonlLine(decoded.text, no);
    if (!r) continue;
    if ('code' in r) yield { kind: 'rejection', ...(r.line !== undefined ? { line: r.line } : {}), code: r.code, message: r.message };
    else yield { kind: 'article', article: r.article, line: r.line };
  }
}
