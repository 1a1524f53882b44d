import { chunkSentence, isTitleCase } from '../entities/chunk.js';
import { classifyChunk } from '../entities/classify.js';
import { makeWords, type EntityContext } from '../entities/context.js';
import { legislatures } from '../entities/legislature.js';
import { knownNamesOnly } from '../entities/title-case.js';
import type { Stage } from './stage.js';

/**
 * Proposes names of people, places and organisations: runs of capitalised words classified by
 * gazetteers (places, organisations, demonyms, given names, titles), head words ("Party",
 * "Forces", "island"), and context (a title before, "said" after, an appositive role, "of the
 * <organisation>"); plus lower-case institutions named by their country ("the Turkish parliament").
 */
export const detectEntities: Stage = {
  name: 'detect-entities',
  run(doc) {
    const { words, lower } = makeWords(doc);
    for (const sentence of doc.sentences) {
      const ctx: EntityContext = { doc, words, lower, sentence };
      if (isTitleCase(doc, sentence)) {
        doc.mentions.push(...knownNamesOnly(ctx));
        continue;
      }
      for (const c of chunkSentence(doc, sentence, words)) doc.mentions.push(...classifyChunk(ctx, c.a, c.b));
      doc.mentions.push(...legislatures(ctx));
    }
  },
};
