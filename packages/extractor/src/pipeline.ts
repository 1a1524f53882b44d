import type { Doc } from './doc/doc.js';
import type { ResolvedOptions } from './options.js';
import { detectDates } from './stages/detect-dates.js';
import { detectEntities } from './stages/detect-entities.js';
import { detectTaggedEntities } from './stages/detect-tagged-entities.js';
import { detectEvents } from './stages/detect-events.js';
import { detectFigures } from './stages/detect-figures.js';
import { resolveCoreference } from './stages/resolve-coreference.js';
import { resolveDatePublished } from './stages/resolve-date-published.js';
import { resolveDates } from './stages/resolve-dates.js';
import { resolveEntities } from './stages/resolve-entities.js';
import { resolveEvents } from './stages/resolve-events.js';
import { resolveFigures } from './stages/resolve-figures.js';
import { resolveLinking } from './stages/resolve-linking.js';
import { segmentSentences } from './stages/segment-sentences.js';
import type { Stage } from './stages/stage.js';

/** The pipeline, in order. Each stage reads what the ones before it added to the doc. */
export const STAGES: readonly Stage[] = [
  segmentSentences, // sentences and tokens
  detectDates, // time expressions and what they say as written
  resolveDatePublished, // the article's date: input, caption, dateline, text
  resolveDates, // relative expressions resolved against the article's date, with tense
  detectTaggedEntities, // names of people, places, organisations read by the trained tagger
  detectEntities, // names read by gazetteers and patterns (titles, heads, speech)
  resolveEntities, // overlaps settled, types decided
  resolveCoreference, // mentions merged into entities (surname → full name, acronym → expansion)
  resolveLinking, // country codes, coordinates, GeoNames ids, stable @ids
  detectFigures, // numbers of killed, injured, arrested, … with qualifiers
  resolveFigures, // group, source, subsets, repeats
  detectEvents, // triggers to event types
  resolveEvents, // date, place, participants, figures, merged across headline, caption, body
];

export function runPipeline(doc: Doc, options: ResolvedOptions, stages: readonly Stage[] = STAGES): Doc {
  for (const stage of stages) stage.run(doc, options);
  return doc;
}

/**
 * Runs the stages over several docs, stage by stage: each stage reads all of them before the next
 * one starts, so its data (the tagger's weights, wink's lexicon, the gazetteers) stays in the CPU's
 * cache instead of being evicted by every other stage between two articles. The docs come out as
 * runPipeline leaves them. A stage that throws on a doc stops that doc only; the returned array
 * holds, for each doc, what was thrown (or undefined when its stages all ran).
 */
export function runPipelineBatch(docs: readonly Doc[], options: ResolvedOptions, stages: readonly Stage[] = STAGES): ({ error: unknown } | undefined)[] {
  const failed: ({ error: unknown } | undefined)[] = new Array(docs.length).fill(undefined);
  for (const stage of stages) {
    for (let i = 0; i < docs.length; i++) {
      if (failed[i]) continue;
      try {
        stage.run(docs[i]!, options);
      } catch (error) {
        failed[i] = { error };
      }
    }
  }
  return failed;
}
