import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDump, type Article } from '../../packages/extractor/src/index.js';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import { readConll } from '../../packages/extractor/scripts/corpora/read-conll.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The benchmark's articles: the sample dump's, and when the shared corpora are there, the
 * CoNLL-2003 dev documents rebuilt as plain text (read at run time, never stored).
 */
export function benchArticles(): { articles: Article[]; sources: string[] } {
  const articles = readDump(readFileSync(root + 'data/dumps/000_2281aa0f27802df5.txt', 'utf8')).articles.map((a) => a.article);
  const sources = [`sample dump (${articles.length} articles)`];
  const testa = defaultCorporaDir() + 'conll2003/eng.testa';
  if (existsSync(testa)) {
    const sentences = readConll(testa);
    let doc: string[] = [];
    let n = 0;
    for (const s of sentences) {
      doc.push(s.words.join(' '));
      if (doc.length >= 15) {
        articles.push({ text: doc.join('\n\n') });
        doc = [];
        n++;
      }
    }
    sources.push(`CoNLL-2003 dev as ${n} articles of 15 sentences`);
  }
  return { articles, sources };
}
