/**
 * Detection of time expressions in one document: for each sentence that passes the gate, the rules
 * of rules/ run on their head tokens, chrono-node runs on windows around calendar and clock
 * tokens, and the refiners settle overlaps and join neighbours.
 */
import type { Doc } from '../doc/doc.js';
import { chronoHits } from './chrono-parser.js';
import { type Hit, type SentenceContext } from './context.js';
import { type TokenClass, tokenClass } from './gate.js';
import { type DateTimex, isRelative, knownParts, temporalType } from './meaning.js';
import { combineHits } from './refiners/combine.js';
import { resolveOverlaps } from './refiners/overlaps.js';
import { deicticDayRule, partOfDayRule } from './rules/deictic.js';
import { shiftedMonthRule } from './rules/months.js';
import { quarterRule, quarterTokenRule, seasonRule } from './rules/periods.js';
import { prefixedRule } from './rules/prefixed.js';
import { anaphoraRule } from './rules/anaphora.js';
import { holidayRule } from './rules/holidays.js';
import { referenceRule } from './rules/references.js';
import { reportingRule } from './rules/reporting.js';
import { setAdverbRule } from './rules/sets.js';
import { spelledDecadeRule, spelledYearRule } from './rules/spelled-years.js';
import { unitRule } from './rules/units.js';
import { weekdayRule } from './rules/weekdays.js';
import { centuryRule, decadeRule, yearRule } from './rules/years.js';
import { dateLexicons } from './words.js';

type Rule = (ctx: SentenceContext, i: number) => Hit | undefined;

/** The rules tried on a token of each class, in order; the first hit wins. */
const RULES: Partial<Record<TokenClass, readonly Rule[]>> = {
  weekday: [holidayRule, weekdayRule],
  holiday: [holidayRule],
  month: [shiftedMonthRule],
  unit: [holidayRule, reportingRule, anaphoraRule, quarterRule, centuryRule, unitRule],
  period: [reportingRule],
  half: [quarterRule],
  deictic: [deicticDayRule],
  'part-of-day': [partOfDayRule],
  reference: [referenceRule],
  'past-future': [referenceRule],
  set: [setAdverbRule],
  season: [seasonRule],
  year: [yearRule],
  decade: [decadeRule],
  prefixed: [prefixedRule, spelledDecadeRule],
  'spelled-year': [spelledYearRule],
  'spelled-decade': [spelledDecadeRule],
  'quarter-token': [quarterTokenRule],
};

/** Classes around which chrono-node reads the text. */
const CHRONO: ReadonlySet<TokenClass> = new Set(['month', 'numeric-date', 'clock']);
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 6;

/** The time expressions of one sentence, overlaps settled and neighbours joined. */
export function sentenceHits(ctx: SentenceContext): Hit[] {
  const hits: Hit[] = [];
  const windows: [number, number][] = [];
  for (let i = ctx.first; i < ctx.end; i++) {
    const cls = tokenClass(ctx.tokens[i]!);
    if (!cls) continue;
    const rules = RULES[cls];
    if (rules) {
      for (const rule of rules) {
        const h = rule(ctx, i);
        if (h) {
          hits.push(h);
          break;
        }
      }
    }
    if (CHRONO.has(cls)) {
      const a = Math.max(ctx.first, i - WINDOW_BEFORE);
      const b = Math.min(ctx.end - 1, i + WINDOW_AFTER);
      const prev = windows[windows.length - 1];
      if (prev && a <= prev[1] + 1) prev[1] = Math.max(prev[1], b);
      else windows.push([a, b]);
    }
  }
  if (windows.length > 0) hits.push(...chronoHits(ctx, windows));
  if (hits.length === 0) return hits;
  return resolveOverlaps(combineHits(ctx, resolveOverlaps(hits)));
}

/** All time expressions of a document, in text order. */
export function detectTimexes(doc: Doc): DateTimex[] {
  const lex = dateLexicons();
  const out: DateTimex[] = [];
  for (const s of doc.sentences) {
    // sentenceHits is its own gate: a sentence without a classed token costs one Map lookup a word.
    const ctx: SentenceContext = { text: doc.text, tokens: doc.tokens, first: s.firstToken, end: s.endToken, lex };
    for (const h of sentenceHits(ctx)) {
      out.push({
        start: h.start,
        end: h.end,
        text: doc.text.slice(h.start, h.end),
        type: temporalType(h.meaning),
        known: knownParts(h.meaning),
        implied: {},
        anchor: isRelative(h.meaning) ? 'none' : 'absolute',
        relative: isRelative(h.meaning),
        rule: h.rule,
        confidence: h.confidence,
        meaning: h.meaning,
        ...(h.endpoints ? { endpoints: [{ ...h.endpoints[0] }, { ...h.endpoints[1] }] } : {}),
      });
    }
  }
  return out;
}
