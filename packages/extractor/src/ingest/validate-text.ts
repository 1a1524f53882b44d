/** Why a text cannot be read as an article, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'the text contains NUL bytes (a binary file?)';
  if (text.includes('\uFFFD')) return 'the text contains U+FFFD replacement characters (not valid UTF-8?)';
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g);
  if (controls && controls.length > Math.max(8, text.length / 200)) return 'the text is mostly control characters (a binary file?)';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return 'the text contains unpaired UTF-16 surrogates';
  return undefined;
}

/** Decodes bytes as UTF-8, strictly; a BOM is dropped. Returns an error message for invalid UTF-8 or binary data. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: `binary data (a NUL byte at offset ${nul})` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    // Find the first bad byte for the message.
    let offset = 0;
    for (let step = 1 << 16; step >= 1; ) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset + step));
        offset += step;
        if (offset >= bytes.length) break;
      } catch {
        if (step === 1) break;
        step >>= 1;
      }
    }
    const line = countLines(bytes.subarray(0, offset));
    return { ok: false, message: `invalid UTF-8 near byte ${offset} (line ${line})` };
  }
}

function countLines(bytes: Uint8Array): number {
  let n = 1;
  for (const b of bytes) if (b === 10) n++;
  return n;
}
