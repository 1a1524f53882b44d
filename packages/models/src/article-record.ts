import { z } from 'zod';
import { CasualtyFigureSchema } from './casualty-figure.js';
import { CONTEXT_URL } from './context.js';
import { OrganizationSchema, PersonSchema, PlaceSchema } from './entity.js';
import { EventSchema } from './event.js';
import { ARTICLE_ID } from './ids.js';
import { ImageObjectSchema } from './image-object.js';
import { IssueSchema } from './issue.js';
import { TemporalExpressionSchema } from './temporal-expression.js';

export const DatePublishedSourceSchema = z.enum(['input', 'caption', 'dateline', 'text', 'none']);
export type DatePublishedSource = z.infer<typeof DatePublishedSourceSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One article's record: a JSON-LD node in compact form under the newsgraph context. */
export const ArticleRecordSchema = z
  .object({
    '@context': z.literal(CONTEXT_URL).optional(),
    '@id': z.string().regex(ARTICLE_ID),
    '@type': z.literal('NewsArticle'),
    identifier: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    headline: z.string().min(1).optional(),
    datePublished: z.string().regex(ISO_DATE).optional(),
    datePublishedSource: DatePublishedSourceSchema,
    text: z.string().optional(),
    image: z.array(ImageObjectSchema),
    people: z.array(PersonSchema),
    places: z.array(PlaceSchema),
    organizations: z.array(OrganizationSchema),
    dates: z.array(TemporalExpressionSchema),
    casualties: z.array(CasualtyFigureSchema),
    events: z.array(EventSchema),
    issues: z.array(IssueSchema),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.datePublished === undefined) !== (r.datePublishedSource === 'none')) {
      ctx.addIssue({ code: 'custom', path: ['datePublishedSource'], message: 'datePublishedSource is none exactly when there is no datePublished' });
    }
    const ids = new Set<string>();
    for (const e of [...r.people, ...r.places, ...r.organizations]) {
      if (ids.has(e['@id'])) ctx.addIssue({ code: 'custom', path: ['people'], message: `entity ${e['@id']} appears twice` });
      ids.add(e['@id']);
    }
    const figures = new Set(r.casualties.map((f) => f['@id']));
    for (const [i, f] of r.casualties.entries()) {
      if (f.partOf !== undefined && (!figures.has(f.partOf) || f.partOf === f['@id'])) {
        ctx.addIssue({ code: 'custom', path: ['casualties', i, 'partOf'], message: `partOf names no other figure of the record: ${f.partOf}` });
      }
    }
    for (const [i, ev] of r.events.entries()) {
      for (const f of ev.figures) {
        if (!figures.has(f)) ctx.addIssue({ code: 'custom', path: ['events', i, 'figures'], message: `unknown figure ${f}` });
      }
      for (const p of ev.participants) {
        if (!ids.has(p.entity)) ctx.addIssue({ code: 'custom', path: ['events', i, 'participants'], message: `unknown entity ${p.entity}` });
      }
      if (ev.location !== undefined && !ids.has(ev.location)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'location'], message: `unknown place ${ev.location}` });
      }
    }
    if (r.text !== undefined) {
      const text = r.text;
      const check = (s: { start: number; end: number; text?: string }, path: (string | number)[]) => {
        if (s.end > text.length || (s.text !== undefined && text.slice(s.start, s.end) !== s.text)) {
          ctx.addIssue({ code: 'custom', path, message: `span ${s.start}-${s.end} does not match the text` });
        }
      };
      for (const [k, list] of [['people', r.people], ['places', r.places], ['organizations', r.organizations]] as const) {
        list.forEach((e, i) => e.mentions.forEach((m, j) => check(m, [k, i, 'mentions', j])));
      }
      r.dates.forEach((d, i) => {
        check(d, ['dates', i]);
        d.endpoints?.forEach((e, j) => {
          check(e, ['dates', i, 'endpoints', j]);
          if (e.start < d.start || e.end > d.end) ctx.addIssue({ code: 'custom', path: ['dates', i, 'endpoints', j], message: 'an endpoint lies outside its expression' });
        });
      });
      r.casualties.forEach((f, i) => check(f, ['casualties', i]));
      r.events.forEach((e, i) => {
        check(e.trigger, ['events', i, 'trigger']);
        e.mentions?.forEach((m, j) => check(m, ['events', i, 'mentions', j]));
        check(e.evidence, ['events', i, 'evidence']);
      });
    }
  });
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
