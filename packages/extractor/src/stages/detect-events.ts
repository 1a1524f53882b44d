import type { EventCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { insideAny, quotationSpans } from '../doc/quotations.js';
import { isIrrealis } from '../events/irrealis.js';
import { isVoicedProtest, matchTriggerAt } from '../events/triggers.js';
import type { Stage } from './stage.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'these', 'those', 'this', 'that']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A participle before a noun describes a state, not a happening: "the jailed leader", "the slain soldiers". */
function isAttributive(doc: Doc, i: number, end: number, sentenceEnd: number): boolean {
  const t = doc.tokens[i]!;
  if (end - i !== 1 || !/(?:ed|en|ain|ght)$/.test(t.lower) || i === 0) return false;
  const prev = doc.tokens[i - 1]!;
  const next = end < sentenceEnd ? doc.tokens[end] : undefined;
  return DETERMINERS.has(prev.lower) && next !== undefined && NOMINAL.has(next.pos);
}

/** Nouns and verbs that start a trigger only in this part of speech. */
const VERBAL = new Set(['VERB', 'AUX']);

/**
 * Proposes events from trigger words and phrases (data/lexicons/events/<type>.txt): verbs
 * ("killed", "reappointed", "met") and nouns ("protest", "treaty", "negotiations"). One candidate
 * per trigger; resolve-events gives them dates, places, participants and figures, and merges them.
 * Not a happening: a trigger inside a direct quotation (rhetoric, chants), or one that is only
 * wanted, denied or possible ("to fight", "would have shown", "will vote", "did not attack").
 */
export const detectEvents: Stage = {
  name: 'detect-events',
  run(doc) {
    const quotes = quotationSpans(doc);
    for (const s of doc.sentences) {
      const kind = doc.sections[s.section]?.kind;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const m = matchTriggerAt(doc.tokens, i, s.endToken);
        const t = m ? { words: m.phrase.words, type: m.phrase.data } : isVoicedProtest(doc.tokens, i, s.firstToken) ? { words: [doc.tokens[i]!.lower], type: 'protest' as const } : undefined;
        if (!t) continue;
        const end = i + t.words.length;
        const last = doc.tokens[end - 1]!;
        const first = doc.tokens[i]!;
        // A trigger word capitalised mid-sentence is part of a name ("the Security Council", "Liberation Army").
        if (i > s.firstToken && /^\p{Lu}/u.test(first.text) && kind !== 'headline') continue;
        if (insideAny(quotes, first.start) || isIrrealis(doc, i, s.firstToken) || isAttributive(doc, i, i + t.words.length, s.endToken)) {
          i += t.words.length - 1;
          continue;
        }
        const verbal = VERBAL.has(first.pos);
        // Every field, the ones later stages fill in too, so that all events share one hidden class.
        const candidate: EventCandidate = {
          start: first.start,
          end: last.end,
          rule: `events/trigger-${t.type}`,
          confidence: kind === 'headline' ? 0.5 : verbal ? 0.7 : 0.6,
          eventType: t.type,
          acled: undefined,
          trigger: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
          mentions: undefined,
          sentence: s.index,
          startDate: null,
          endDate: null,
          location: undefined,
          inferred: undefined,
          participants: [],
          figures: [],
          attributedTo: [],
          evidence: { start: s.start, end: s.end },
          dropped: undefined,
        };
        doc.events.push(candidate);
        i += t.words.length - 1;
      }
    }
  },
};
