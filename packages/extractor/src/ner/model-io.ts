import { gunzipSync, gzipSync } from 'node:zlib';
import { TRANSITIONS } from './decode.js';
import { LABELS } from './labels.js';
import type { Calibration, NerWeights } from './model.js';

const MAGIC = 'NGNER1\n';
const L = LABELS.length;

interface Header {
  labels: readonly string[];
  clusters: boolean;
  calibration?: Calibration;
  rows: number;
  /** Weights are stored as int16: weight = value * scale. */
  scale: number;
}

/**
 * Writes the weights compactly: keys sorted and delta-encoded as varints, weights quantised to
 * 16-bit integers, all gzipped. The labels are stored so that a model and code that disagree on
 * them fail loudly instead of tagging nonsense.
 */
export function encodeModel(m: NerWeights): Buffer {
  const order = [...m.keys.keys()].sort((a, b) => m.keys[a]! - m.keys[b]!);
  let max = 0;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const header: Header = { labels: LABELS, clusters: m.clusters, ...(m.calibration ? { calibration: m.calibration } : {}), rows: m.keys.length, scale };
  const keyBytes: number[] = [];
  let prev = 0;
  for (const row of order) {
    let d = m.keys[row]! - prev;
    prev = m.keys[row]!;
    while (d >= 0x80) {
      keyBytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    keyBytes.push(d);
  }
  // Label-major: the weights of one label for every feature sit together, which gzip packs better.
  const weights = new Int16Array(m.keys.length * L);
  order.forEach((row, r) => {
    for (let l = 0; l < L; l++) weights[l * m.keys.length + r] = Math.round(m.weights[row * L + l]! / scale);
  });
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const keyLen = Buffer.alloc(4);
  keyLen.writeUInt32LE(keyBytes.length);
  const body = Buffer.concat([
    Buffer.from(MAGIC),
    len,
    json,
    keyLen,
    Buffer.from(keyBytes),
    Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
    Buffer.from(m.transitions.buffer, m.transitions.byteOffset, m.transitions.byteLength),
  ]);
  return gzipSync(body, { level: 9 });
}

export function decodeModel(gz: Uint8Array): NerWeights {
  const b = gunzipSync(gz);
  if (b.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a newsgraph NER model');
  let at = MAGIC.length;
  const jsonLen = b.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(b.subarray(at, at + jsonLen).toString()) as Header;
  at += jsonLen;
  if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels differ from this code: retrain with pnpm train:ner');
  const keyLen = b.readUInt32LE(at);
  at += 4;
  const keys = new Uint32Array(header.rows);
  let prev = 0;
  for (let r = 0, p = at; r < header.rows; r++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const byte = b[p++]!;
      d += (byte & 0x7f) * mul;
      if (byte < 0x80) break;
      mul *= 128;
    }
    prev += d;
    keys[r] = prev;
  }
  at += keyLen;
  const stored = new Int16Array(b.buffer.slice(b.byteOffset + at, b.byteOffset + at + header.rows * L * 2));
  at += header.rows * L * 2;
  const weights = new Float32Array(header.rows * L);
  for (let l = 0; l < L; l++) for (let r = 0; r < header.rows; r++) weights[r * L + l] = stored[l * header.rows + r]! * header.scale;
  const transitions = new Float32Array(b.buffer.slice(b.byteOffset + at, b.byteOffset + at + TRANSITIONS * 4));
  return { keys, weights, transitions, clusters: header.clusters, ...(header.calibration ? { calibration: header.calibration } : {}) };
}
