import type { EntityDraft } from '../doc/candidates.js';
import type { Doc, Sentence, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import type { FigureLexicon } from './lexicons.js';

/** "the health ministry said", "according to HRANA": who reports, in one sentence. */
export interface ReportingClause {
  /** Tokens [start, end) of the whole clause (source and verb). */
  start: number;
  end: number;
  /** Tokens [start, end) of the source. */
  source: { start: number; end: number };
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const NP_PUNCT = new Set(['(', ')', '-', '–', '&']);
const SKIP_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const MAX_NP = 14;
const ACRONYM = /^\p{Lu}[\p{Lu}.]+$/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/** The reporting clauses of a sentence, in text order. */
export function reportingClauses(doc: Doc, sentence: Sentence, lex: FigureLexicon): ReportingClause[] {
  const tokens = doc.tokens;
  const floor = sentence.firstToken;
  const limit = sentence.endToken;
  const out: ReportingClause[] = [];
  for (let i = floor; i < limit; i++) {
    const prep = lex.sourcePreps.matchAt(tokens, i, limit);
    if (prep) {
      const np = nounPhraseAfter(tokens, prep.end, limit, lex);
      if (np) out.push({ start: i, end: np.end, source: np });
      i = prep.end - 1;
      continue;
    }
    const t = tokens[i]!;
    if (!lex.sourceVerbs.has(t.lower) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // "an estimated total": a participle after a determiner is no reporting verb
    if (i - 1 >= floor && tokens[i - 1]!.pos === 'DET') continue;
    let k = i - 1;
    for (let n = 0; k >= floor && n < 3 && SKIP_BEFORE_VERB.has(tokens[k]!.pos) && !isPronoun(tokens[k]!, lex); n++) k--;
    if (k >= floor && isPronoun(tokens[k]!, lex)) continue; // "they said": no source named here
    const before = nounPhraseBefore(tokens, k, floor, lex);
    if (before) {
      out.push({ start: before.start, end: i + 1, source: before });
      continue;
    }
    // ", said the health ministry"
    const after = nounPhraseAfter(tokens, i + 1, limit, lex);
    if (after && (i === floor || /^[,"“”'‘’]$/.test(tokens[i - 1]!.text))) out.push({ start: i, end: after.end, source: after });
  }
  return out;
}

/**
 * The clause nearest to a figure (tokens [start, end)), by tokens between them; on a tie the one
 * before the figure. Clauses inside the figure do not count.
 */
export function nearestClause(clauses: readonly ReportingClause[], start: number, end: number): ReportingClause | undefined {
  let best: ReportingClause | undefined;
  let bestDistance = Infinity;
  for (const c of clauses) {
    if (c.start >= start && c.end <= end) continue;
    if (c.source.start < end && start < c.source.end) continue;
    const distance = c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The entity a source names: the one with a mention overlapping the source span, preferring a
 * mention that ends where the source ends (its head: "Ukraine's Special Operations Forces"), then
 * organisations, then the longest overlap.
 */
export function entityOfSource(entities: readonly EntityDraft[], span: Span): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.dropped || !(m.start < span.end && span.start < m.end)) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      const score = (m.end >= span.end - 1 ? 4 : 0) + (e.type === 'Organization' ? 2 : e.type === 'Person' ? 1 : 0) + overlap / 1000;
      if (score > bestScore) {
        best = e.id;
        bestScore = score;
      }
    }
  }
  return best;
}

function isPronoun(t: Token, lex: FigureLexicon): boolean {
  return (t.pos === 'PRON' && !isAcronym(t)) || lex.pronouns.has(t.lower);
}

/** "US", "UN", "HRANA": tagged as pronouns or nouns alike, names all the same. */
function isAcronym(t: Token): boolean {
  return ACRONYM.test(t.text);
}

function isNominal(t: Token, lex: FigureLexicon): boolean {
  return (NP_POS.has(t.pos) || isAcronym(t)) && !isPronoun(t, lex);
}

/** A noun phrase ending at tokens[k] ("Ukraine's Special Operations Forces", "rights groups"). */
function nounPhraseBefore(tokens: readonly Token[], k: number, floor: number, lex: FigureLexicon): { start: number; end: number } | undefined {
  if (k < floor) return undefined;
  const end = k + 1;
  let start = end;
  let nouns = 0;
  for (let n = 0; k >= floor && n < MAX_NP; n++, k--) {
    const t = tokens[k]!;
    if (isNominal(t, lex) && !lex.sourceVerbs.has(t.lower)) {
      if (t.pos !== 'ADJ') nouns++;
    } else if (t.lower === "'s" || t.lower === '’s' || NP_PUNCT.has(t.text)) {
      // "Ukraine's", "(HRANA)", "US-based"
    } else if (t.pos === 'VERB' && k - 1 >= floor && NP_PUNCT.has(tokens[k - 1]!.text)) {
      // "US-based"
    } else if (t.lower === 'of' && start < end && k - 1 >= floor && NP_POS.has(tokens[k - 1]!.pos)) {
      // "the Ministry of Health"
    } else if (ARTICLES.has(t.lower) && start < end) {
      start = k;
      break;
    } else break;
    start = k;
  }
  while (start < end && (tokens[start]!.text === ')' || tokens[start]!.text === '-' || tokens[start]!.lower === 'of')) start++;
  return nouns > 0 && start < end && tokens[end - 1]!.pos !== 'ADJ' ? { start, end } : undefined;
}

/** A noun phrase starting at tokens[k] ("the health ministry", "HRANA"). */
function nounPhraseAfter(tokens: readonly Token[], k: number, limit: number, lex: FigureLexicon): { start: number; end: number } | undefined {
  const start = k;
  let end = k;
  let nouns = 0;
  let depth = 0;
  for (let n = 0; k < limit && n < MAX_NP; n++, k++) {
    const t = tokens[k]!;
    if (ARTICLES.has(t.lower) && k === start) continue;
    if (isNominal(t, lex)) {
      if (t.pos !== 'ADJ') nouns++;
      end = k + 1;
      continue;
    }
    if (t.lower === "'s" || t.lower === '’s') continue;
    if (t.text === '(') {
      depth++;
      continue;
    }
    if (t.text === ')' && depth > 0) {
      depth--;
      end = k + 1;
      continue;
    }
    if ((t.text === '-' || t.lower === 'of') && k + 1 < limit && NP_POS.has(tokens[k + 1]!.pos)) continue;
    if (t.pos === 'VERB' && k > start && tokens[k - 1]!.text === '-') continue;
    break;
  }
  return nouns > 0 && end > start ? { start, end } : undefined;
}
