import type { EntityType } from '@newsgraph/models';
import { mentionCandidate, type MentionCandidate } from '../doc/candidates.js';
import type { Doc, Sentence } from '../doc/doc.js';

/** What the entity rules share while reading one document. */
export interface EntityContext {
  doc: Doc;
  /** doc.tokens' texts, for the gazetteer matchers. */
  words: string[];
  /** doc.tokens' lower-cased texts. */
  lower: string[];
  sentence: Sentence;
}

export function makeWords(doc: Doc): { words: string[]; lower: string[] } {
  return { words: doc.tokens.map((t) => t.text), lower: doc.tokens.map((t) => t.lower) };
}

/** A mention candidate over tokens [a, b). */
export function mention(
  ctx: EntityContext,
  a: number,
  b: number,
  type: EntityType,
  rule: string,
  confidence: number,
  extra: Partial<MentionCandidate> = {},
): MentionCandidate {
  const start = ctx.doc.tokens[a]!.start;
  const end = ctx.doc.tokens[b - 1]!.end;
  return mentionCandidate({ start, end, text: ctx.doc.text.slice(start, end), type, rule, confidence, ...extra });
}
