/**
 * The tense of the clause around a time expression, from the nearest cue: a future marker
 * ("will", "is expected", "scheduled", "plans to": data/lexicons/dates/future-cues), a past verb
 * (-ed verbs, irregular forms in past-verbs, "was", "had", "has"), or a present one ("is", "says").
 * wink-nlp gives universal POS tags without tense, so tense is read from the word forms.
 *
 * The search goes left from the expression to the start of the sentence (or a ";"), at most
 * MAX_DISTANCE tokens, then right; the first cue found decides; "since" right before the expression
 * makes it past. In headlines "to" + verb after a noun ("Iran to hold talks on Friday") is future;
 * elsewhere infinitives are skipped so that the finite verb decides ("agreed to meet on Friday").
 */
import type { Doc, Token } from '../doc/doc.js';
import { tokenRange as tokensOf } from '../doc/search.js';
import type { PhraseList } from './words.js';
import { dateLexicons } from './words.js';

export type Tense = 'past' | 'present' | 'future';

const MAX_DISTANCE = 30;
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
const BOUNDARIES = new Set([';']);

function phraseEndsAt(tokens: readonly Token[], list: PhraseList, i: number, first: number): boolean {
  const candidates = list.byLast.get(tokens[i]!.lower);
  if (!candidates) return false;
  outer: for (const words of candidates) {
    for (let w = words.length - 1, k = i; w >= 0; w--, k--) {
      if (k < first || tokens[k]!.lower !== words[w]) continue outer;
    }
    return true;
  }
  return false;
}

const isVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The tense a single token marks, if any. `headline`: "to" + verb after a noun is future there. */
function cue(tokens: readonly Token[], i: number, first: number, end: number, headline: boolean): Tense | undefined {
  const lex = dateLexicons();
  const t = tokens[i]!;
  const w = t.lower;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  // "due to the election" gives a cause; "due to meet", "due on Friday" a plan.
  if (w === 'due' && next?.lower === 'to' && tokens[i + 2]?.pos !== 'VERB') return undefined;
  // "next to the embassy" is a place, not a plan.
  if (w === 'next' && next?.lower === 'to') return undefined;
  if (phraseEndsAt(tokens, lex.futureCues, i, first)) return 'future';
  // A two-word future cue whose first word is this token ("set to", "plans to"): look one ahead.
  if (next && phraseEndsAt(tokens, lex.futureCues, i + 1, first) && lex.futureCues.byLast.get(next.lower)?.some((p) => p.length === 2 && p[0] === w)) {
    return 'future';
  }
  if (w === 'to' && t.pos === 'PART' && isVerb(next) && next!.pos === 'VERB') {
    const prev = i > first ? tokens[i - 1] : undefined;
    if (headline && prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON')) return 'future';
    return undefined;
  }
  if (lex.pastAux.has(w)) return 'past';
  if (isVerb(t)) {
    if (lex.pastVerbs.has(w) || (w.length > 4 && w.endsWith('ed') && !baseFormInEed(w))) {
      // After a modal or "to" a verb is a base form ("will succeed", "to proceed"): the modal decides.
      if (i > first && MODALS.has(tokens[i - 1]!.lower)) return undefined;
      return participleTense(tokens, i, first);
    }
    if (lex.presentCues.has(w) && isVerb(t)) return 'present';
    if (t.pos === 'VERB' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return 'present';
    // A base form right after its subject is a present verb: "they meet Monday", "talks resume Friday".
    const prev = i > first ? tokens[i - 1] : undefined;
    if (t.pos === 'VERB' && !w.endsWith('ing') && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || SUBJECT_PRONOUNS.has(prev.lower))) return 'present';
  }
  return undefined;
}

/** Verbs whose base form ends in -eed ("succeed", "exceed"); "agreed", "freed" are past forms. */
const PAST_IN_EED = new Set(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed', 'pedigreed']);
const baseFormInEed = (w: string) => w.endsWith('eed') && !PAST_IN_EED.has(w);
/** Words after which a verb is a base form. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', "'ll", '’ll']);

/** Words that may stand between an auxiliary and its participle ("will also be held"). */
const ADVERBS = new Set(['also', 'not', "n't", 'now', 'then', 'likely', 'still', 'already', 'just', 'probably', 'finally', 'formally', 'officially']);

/**
 * A past form may be a participle whose auxiliary gives the tense: "will be held" and "to be
 * signed" are future, "is expected" present, "has been delayed", "was held", "could not be
 * reached" and "held" past.
 */
function participleTense(tokens: readonly Token[], i: number, first: number): Tense {
  let k = i - 1;
  while (k >= first && ADVERBS.has(tokens[k]!.lower)) k--;
  if (k < first) return 'past';
  const aux = tokens[k]!.lower;
  if (aux === 'be') {
    // "will be held", "to be signed", "may be delayed" are plans; "could not be reached" is a report.
    let m = k - 1;
    while (m >= first && ADVERBS.has(tokens[m]!.lower)) m--;
    const modal = m >= first ? tokens[m]!.lower : '';
    return modal === 'could' || modal === 'couldn’t' ? 'past' : 'future';
  }
  if (aux === 'is' || aux === 'are' || aux === 'am') return 'present';
  return 'past';
}

/** The tense of the clause around tokens [first, last] (inclusive), or undefined when no cue is near. */
export function clauseTense(doc: Doc, first: number, last: number): Tense | undefined {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[first]!.sentence]!;
  const from = sentence.firstToken;
  const end = sentence.endToken;
  const headline = doc.sections[sentence.section]?.kind === 'headline';
  // "since Monday", "since January 8": the time lies before the clause's time.
  if (first > from && tokens[first - 1]!.lower === 'since') return 'past';
  for (let i = first - 1; i >= from && first - i <= MAX_DISTANCE; i--) {
    if (BOUNDARIES.has(tokens[i]!.lower)) break;
    const c = cue(tokens, i, from, end, headline);
    if (c) return c;
  }
  for (let i = last + 1; i < end && i - last <= MAX_DISTANCE; i++) {
    if (BOUNDARIES.has(tokens[i]!.lower)) break;
    const c = cue(tokens, i, from, end, headline);
    if (c) return c;
  }
  return undefined;
}

/** Token range (inclusive) of a character span, or undefined when no token overlaps it. */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] | undefined {
  const r = tokensOf(doc.tokens, { start, end });
  return r.start < r.end ? [r.start, r.end - 1] : undefined;
}
