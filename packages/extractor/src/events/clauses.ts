import type { Doc } from '../doc/doc.js';
import { lexiconSet } from '../resources.js';

/** A reporting verb and the "that" clause it reports: "Russia said last week | that Ukrainian forces had been expelled". */
export interface ReportFrame {
  /** Token index of the reporting verb. */
  verb: number;
  /** 'announce' brings news (said, announced); 'acknowledge' owns up to what is known (confirmed, denied). */
  kind: 'announce' | 'acknowledge';
  /** Token range of the reported clause, from the token after "that" to `end` (exclusive). */
  start: number;
  end: number;
}

/** Tokens a reporting verb may have before its "that": an object, a date, "for the first time". */
const MAX_GAP = 10;
/** Conjunctions that, after a comma, start a new main clause ("…, although Kyiv denied the claim"). */
const CLAUSE_STARTS = new Set(['although', 'though', 'while', 'but', 'whereas', 'however']);

/** The report frames of a sentence, outermost first. */
export function reportFrames(doc: Doc, sentence: number): ReportFrame[] {
  const s = doc.sentences[sentence]!;
  const announce = lexiconSet('events/report-announce');
  const acknowledge = lexiconSet('events/report-acknowledge');
  const frames: ReportFrame[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    const kind = announce.has(t.lower) ? 'announce' : acknowledge.has(t.lower) ? 'acknowledge' : undefined;
    if (!kind || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    for (let k = i + 1; k < Math.min(s.endToken, i + 1 + MAX_GAP); k++) {
      const w = doc.tokens[k]!;
      if (w.lower === 'that') {
        // "confirmed that it had sent troops … and that it had helped regain control": one clause each.
        for (let start = k + 1; start < s.endToken; ) {
          const end = clauseEnd(doc, start, s.endToken);
          frames.push({ verb: i, kind, start, end });
          if (end + 1 < s.endToken && doc.tokens[end]!.lower === 'and' && doc.tokens[end + 1]!.lower === 'that') start = end + 2;
          else break;
        }
        break;
      }
      // Another verb or a clause break first: no "that" clause of this verb.
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.lower === ';' || w.lower === ',') break;
    }
  }
  return frames;
}

function clauseEnd(doc: Doc, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const w = doc.tokens[k]!;
    if (w.lower === ';' || (w.lower === 'and' && k + 1 < end && doc.tokens[k + 1]!.lower === 'that')) return k;
    if (w.lower === ',' && k + 1 < end && CLAUSE_STARTS.has(doc.tokens[k + 1]!.lower)) return k;
  }
  return end;
}

/**
 * The clause a token belongs to, as far as reported speech goes: inside the innermost report frame
 * around it, that frame's clause (and the frame); otherwise the sentence without its reported
 * clauses (`outside`).
 */
export interface ClauseOf {
  frame?: ReportFrame;
  /** Token ranges the token's clause covers. */
  ranges: [number, number][];
}

export function clauseOf(doc: Doc, frames: readonly ReportFrame[], sentence: number, token: number): ClauseOf {
  const s = doc.sentences[sentence]!;
  let inner: ReportFrame | undefined;
  for (const f of frames) if (token >= f.start && token < f.end && (!inner || f.start >= inner.start)) inner = f;
  const [lo, hi] = inner ? [inner.start, inner.end] : [s.firstToken, s.endToken];
  // Frames nested inside this clause are other clauses.
  const holes = frames.filter((f) => f !== inner && f.start >= lo && f.end <= hi && !(token >= f.start && token < f.end)).sort((a, b) => a.start - b.start);
  const ranges: [number, number][] = [];
  let at = lo;
  for (const h of holes) {
    if (h.start > at) ranges.push([at, h.start]);
    at = Math.max(at, h.end);
  }
  if (at < hi) ranges.push([at, hi]);
  return { ...(inner ? { frame: inner } : {}), ranges };
}

export const inRanges = (ranges: readonly [number, number][], token: number) => ranges.some(([a, b]) => token >= a && token < b);
