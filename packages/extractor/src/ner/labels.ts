import type { Span } from '../doc/span.js';

/** The entity types the tagger reads, as CoNLL-2003 names them. MISC is learnt but names no record entity. */
export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/**
 * BILOU tags: Begin, Inside, Last, Outside, Unit. Telling the last token and single-token names apart
 * from the rest lets the model learn how names end, which BIO cannot say.
 */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const OUTSIDE = 0;

const prefixOf = (label: number) => (label === OUTSIDE ? 'O' : LABELS[label]![0]!);
const typeOf = (label: number) => (label === OUTSIDE ? undefined : LABELS[label]!.slice(2));

/** Whether label b may follow label a (a = -1 at the start, b = -1 at the end of a sentence). */
export function allowed(a: number, b: number): boolean {
  const open = a >= 0 && (prefixOf(a) === 'B' || prefixOf(a) === 'I');
  if (b < 0) return !open;
  const pb = prefixOf(b);
  if (open) return (pb === 'I' || pb === 'L') && typeOf(a) === typeOf(b);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

/** A name the tagger found: tokens [start, end) of its sentence. */
export interface TaggedSpan extends Span {
  type: NerType;
  /** The smallest margin of its tokens' labels over another type (see NerModel.decodeWithMargins). */
  margin?: number;
  /** How likely the name is right, from its margin and the model's calibration (0..1). */
  confidence?: number;
}

/** Spans from a label sequence (assumed well formed, as the decoder makes them), with margins when given. */
export function spansOf(labels: ArrayLike<number>, margins?: ArrayLike<number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const p = prefixOf(labels[i]!);
    if (p === 'B') start = i;
    else if (p === 'U') out.push({ start: i, end: i + 1, type: typeOf(labels[i]!) as NerType });
    else if (p === 'L' && start >= 0) {
      out.push({ start, end: i + 1, type: typeOf(labels[i]!) as NerType });
      start = -1;
    }
  }
  if (margins) {
    for (const s of out) {
      let m = Infinity;
      for (let i = s.start; i < s.end; i++) m = Math.min(m, margins[i]!);
      s.margin = m;
    }
  }
  return out;
}

/** Labels from spans over n tokens: the encoding used to train. */
export function labelsOf(spans: readonly TaggedSpan[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = LABELS.indexOf(`U-${s.type}`);
    else {
      out[s.start] = LABELS.indexOf(`B-${s.type}`);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = LABELS.indexOf(`I-${s.type}`);
      out[s.end - 1] = LABELS.indexOf(`L-${s.type}`);
    }
  }
  return out;
}

/** Spans from BIO tag strings ("B-PER", "I-PER", "O"), as the corpora are written. */
export function spansFromBio(tags: readonly string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | undefined;
  tags.forEach((t, i) => {
    const type = t.slice(2) as NerType;
    if (cur && !(t.startsWith('I-') && type === cur.type)) {
      out.push(cur);
      cur = undefined;
    }
    if (t.startsWith('B-') || (t.startsWith('I-') && !cur)) cur = { start: i, end: i + 1, type };
    else if (cur) cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out.filter((s) => (NER_TYPES as readonly string[]).includes(s.type));
}
