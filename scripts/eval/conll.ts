/**
 * The CoNLL-2003 section of `pnpm eval`: the trained tagger alone on CoNLL's own tokens, and the
 * whole extractor on the text rebuilt from them, both scored the standard way (exact span and type,
 * micro-averaged; MISC ignored, as the records have no MISC). The corpus is read at run time from
 * the shared corpora, never copied into the repository.
 */
import { basename } from 'node:path';
import type { Extractor } from '../../packages/extractor/src/index.js';
import { spansFromBio, type NerType, type TaggedSpan } from '../../packages/extractor/src/ner/labels.js';
import type { NerTagger } from '../../packages/extractor/src/ner/tagger.js';
import { readConllDocs, type TaggedSentence } from '../../packages/extractor/scripts/corpora/read-conll.js';
import { micro, scoreSpans } from '../../packages/extractor/scripts/ner/score-spans.js';
import { rebuildText, toTokenSpans, type TypedOffsets } from './conll-text.js';
import { prf, type Prf } from './metrics.js';
import type { TableSection } from './table.js';
import type { SpanLike } from './types.js';

export const CONLL_TYPES = ['PER', 'LOC', 'ORG'] as const satisfies readonly NerType[];
export type ConllType = (typeof CONLL_TYPES)[number];
export type ConllScores = Record<ConllType | 'micro', Prf>;

/** The record fields the pipeline's mentions are read from, with the CoNLL type each stands for. */
const RECORD_TYPES = { people: 'PER', places: 'LOC', organizations: 'ORG' } as const satisfies Record<string, ConllType>;

/** The parts of a record the pipeline score reads (an ArticleRecord is one). */
export type MentionRecord = Record<keyof typeof RECORD_TYPES, readonly { mentions: readonly SpanLike[] }[]>;

export interface ConllResult {
  file: string;
  documents: number;
  sentences: number;
  tokens: number;
  tagger: ConllScores;
  pipeline: ConllScores;
  /** Pipeline mentions off CoNLL's token boundaries (counted as false positives). */
  offBoundary: number;
  /** Documents the extractor failed on (scored as finding nothing), with the error. */
  failures: string[];
}

/** The gold names of every sentence of the documents, in order (MISC included; the scorer drops it). */
export const goldSpans = (docs: readonly TaggedSentence[][]): TaggedSpan[][] => docs.flat().map((s) => spansFromBio(s.tags));

/** P/R/F1 per type and micro-averaged; `extraFp` are predictions no gold span can equal. */
export function scoreConll(gold: readonly TaggedSpan[][], pred: readonly TaggedSpan[][], extraFp: readonly TypedOffsets[] = []): ConllScores {
  const counts = scoreSpans(gold, pred, CONLL_TYPES);
  for (const x of extraFp) {
    const c = counts.get(x.type);
    if (c) c.fp++;
  }
  const out = { micro: prf(micro(counts)) } as ConllScores;
  for (const t of CONLL_TYPES) out[t] = prf(counts.get(t)!);
  return out;
}

/** The tagger's names, sentence by sentence; it is given a whole document at a time, as its document-level features expect. */
export const tagDocs = (docs: readonly TaggedSentence[][], tagger: Pick<NerTagger, 'tag'>): TaggedSpan[][] =>
  docs.flatMap((d) => tagger.tag(d.map((s) => s.words)));

/** The record's mentions with their CoNLL types. */
export const recordMentions = (record: MentionRecord): TypedOffsets[] =>
  (Object.keys(RECORD_TYPES) as (keyof typeof RECORD_TYPES)[]).flatMap((field) =>
    record[field].flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: RECORD_TYPES[field] }))),
  );

/** The extractor's names in each document's rebuilt text, mapped back to token spans sentence by sentence. */
export function extractDocs(
  docs: readonly TaggedSentence[][],
  extractor: Pick<Extractor, 'safeExtract'>,
): { spans: TaggedSpan[][]; offBoundary: TypedOffsets[]; failures: string[] } {
  const spans: TaggedSpan[][] = [];
  const offBoundary: TypedOffsets[] = [];
  const failures: string[] = [];
  docs.forEach((doc, i) => {
    const rebuilt = rebuildText(doc.map((s) => s.words));
    const result = extractor.safeExtract({ text: rebuilt.text });
    if (!result.ok) {
      failures.push(`document ${i + 1}: ${result.error.code}: ${result.error.message}`);
      spans.push(...doc.map(() => []));
      return;
    }
    const mapped = toTokenSpans(rebuilt, recordMentions(result.record));
    spans.push(...mapped.spans);
    offBoundary.push(...mapped.offBoundary);
  });
  return { spans, offBoundary, failures };
}

/** Scores the tagger and the extractor on the documents of one CoNLL file. */
export function evaluateConll(
  file: string,
  docs: readonly TaggedSentence[][],
  tagger: Pick<NerTagger, 'tag'>,
  extractor: Pick<Extractor, 'safeExtract'>,
): ConllResult {
  const gold = goldSpans(docs);
  const pipeline = extractDocs(docs, extractor);
  return {
    file,
    documents: docs.length,
    sentences: gold.length,
    tokens: docs.flat().reduce((n, s) => n + s.words.length, 0),
    tagger: scoreConll(gold, tagDocs(docs, tagger)),
    pipeline: scoreConll(gold, pipeline.spans, pipeline.offBoundary),
    offBoundary: pipeline.offBoundary.length,
    failures: pipeline.failures,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** The section printed by `pnpm eval`. */
export function conllSection(r: ConllResult): TableSection {
  const rows = (who: 'tagger' | 'pipeline') => ([...CONLL_TYPES, 'micro'] as const).map((t) => ({ label: `${who} ${t}`, scores: r[who][t] }));
  return {
    title: `CoNLL-2003 dev (${basename(r.file)}, ${fmt(r.sentences)} sentences; exact span and type, MISC ignored)`,
    rows: [...rows('tagger'), ...rows('pipeline')],
    notes: [
      `read ${r.file}: ${fmt(r.documents)} documents, ${fmt(r.tokens)} tokens`,
      'tagger: on CoNLL\'s tokens, a document at a time; pipeline: the extractor on each document\'s tokens joined by spaces, sentences by blank lines',
      `pipeline mentions off CoNLL token boundaries (counted as FP): ${fmt(r.offBoundary)}`,
      ...(r.failures.length ? [`documents the extractor failed on (scored as finding nothing): ${r.failures.length}`] : []),
    ],
  };
}

/** The dev file under a corpora directory. */
export const conllDevFile = (corpora: string): string => `${corpora.replace(/\/?$/, '/')}conll2003/eng.testa`;

/**
 * Reads the dev file and scores the shipped tagger and an extractor as users get it. The extractor
 * is told the publication date CoNLL's Reuters stories share, so that no date inference gets in the
 * way. Both are loaded here, not at the top, so that importing this file loads no model.
 */
export async function runConll(file: string): Promise<ConllResult> {
  const [{ createExtractor }, { shippedTagger }] = await Promise.all([
    import('../../packages/extractor/src/index.js'),
    import('../../packages/extractor/src/ner/shipped.js'),
  ]);
  return evaluateConll(file, readConllDocs(file), shippedTagger(), createExtractor({ includeText: true, published: '1996-08-30' }));
}
