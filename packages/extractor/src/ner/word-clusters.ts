/**
 * Unsupervised word clusters as features for the NER tagger. The clusters are built offline from
 * raw news text by packages/extractor/scripts/build-word-clusters.ts (`pnpm resources:clusters`)
 * and shipped as resources/word-clusters.txt.gz: a `#` header naming the granularities, then one
 * line per word, `word<TAB>id id id` with one class id per granularity, coarse to fine.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { RESOURCES_DIR } from '../resources.js';

/** The resource file name, relative to packages/extractor/resources/. */
export const WORD_CLUSTERS_FILE = 'word-clusters.txt.gz';

/**
 * The key a word is clustered under. Lower-cased because casing is a separate tagger feature and
 * all-caps headlines would otherwise split every word's counts; digits become '0' so that years,
 * scores and figures share their shape; curly apostrophes become straight ones as in the corpora.
 */
export function clusterKey(word: string): string {
  return word.toLowerCase().replace(/\p{Nd}/gu, '0').replace(/[‘’]/g, "'");
}

interface Table {
  /** Classes per granularity, coarse to fine, from the `# classes …` header. */
  sizes: readonly number[];
  ids: Map<string, readonly number[]>;
}

let table: Table | undefined;

/** Parses the resource once (about 1 MB of text); later calls are Map lookups. */
function load(): Table {
  if (table) return table;
  const text = gunzipSync(readFileSync(new URL(WORD_CLUSTERS_FILE, RESOURCES_DIR))).toString('utf8');
  const ids = new Map<string, readonly number[]>();
  let sizes: number[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# classes ')) sizes = line.slice('# classes '.length).split(' ').map(Number);
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    ids.set(line.slice(0, tab), Object.freeze(line.slice(tab + 1).split(' ').map(Number)));
  }
  table = { sizes, ids };
  return table;
}

/**
 * Cluster ids of a word at coarse..fine granularities, or undefined when the word is unknown.
 * Normalises the word the same way the build did. Ids are only comparable within one granularity.
 */
export function wordClusters(word: string): readonly number[] | undefined {
  return load().ids.get(clusterKey(word));
}

/** How many classes each granularity has, coarse to fine (e.g. for feature names like `c256=17`). */
export function wordClusterSizes(): readonly number[] {
  return load().sizes;
}
