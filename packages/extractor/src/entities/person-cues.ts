import { matchTitleAt } from '../gazetteer/index.js';
import type { EntityContext } from './context.js';
import { isCap, isSpeechVerb } from './words.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const LIST_OR_CLAUSE = new Set([',', '.', ';', ':', 'and', 'or', 'but', 'who', 'which', 'that', '"', '“', '”', "'s", '’s']);

/**
 * A title or role written just before tokens[a]: "leader Kim Jong Un", "lawmakers Pervin Buldan",
 * "chief government spokesman Minoru Kihara", "Ocalan's lawyer Ozgur Faik". Returns the normalised title.
 */
export function titleBefore(ctx: EntityContext, a: number): { title: string; start: number } | undefined {
  const first = ctx.sentence.firstToken;
  for (let k = Math.max(first, a - 5); k < a; k++) {
    const m = matchTitleAt(ctx.words, k);
    if (m && k + m.length === a) return { title: m.title, start: k };
  }
  return undefined;
}

/** Is the name followed or preceded by a verb of saying ("Sancar said", "said Jane Doe", "Kim told")? */
export function speechNear(ctx: EntityContext, a: number, b: number): boolean {
  const { lower } = ctx;
  const end = ctx.sentence.endToken;
  if (b < end && isSpeechVerb(lower[b]!)) return true;
  if (b + 1 < end && (lower[b] === 'has' || lower[b] === 'had') && isSpeechVerb(lower[b + 1]!)) return true;
  if (a - 1 >= ctx.sentence.firstToken && isSpeechVerb(lower[a - 1]!) && (lower[a - 1] === 'said' || lower[a - 1] === 'says')) return true;
  return false;
}

/** "Rahul Anand, the International Monetary Fund chief of mission": a comma, then a role within a few words. */
export function appositiveTitle(ctx: EntityContext, a: number, b: number): string | undefined {
  const end = Math.min(ctx.sentence.endToken, b + 9);
  if (ctx.words[b] !== ',') return undefined;
  let k = b + 1;
  if (k < end && DETERMINERS.has(ctx.lower[k]!)) k++;
  for (; k < end; k++) {
    // A list goes on ("Mithat Sancar, and Ocalan's lawyer Ozgur Faik"), or a clause starts: no appositive.
    if (LIST_OR_CLAUSE.has(ctx.lower[k]!)) break;
    const m = matchTitleAt(ctx.words, k);
    if (m) return m.title;
  }
  return undefined;
}

/** "Hong Min of the Korea Institute …": a name followed by of/from/at and a capitalised organisation. */
export function affiliationAfter(ctx: EntityContext, b: number, isOrgAt: (k: number) => boolean): boolean {
  const end = ctx.sentence.endToken;
  const w = ctx.lower[b];
  if (b >= end || (w !== 'of' && w !== 'from' && w !== 'at')) return false;
  let k = b + 1;
  if (ctx.lower[k] === 'the') k++;
  return k < end && isCap(ctx.words[k]!) && isOrgAt(k);
}
