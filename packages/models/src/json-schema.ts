import { z } from 'zod';
import { ArticleRecordSchema } from './article-record.js';
import { CasualtyFigureSchema } from './casualty-figure.js';
import { EntitySchema } from './entity.js';
import { EventSchema } from './event.js';
import { ImageObjectSchema } from './image-object.js';
import { IssueSchema } from './issue.js';
import { MentionSchema } from './mention.js';
import { TemporalExpressionSchema } from './temporal-expression.js';

const BASE = 'https://newsgraph.dev/schema/v1/';

/** JSON Schemas (draft 2020-12) of the records, generated from the zod schemas. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas = {
    'article-record': ArticleRecordSchema,
    entity: EntitySchema,
    mention: MentionSchema,
    'temporal-expression': TemporalExpressionSchema,
    'casualty-figure': CasualtyFigureSchema,
    event: EventSchema,
    'image-object': ImageObjectSchema,
    issue: IssueSchema,
  } as const;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    out[name] = { $id: `${BASE}${name}.schema.json`, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) };
  }
  return out;
}
