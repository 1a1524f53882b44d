import type { Qualifier } from '@newsgraph/models';
import type { Token } from '../doc/doc.js';
import type { FigureLexicon } from './lexicons.js';
import type { NumberReading } from './numbers.js';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** First token of the qualifier. */
  start: number;
}

/** The qualifier written right before tokens[at] ("at least", "more than", "an estimated", "between"). */
export function qualifierBefore(tokens: readonly Token[], at: number, floor: number, lex: FigureLexicon): QualifierMatch | undefined {
  if (at - 1 < floor) return undefined;
  const m = lex.qualifiers.matchEndingAt(tokens, at - 1, floor);
  return m ? { qualifier: m.phrase.data, start: m.start } : undefined;
}

/**
 * A qualifier further left, over determiners and collectives: "an estimated total of 14,000",
 * "some group of 40".
 */
export function qualifierOverFillers(tokens: readonly Token[], at: number, floor: number, lex: FigureLexicon): QualifierMatch | undefined {
  let k = at - 1;
  let of = false; // only over a collective: "talks about the 25 hostages" has no qualifier
  for (let steps = 0; k >= floor && steps < 6; steps++) {
    const m = of ? lex.qualifiers.matchEndingAt(tokens, k, floor) : undefined;
    if (m) return { qualifier: m.phrase.data, start: m.start };
    const w = tokens[k]!.lower;
    if (!lex.leftFillers.has(w)) return undefined;
    if (w === 'of') of = true;
    k--;
  }
  return undefined;
}

export interface Bounds {
  value: number;
  minValue: number | null;
  maxValue: number | null;
  qualifier: Qualifier;
}

/**
 * Value and bounds of a number under a qualifier, UCDP's best/low/high as the model: a range keeps
 * its lower end as the value (ACLED's conservative rule), a vague amount its conventional value as
 * a lower bound.
 */
export function bounds(reading: NumberReading, qualifier: Qualifier | undefined): Bounds {
  const v = reading.value;
  if (reading.rangeMax !== undefined) return { value: v, minValue: v, maxValue: reading.rangeMax, qualifier: 'range' };
  if (reading.vague) return { value: v, minValue: v, maxValue: null, qualifier: 'vague' };
  switch (qualifier ?? (reading.approximate ? 'about' : 'exact')) {
    case 'at_least':
      return { value: v, minValue: v, maxValue: null, qualifier: 'at_least' };
    case 'more_than':
      return { value: v, minValue: v, maxValue: null, qualifier: 'more_than' };
    case 'about':
      return { value: v, minValue: null, maxValue: null, qualifier: 'about' };
    case 'up_to':
      return { value: v, minValue: null, maxValue: v, qualifier: 'up_to' };
    case 'at_most':
      return { value: v, minValue: null, maxValue: v, qualifier: 'at_most' };
    case 'less_than':
      return { value: v, minValue: null, maxValue: v, qualifier: 'less_than' };
    default:
      return { value: v, minValue: v, maxValue: v, qualifier: 'exact' };
  }
}
