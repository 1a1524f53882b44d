import {
  ArticleRecordSchema,
  type Acled,
  type GeoCoordinates,
  isArticleRecord,
  type ArticleRecord,
  type CasualtyFigure,
  type Entity,
  type Event,
  type Issue,
  type Organization,
  type Person,
  type Place,
  type TemporalEndpoint,
  type TemporalExpression,
} from '@newsgraph/models';
import type { EntityDraft, EventCandidate, TimexEndpoint } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { ExtractError } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { articleHash, articleIdOf } from '../text/hash.js';
import { casualtyFigure } from './casualty-figure.js';
import { isCumulative } from '../figures/cumulative.js';

type Participant = EventCandidate['participants'][number];

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The record is returned as built, not as zod's parse copies it, so every object here is fresh (no
 * array or object of the doc is shared with the caller) and its keys follow the schema's order.
 */
function entity(e: EntityDraft): Entity {
  const mentions = e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
  const common = {
    name: e.name,
    ...(e.alternateNames.length ? { alternateName: e.alternateNames.slice() } : {}),
    mentions,
    ...(e.sameAs?.length ? { sameAs: e.sameAs.slice() } : {}),
    confidence: round(e.confidence),
  };
  if (e.type === 'Person') return { '@id': e.id, '@type': 'Person', ...common, ...(e.jobTitle ? { jobTitle: e.jobTitle } : {}) } satisfies Person;
  if (e.type === 'Place') {
    const geo = e.geo ? { geo: coordinates(e.geo) } : {};
    return { '@id': e.id, '@type': 'Place', ...common, ...(e.country ? { addressCountry: e.country } : {}), ...geo } satisfies Place;
  }
  return { '@id': e.id, '@type': 'Organization', ...common, ...(e.country ? { addressCountry: e.country } : {}) } satisfies Organization;
}

/** Turns the pipeline's doc into the record users get, and checks it against its schema. */
/** An interval's written end as a record part. */
const endpoint = (text: string, e: TimexEndpoint): TemporalEndpoint => ({
  text: text.slice(e.start, e.end),
  start: e.start,
  end: e.end,
  ...(e.value ? { value: e.value } : {}),
});

export function buildRecord(doc: Doc, options: ResolvedOptions): ArticleRecord {
  const hash = articleHash(doc.text);
  const a = doc.article;
  const headline = a.title?.trim() || sectionText(doc, 'headline');
  const entities = [...doc.entities].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));

  const figures = doc.figures.map((f, i) => ({ f, i })).filter(({ f }) => !f.dropped);
  const figureId = new Map<number, string>();
  figures.forEach(({ i }, n) => figureId.set(i, `urn:newsgraph:figure:${hash}:${n + 1}`));
  const casualties: CasualtyFigure[] = figures.map(({ f, i }) =>
    casualtyFigure(f, figureId.get(i)!, {
      ...(f.partOf !== undefined && figureId.has(f.partOf) ? { partOf: figureId.get(f.partOf)! } : {}),
      // A part counts what its total counts: "an estimated total of 14,000 troops, including 3,000 reinforcements".
      cumulative: isCumulative(doc, f.partOf !== undefined ? (doc.figures[f.partOf] ?? f) : f),
      mentions: (f.repeats ?? []).map((r) => ({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end) })),
    }),
  );

  const events: Event[] = doc.events
    .filter((e) => !e.dropped)
    .map((e, n) => ({
      '@id': `urn:newsgraph:event:${hash}:${n + 1}`,
      '@type': 'Event',
      eventType: e.eventType,
      ...(e.acled ? { acled: acled(e.acled) } : {}),
      trigger: { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
      ...(e.mentions?.length ? { mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) } : {}),
      startDate: e.startDate,
      endDate: e.endDate,
      ...(e.location ? { location: e.location } : {}),
      ...(e.inferred?.length ? { inferred: [...new Set(e.inferred)] } : {}),
      participants: e.participants.map(participant),
      figures: e.figures.flatMap((i) => (figureId.has(i) ? [figureId.get(i)!] : [])),
      attributedTo: e.attributedTo.slice(),
      evidence: { start: e.evidence.start, end: e.evidence.end },
      confidence: round(e.confidence),
    }));

  const dates: TemporalExpression[] = doc.timexes
    .filter((t) => !t.dropped)
    .map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      type: t.type,
      ...(t.value ? { value: t.value } : {}),
      anchor: t.anchor,
      ...(t.endpoints ? { endpoints: [endpoint(doc.text, t.endpoints[0]), endpoint(doc.text, t.endpoints[1])] as [TemporalEndpoint, TemporalEndpoint] } : {}),
    }));

  const record: ArticleRecord = {
    '@id': articleIdOf(hash),
    '@type': 'NewsArticle' as const,
    ...(a.id ? { identifier: a.id } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(headline ? { headline } : {}),
    ...(doc.datePublished ? { datePublished: doc.datePublished } : {}),
    datePublishedSource: doc.datePublished ? doc.datePublishedSource : ('none' as const),
    text: doc.text,
    image: doc.images.map((i) => ({ '@type': 'ImageObject' as const, caption: i.caption, ...(i.creditText ? { creditText: i.creditText } : {}) })),
    people: entities.filter((e) => e.type === 'Person').map(entity) as Person[],
    places: entities.filter((e) => e.type === 'Place').map(entity) as Place[],
    organizations: entities.filter((e) => e.type === 'Organization').map(entity) as Organization[],
    dates,
    casualties,
    events,
    issues: doc.issues.map(issue),
  };
  if (!isArticleRecord(record)) {
    // Only for the message: the full parse says what is wrong.
    const parsed = ArticleRecordSchema.safeParse(record);
    if (parsed.success) throw new ExtractError('record_invalid', 'the record failed its schema');
    throw new ExtractError('record_invalid', `the record failed its schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, parsed.error.issues);
  }
  if (!options.includeText) delete record.text;
  return record;
}

// Copies in the schema's key order. Other keys are kept, so that the schema still rejects them.
const issue = ({ code, message, ...rest }: Issue): Issue => ({ code, message, ...rest });
const participant = ({ role, entity, ...rest }: Participant): Participant => ({ role, entity, ...rest });
const acled = ({ eventType, subEventType, ...rest }: Acled): Acled => ({ eventType, subEventType, ...rest });
const coordinates = ({ latitude, longitude, ...rest }: GeoCoordinates): GeoCoordinates => ({ latitude, longitude, ...rest });

function sectionText(doc: Doc, kind: string): string | undefined {
  const s = doc.sections.find((x) => x.kind === kind);
  return s ? doc.text.slice(s.start, s.end).trim() || undefined : undefined;
}
