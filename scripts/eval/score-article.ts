import type { Gold } from './gold.js';
import { accuracy, addAccuracy, addCounts, prf, zero, type Accuracy, type Counts, type Prf } from './metrics.js';
import { scoreDates, type DateScore } from './score-dates.js';
import { scoreEntities, type EntityScore } from './score-entities.js';
import { scoreEvents, type EventScore } from './score-events.js';
import { scoreFigures, type FigureScore } from './score-figures.js';
import { scorePublished, type PublishedScore } from './score-published.js';
import type { RecordLike } from './types.js';
import { findOccurrences } from './find-text.js';
import { scoreKey } from './name-key.js';

export const ENTITY_FIELDS = ['people', 'places', 'organizations'] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

/** Rows of the P/R/F1 table, in order. */
export const PRF_FIELDS = ['people', 'places', 'organizations', 'entities', 'casualties', 'dates (span)', 'dates (value)', 'events (type)'] as const;
export type PrfField = (typeof PRF_FIELDS)[number];
/** Rows of the accuracy table, in order. */
export const ACCURACY_FIELDS = ['publication date', 'event date', 'event place'] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

export interface ArticleScore {
  id: string;
  title: string;
  /** Set when the extractor failed on the article; it was then scored as an empty record. */
  error?: string;
  entities: Record<EntityField, EntityScore>;
  casualties: FigureScore;
  dates: DateScore;
  published: PublishedScore;
  events: EventScore;
  counts: Record<PrfField, Counts>;
  accuracy: Record<AccuracyField, Accuracy>;
}

export interface GoldSummary {
  articles: number;
  fields: Record<PrfField, Prf>;
  accuracy: Record<AccuracyField, Accuracy>;
  /** Record entities named like a photo credit (counted as false positives too). */
  creditMentions: number;
  /** Record figures overlapping a `not_casualties` text. */
  nonCasualtyFigures: number;
  /** Articles the extractor failed on. */
  errors: number;
}

/** Gold entities with a credit name and no name in the article text: credit-only, not mentions. */
export function splitCreditOnly(
  entities: readonly (readonly string[])[],
  credits: readonly string[],
  text: string,
): [(readonly string[])[], (readonly string[])[]] {
  const credit = new Set(credits.map(scoreKey));
  const inText: (readonly string[])[] = [];
  const creditOnly: (readonly string[])[] = [];
  for (const names of entities) {
    const named = text !== '' && names.some((n) => findOccurrences(text, n).length > 0);
    if (!named && names.some((n) => credit.has(scoreKey(n)))) creditOnly.push(names);
    else inText.push(names);
  }
  return [inText, creditOnly];
}

/** Scores one record against its gold. `record.text` must be the article text (extract with includeText). */
export function scoreArticle(record: RecordLike, gold: Gold, error?: string): ArticleScore {
  const text = record.text ?? '';
  const entities = {} as Record<EntityField, EntityScore>;
  for (const f of ENTITY_FIELDS) {
    // A gold entity named only in a photo credit is not in the text the extractor reads: it is
    // scored as optional (the gold README says credit names are not mentions).
    const [inText, creditOnly] = splitCreditOnly(gold[f], gold.credits ?? [], text);
    entities[f] = scoreEntities(record[f], { entities: inText, optional: [...(gold.optional[f] ?? []), ...creditOnly], credits: gold.credits });
  }
  const casualties = scoreFigures(record.casualties, gold.casualties, gold.not_casualties, text);
  const dates = scoreDates(record.dates, gold.dates, text);
  const published = scorePublished(record.datePublished, gold.published, gold.published_accept);
  const events = scoreEvents(record.events, gold.events, [...record.places, ...record.organizations, ...record.people], [...gold.places, ...gold.optional.places]);
  const counts: Record<PrfField, Counts> = {
    people: entities.people.counts,
    places: entities.places.counts,
    organizations: entities.organizations.counts,
    entities: ENTITY_FIELDS.map((f) => entities[f].counts).reduce(addCounts, zero()),
    casualties: casualties.counts,
    'dates (span)': dates.span,
    'dates (value)': dates.value,
    'events (type)': events.type,
  };
  return {
    id: gold.id,
    title: gold.title,
    ...(error !== undefined ? { error } : {}),
    entities,
    casualties,
    dates,
    published,
    events,
    counts,
    accuracy: {
      'publication date': accuracy(Number(published.right), 1),
      'event date': events.date,
      'event place': events.place,
    },
  };
}

/** Micro-averages over the articles: counts summed, then P/R/F1. */
export function summarise(articles: readonly ArticleScore[]): GoldSummary {
  const fields = {} as Record<PrfField, Prf>;
  for (const f of PRF_FIELDS) fields[f] = prf(articles.map((a) => a.counts[f]).reduce(addCounts, zero()));
  const acc = {} as Record<AccuracyField, Accuracy>;
  for (const f of ACCURACY_FIELDS) acc[f] = articles.map((a) => a.accuracy[f]).reduce(addAccuracy, accuracy(0, 0));
  return {
    articles: articles.length,
    fields,
    accuracy: acc,
    creditMentions: articles.reduce((n, a) => n + ENTITY_FIELDS.reduce((m, f) => m + a.entities[f].creditMentions.length, 0), 0),
    nonCasualtyFigures: articles.reduce((n, a) => n + a.casualties.nonCasualties.length, 0),
    errors: articles.filter((a) => a.error !== undefined).length,
  };
}
