/**
 * Words that refer to the past, present or future by themselves (TIMEX3 PAST_REF, PRESENT_REF,
 * FUTURE_REF): "now", "recently", "currently", "soon", and "the past" / "the future" as nouns
 * ("in the past", not "the past 24 hours"), with a qualifier ("the near future", "the recent past",
 * "the short term").
 */
import { type Hit, type SentenceContext, hit, lowerAt, numericValue, tokenAt } from '../context.js';
import { NUMBER_WORDS, UNITS, VAGUE_AMOUNTS } from '../words.js';

/** Nouns after "current" that make it something other than a time: "the current account". */
const CURRENT_NOT = new Set(['account', 'accounts', 'affairs', 'events']);

/** Words between "the" and "future", "past" or "term" that keep them a time: "the near future". */
const REF_QUALIFIERS = new Set(['near', 'foreseeable', 'distant', 'immediate', 'recent', 'not-too-distant', 'short', 'long', 'longer', 'medium']);
/** "the near term", "the short term", "the long term": the time ahead. */
const TERM_QUALIFIERS = new Set(['near', 'short', 'long', 'longer', 'medium']);

export function referenceRule(ctx: SentenceContext, i: number): Hit | undefined {
  const word = lowerAt(ctx, i);
  const ref = ctx.lex.refs.get(word);
  if (ref) {
    const before = lowerAt(ctx, i - 1);
    const after = lowerAt(ctx, i + 1);
    // "as soon as", "soon after the attack": a connective, not a time.
    // "as soon as possible" is a time ahead; "as soon as they arrive" a connective.
    if (word === 'soon' && before === 'as' && after === 'as' && lowerAt(ctx, i + 2) === 'possible') {
      return hit(ctx, i - 1, i + 2, { kind: 'ref', value: 'FUTURE_REF' }, 'dates/reference', 0.75);
    }
    if (word === 'soon' && (before === 'as' || after === 'after' || after === 'afterwards')) return undefined;
    // "now-defunct" and other compounds.
    if (after === '-') return undefined;
    // "current" is a time only before what it dates ("current market conditions", "his current
    // wife"); "the current" (a stream) and "the current account" (a balance) are not.
    if (word === 'current') {
      const next = tokenAt(ctx, i + 1);
      if (!next || !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') || CURRENT_NOT.has(next.lower)) return undefined;
    }
    return hit(ctx, i, i, { kind: 'ref', value: ref }, 'dates/reference', 0.8);
  }
  // "the near future", "the foreseeable future", "the recent past", "the short term"
  const qualified = REF_QUALIFIERS.has(lowerAt(ctx, i - 1)) && lowerAt(ctx, i - 2) === 'the';
  // "at a later date", "at some future date": a time ahead.
  if (word === 'date') {
    const b1 = lowerAt(ctx, i - 1);
    const b2 = lowerAt(ctx, i - 2);
    if (!(b1 === 'later' || b1 === 'future') || !(b2 === 'a' || b2 === 'some')) return undefined;
    return hit(ctx, i - 2, i, { kind: 'ref', value: 'FUTURE_REF' }, 'dates/reference', 0.7);
  }
  if (word === 'term') {
    if (!qualified || !TERM_QUALIFIERS.has(lowerAt(ctx, i - 1))) return undefined;
    return hit(ctx, i - 2, i, { kind: 'ref', value: 'FUTURE_REF' }, 'dates/reference', 0.7);
  }
  if ((word === 'past' || word === 'future') && (qualified || lowerAt(ctx, i - 1) === 'the')) {
    const next = lowerAt(ctx, i + 1);
    // "the past 24 hours", "the past week", "the past few days" are durations (units rule).
    if (UNITS.has(next) || numericValue(next) !== undefined || NUMBER_WORDS.has(next) || VAGUE_AMOUNTS.has(next)) return undefined;
    // "the future of Europe" is a topic, not a time.
    if (next === 'of') return undefined;
    return hit(ctx, qualified ? i - 2 : i - 1, i, { kind: 'ref', value: word === 'past' ? 'PAST_REF' : 'FUTURE_REF' }, 'dates/reference', 0.7);
  }
  return undefined;
}
