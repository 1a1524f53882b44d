import { existsSync } from 'node:fs';
import type { Article } from '../../packages/extractor/src/index.js';
import { taggerWords } from '../../packages/extractor/src/ner/tagger-words.js';
import { runUpTo } from '../../packages/extractor/src/testing/run-stages.js';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import { readConllDocs } from '../../packages/extractor/scripts/corpora/read-conll.js';

/** Documents as the NER tagger takes them (each a list of tokenised sentences), with their token counts. */
export interface TaggerCorpus {
  docs: string[][][];
  tokens: number[];
  source: string;
}

const withCounts = (docs: string[][][], source: string): TaggerCorpus => ({
  docs,
  tokens: docs.map((d) => d.reduce((n, s) => n + s.length, 0)),
  source,
});

/**
 * What the tagger alone is timed on: CoNLL-2003 dev document by document when the shared corpora
 * are there (its own tokens, as the tagger was trained on), else the bench articles tokenised by
 * the pipeline's own stages into the words the tagger stage gives it. Tokenising is done here,
 * once, so that the timing is of the tagger only.
 */
export function taggerCorpus(articles: readonly Article[]): TaggerCorpus {
  const testa = defaultCorporaDir() + 'conll2003/eng.testa';
  if (existsSync(testa)) {
    const docs = readConllDocs(testa).map((d) => d.map((s) => s.words));
    return withCounts(docs, `CoNLL-2003 dev, ${docs.length} documents`);
  }
  const docs = articles.map((a) => {
    const doc = runUpTo(a, 'segment-sentences');
    return doc.sentences.map((s) => taggerWords(doc, s).words);
  });
  return withCounts(docs, `the bench articles, ${docs.length} documents`);
}
