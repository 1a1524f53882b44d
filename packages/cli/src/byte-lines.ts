/** One line of a byte stream, without its line break (LF or CRLF). */
export interface ByteLine {
  bytes: Uint8Array;
  /** 1-based line number. */
  no: number;
  /** Byte offset in the stream just after the line and its line break. */
  end: number;
  /** A line break ends the line (false only for a last line the stream stops in). */
  ended: boolean;
  /** The line was longer than `maxBytes`: `bytes` is empty, and `length` says how long it was. */
  tooLong?: true;
  length?: number;
}

/**
 * Splits a stream of byte chunks into lines, without decoding them (so that each line can be
 * checked for valid UTF-8 on its own). Holds one line at a time, never the whole stream; a line
 * longer than `maxBytes` is not held either: it is skipped to its end and given as `tooLong`.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, maxBytes = Infinity): AsyncGenerator<ByteLine> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  /** Bytes of the current line skipped, once it is known to be too long (-1: not skipping). */
  let skipped = -1;
  let no = 0;
  let end = 0;
  const take = (last: Uint8Array, ended: boolean): ByteLine => {
    end += (skipped >= 0 ? skipped : pendingBytes) + last.length + (ended ? 1 : 0);
    if (skipped >= 0) {
      const length = skipped + last.length;
      skipped = -1;
      return { bytes: new Uint8Array(0), no: ++no, end, ended, tooLong: true, length };
    }
    const parts = pending.length === 0 ? [last] : [...pending, last];
    pending = [];
    pendingBytes = 0;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxBytes) return { bytes: new Uint8Array(0), no: ++no, end, ended, tooLong: true, length: bytes.length };
    return { bytes, no: ++no, end, ended };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      yield take(chunk.subarray(from, nl), true);
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      if (skipped >= 0) skipped += rest.length;
      else if (pendingBytes + rest.length > maxBytes + 1) {
        // Too long to be a line worth holding (+1: a CR before the LF does not count).
        skipped = pendingBytes + rest.length;
        pending = [];
        pendingBytes = 0;
      } else {
        pending.push(rest);
        pendingBytes += rest.length;
      }
    }
  }
  if (pending.length > 0 || skipped >= 0) yield take(new Uint8Array(0), false);
}
