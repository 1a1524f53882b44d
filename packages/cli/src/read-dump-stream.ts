import { decodeUtf8, readDump } from '@newsgraph/extractor/input';
import { invalidUtf8Warning, lineOf, resultItems, type SourceItem } from './source-items.js';

/** Bytes gathered before the dump read so far is cut into whole articles. */
export const SEGMENT_BYTES = 4 << 20;

/** The byte offset where 1-based line `line` starts. */
function lineStart(bytes: Buffer, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = bytes.indexOf(10, at);
    if (nl < 0) return bytes.length;
    at = nl + 1;
  }
  return at;
}

/** Item lines, and "line N" in messages, from a segment's numbering to the input's. */
function shifted(item: SourceItem, base: number): SourceItem {
  if (item.kind === 'format' || base === 0) return item;
  const out = { ...item };
  if ('line' in out && out.line !== undefined) out.line += base;
  if ('message' in out) out.message = out.message.replace(/\bline (\d+)/g, (_m, n: string) => `line ${Number(n) + base}`);
  return out;
}

/**
 * Reads a dump as its bytes come, a segment at a time, so that memory holds a few megabytes and
 * the article being read, never the whole dump: once `segmentBytes` more have come, the text up
 * to its last whole line is read with the dump reader, and every article before the last one it
 * found is yielded; the last (perhaps not whole yet) is read again with the next segment, from
 * its first line. Yields the same articles, rejections and lines as reading the dump whole. A
 * NUL byte found late rejects the rest of the input (what came before it stands).
 */
export async function* readDumpStream(chunks: AsyncIterable<Uint8Array>, segmentBytes = SEGMENT_BYTES): AsyncGenerator<SourceItem> {
  let pending = Buffer.alloc(0);
  /** Lines and bytes of the input before `pending`. */
  let base = 0;
  let baseBytes = 0;
  let nextTry = segmentBytes;
  let warned = false;

  /** Reads `bytes` (whole lines); `final`: all of it, else up to the start of its last article. Returns the bytes consumed, or -1 to stop. */
  function* segment(bytes: Buffer, final: boolean): Generator<SourceItem, number> {
    const decoded = decodeUtf8(bytes);
    let text: string;
    if (decoded.ok) text = decoded.text;
    else if (decoded.message.startsWith('binary')) {
      const message = decoded.message.replace(/offset (\d+)/, (_m, b: string) => `offset ${Number(b) + baseBytes}`);
      yield { kind: 'rejection', line: base + 1, code: 'invalid_text', message: `${message}, not text: the rest of the input is not read` };
      return -1;
    } else {
      if (!warned) {
        warned = true;
        yield invalidUtf8Warning(decoded.message, { line: base, byte: baseBytes });
      }
      text = new TextDecoder('utf-8').decode(bytes);
    }
    // What is left after the last article is only blank lines: nothing more to read.
    if (final && base > 0 && !text.trim()) return bytes.length;
    const result = readDump(text);
    const cut = final || result.articles.length < 2 ? Infinity : result.articles[result.articles.length - 1]!.line;
    if (!final && cut === Infinity) return 0;
    for (const item of resultItems(result)) if (lineOf(item) < cut) yield shifted(item, base);
    if (final) return bytes.length;
    base += cut - 1;
    const used = lineStart(bytes, cut);
    baseBytes += used;
    return used;
  }

  // Chunks are gathered and joined once a segment's worth has come (joining at every chunk would
  // copy a segment over again for each one).
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  for await (const chunk of chunks) {
    gathered.push(chunk);
    gatheredBytes += chunk.length;
    if (pending.length + gatheredBytes < nextTry) continue;
    pending = Buffer.concat([pending, ...gathered]);
    gathered = [];
    gatheredBytes = 0;
    const lastNl = pending.lastIndexOf(10);
    if (lastNl < 0) continue;
    const whole = pending.subarray(0, lastNl + 1);
    const used = yield* segment(whole, false);
    if (used < 0) return;
    pending = Buffer.from(pending.subarray(used));
    // Nothing cut (one article longer than a segment): try again when twice as much has come.
    nextTry = used === 0 ? pending.length * 2 : segmentBytes;
  }
  if (gathered.length) pending = Buffer.concat([pending, ...gathered]);
  if (pending.length) yield* segment(pending, true);
}
