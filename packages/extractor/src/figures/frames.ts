import type { CasualtyCategory } from '@newsgraph/models';
import type { Token } from '../doc/doc.js';
import { isGroupHead, type GroupReading } from './group.js';
import type { FigureLexicon, Frame, Trigger } from './lexicons.js';
import type { PhraseMatch } from '../text/token-phrases.js';

/** The word that gives a figure its category, and how it stands to the number. */
export interface FrameMatch {
  category: CasualtyCategory;
  rule: string;
  confidence: number;
  /** Tokens [start, end) of the trigger. */
  trigger: { start: number; end: number };
  /** Tokens the figure's text runs over, besides the number and its group. */
  start: number;
  end: number;
  /** For "25 wounded soldiers": the group read after the trigger. */
  groupAfter?: { start: number; end: number };
}

/** Where a number stands in its sentence: token indexes, all within [floor, limit). */
export interface NumberContext {
  tokens: readonly Token[];
  floor: number;
  limit: number;
  /** First token of the number with its qualifier. */
  start: number;
  /** Token after the number. */
  end: number;
  group: GroupReading;
}

const LEFT_STEPS = 8;
const TOLL_REACH = 8;
const RIGHT_FILLERS_MAX = 4;
const ASIDE_MAX = 12;
const LEAVE = new Set(['left', 'leaving', 'leave', 'leaves']);
const SKIPPABLE_BEFORE_OBJECT = new Set(['DET', 'ADJ', 'NUM']);

const framesIn =
  (...frames: Frame[]) =>
  (t: Trigger) =>
    frames.includes(t.frame);
const LEFT_VERB = framesIn('verb', 'active');
const OF_NOUN = framesIn('of');
const TOLL = framesIn('toll');
const RIGHT = framesIn('verb', 'intrans', 'adj');
const ADJ = framesIn('adj');

/**
 * The category frame of a number, tried in order: a counted noun ("7,000 killings"); a verb with
 * the number as its object or a noun with "of" before it ("killed a unit of 25 soldiers", "sent an
 * estimated total of 14,000 troops", "the deaths of 25 people"); a passive or intransitive verb or
 * an adjective after it ("3,000 people died", "25 were killed", "left thousands dead"); a toll
 * ("the death toll rose to 28"). Verbs marked "+troops" count troops only. Undefined when none applies.
 */
export function matchFrame(ctx: NumberContext, lex: FigureLexicon): FrameMatch | undefined {
  const { group } = ctx;
  if (group.kind === 'count' && group.count) {
    const t = group.count.phrase.data;
    if (vetoedBefore(ctx, lex)) return undefined; // "freed 20 hostages"
    return {
      category: t.category,
      rule: 'figures/counted-noun',
      confidence: 0.85,
      trigger: { start: group.count.start, end: group.count.end },
      start: ctx.start,
      end: group.count.end,
    };
  }
  const allowed = (t: Trigger) => !t.troops || group.military;
  const left = leftTrigger(ctx, lex);
  if (left && allowed(left.phrase.data)) {
    const frame = left.phrase.data.frame;
    return {
      category: left.phrase.data.category,
      rule: frame === 'of' ? 'figures/noun-of' : 'figures/verb-object',
      confidence: frame === 'of' ? 0.8 : 0.85,
      trigger: { start: left.start, end: left.end },
      start: left.start,
      end: group.end,
    };
  }
  const right = rightTrigger(ctx, lex);
  if (right && allowed(right.phrase.data)) {
    const frame = right.phrase.data.frame;
    const leave = ctx.start - 1 >= ctx.floor && frame === 'adj' && LEAVE.has(ctx.tokens[ctx.start - 1]!.lower);
    const m: FrameMatch = {
      category: right.phrase.data.category,
      rule: frame === 'adj' ? 'figures/adjective' : 'figures/verb-subject',
      confidence: frame === 'adj' ? 0.8 : 0.85,
      trigger: { start: right.start, end: right.end },
      start: leave ? ctx.start - 1 : ctx.start,
      end: right.end,
    };
    // "25 wounded soldiers", "two missing children"
    if (group.kind === 'none' && right.start === group.phraseEnd) {
      const after = groupAfter(ctx.tokens, right.end, ctx.limit, lex);
      if (after) {
        m.groupAfter = after;
        m.end = after.end;
      }
    }
    return m;
  }
  const toll = tollBefore(ctx, lex);
  if (toll) {
    return {
      category: toll.phrase.data.category,
      rule: 'figures/toll',
      confidence: 0.8,
      trigger: { start: toll.start, end: toll.end },
      start: toll.start,
      end: Math.max(group.end, ctx.end),
    };
  }
  return undefined;
}

/** A verb or an "of" noun to the left, over determiners and collectives ("a unit of", "an estimated total of"). */
function leftTrigger(ctx: NumberContext, lex: FigureLexicon): PhraseMatch<Trigger> | undefined {
  const { tokens, floor } = ctx;
  let k = ctx.start - 1;
  for (let steps = 0; k >= floor && steps < LEFT_STEPS; steps++) {
    const verb = lex.triggers.matchEndingAt(tokens, k, floor, LEFT_VERB);
    if (verb) return verb;
    const w = tokens[k]!.lower;
    if (w === 'of' && k - 1 >= floor) {
      const noun = lex.triggers.matchEndingAt(tokens, k - 1, floor, OF_NOUN);
      if (noun) return noun;
    }
    const q = lex.qualifiers.matchEndingAt(tokens, k, floor);
    if (q) {
      k = q.start - 1;
      continue;
    }
    if (!lex.leftFillers.has(w)) return undefined;
    k--;
  }
  return undefined;
}

/** Whether a verb that undoes the counted noun governs the number ("released 20 hostages", "saved 30 lives"). */
function vetoedBefore(ctx: NumberContext, lex: FigureLexicon): boolean {
  const { tokens, floor } = ctx;
  let k = ctx.start - 1;
  for (let steps = 0; k >= floor && steps < LEFT_STEPS; steps++, k--) {
    if (lex.vetoVerbs.matchEndingAt(tokens, k, floor)) return true;
    if (!lex.leftFillers.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/** A passive or intransitive verb or an adjective after the number or its group. */
function rightTrigger(ctx: NumberContext, lex: FigureLexicon): PhraseMatch<Trigger> | undefined {
  const { tokens, limit } = ctx;
  let k = ctx.group.phraseEnd;
  k = skipAside(tokens, k, limit, lex);
  for (let n = 0; k < limit; n++) {
    const m = lex.triggers.matchAt(tokens, k, limit, RIGHT);
    if (m) {
      if (m.phrase.data.frame !== 'verb' || !hasObject(tokens, m.end, limit, lex)) return m;
      // "120 injured protesters": an adjective before the group; "25 gunmen killed 40 villagers": active
      return k === ctx.group.phraseEnd && ctx.group.kind === 'none' ? lex.triggers.matchAt(tokens, k, limit, ADJ) : undefined;
    }
    if (n >= RIGHT_FILLERS_MAX || !lex.rightFillers.has(tokens[k]!.lower)) return undefined;
    k++;
  }
  return undefined;
}

/** ", including three officers," or "(mostly women)" between a group and its verb. */
function skipAside(tokens: readonly Token[], k: number, limit: number, lex: FigureLexicon): number {
  if (k + 1 >= limit) return k;
  const open = tokens[k]!.text;
  const close = open === ',' ? ',' : open === '(' ? ')' : undefined;
  if (!close) return k;
  if (open === ',' && !lex.parentheticalCues.has(tokens[k + 1]!.lower)) return k;
  for (let j = k + 1; j < limit && j <= k + ASIDE_MAX; j++) if (tokens[j]!.text === close) return j + 1;
  return k;
}

/** Whether a verb at `from` has an object of its own (then it is active and its subject no figure). */
function hasObject(tokens: readonly Token[], from: number, limit: number, lex: FigureLexicon): boolean {
  for (let k = from, n = 0; k < limit && n < 3; n++, k++) {
    const t = tokens[k]!;
    if (lex.dateWords.has(t.lower)) return false; // "jailed this year", "killed Monday"
    if (t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || isGroupHead(t, lex)) return true;
    if (!SKIPPABLE_BEFORE_OBJECT.has(t.pos)) return false;
  }
  return false;
}

/** "25 wounded soldiers": the group after an adjective or participle trigger. */
function groupAfter(tokens: readonly Token[], from: number, limit: number, lex: FigureLexicon): { start: number; end: number } | undefined {
  let k = from;
  for (let n = 0; k < limit && n < 4; n++, k++) {
    const t = tokens[k]!;
    if (isGroupHead(t, lex)) {
      let end = k + 1;
      while (end < limit && isGroupHead(tokens[end]!, lex)) end++;
      return { start: from, end };
    }
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** "the death toll rose to 28", "a toll of 28", "bringing the number of dead to 28". */
function tollBefore(ctx: NumberContext, lex: FigureLexicon): PhraseMatch<Trigger> | undefined {
  const { tokens, floor } = ctx;
  const p = ctx.start - 1;
  if (p < floor || !lex.tollLinks.has(tokens[p]!.lower)) return undefined;
  for (let k = p - 1; k >= floor && k >= p - TOLL_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' || t.text === ';' || t.text === ':') return undefined;
    const m = lex.triggers.matchEndingAt(tokens, k, floor, TOLL);
    if (m) return m;
  }
  return undefined;
}
