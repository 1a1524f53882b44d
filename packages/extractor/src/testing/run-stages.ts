import { createDoc, type Article, type Doc } from '../doc/doc.js';
import { resolveOptions, type ExtractorOptions } from '../options.js';
import { STAGES } from '../pipeline.js';

/** Runs the pipeline on an article up to and including the named stage (all of it by default). For tests. */
export function runUpTo(article: Article | string, last?: string, options: ExtractorOptions = {}): Doc {
  const doc = createDoc(typeof article === 'string' ? { text: article } : article);
  const resolved = resolveOptions(options);
  for (const stage of STAGES) {
    stage.run(doc, resolved);
    if (stage.name === last) break;
  }
  return doc;
}

/** Entities of a doc as "Type:name" strings, sorted. */
export const entityNames = (doc: Doc): string[] => doc.entities.map((e) => `${e.type}:${e.name}`).sort();
