/** One line of a byte stream, without its line break (LF or CRLF). */
export interface ByteLine {
  bytes: Uint8Array;
  /** 1-based line number. */
  no: number;
}

/**
 * Splits a stream of byte chunks into lines, without decoding them (so that each line can be
 * checked for valid UTF-8 on its own). Holds one line at a time, never the whole stream.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  let pending: Uint8Array[] = [];
  let no = 0;
  const take = (last: Uint8Array): Uint8Array => {
    const parts = pending.length === 0 ? [last] : [...pending, last];
    pending = [];
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    return bytes;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      yield { bytes: take(chunk.subarray(from, nl)), no: ++no };
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield { bytes: take(new Uint8Array(0)), no: ++no };
}
