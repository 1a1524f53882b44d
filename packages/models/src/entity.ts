import { z } from 'zod';
import { ENTITY_ID } from './ids.js';
import { MentionSchema } from './mention.js';

export const EntityTypeSchema = z.enum(['Person', 'Place', 'Organization']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const GeoCoordinatesSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict();
export type GeoCoordinates = z.infer<typeof GeoCoordinatesSchema>;

const id = z.string().regex(ENTITY_ID);
const common = {
  name: z.string().min(1),
  alternateName: z.array(z.string().min(1)).optional(),
  mentions: z.array(MentionSchema).min(1),
  sameAs: z.array(z.url()).optional(),
  confidence: z.number().min(0).max(1),
};

export const PersonSchema = z
  .object({ '@id': id, '@type': z.literal('Person'), ...common, jobTitle: z.string().min(1).optional() })
  .strict();
export const PlaceSchema = z
  .object({
    '@id': id,
    '@type': z.literal('Place'),
    ...common,
    /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
    addressCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
    geo: GeoCoordinatesSchema.optional(),
  })
  .strict();
export const OrganizationSchema = z
  .object({
    '@id': id,
    '@type': z.literal('Organization'),
    ...common,
    addressCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
  })
  .strict();

/** One real-world entity of an article, its mentions merged. */
export const EntitySchema = z.discriminatedUnion('@type', [PersonSchema, PlaceSchema, OrganizationSchema]);
export type Person = z.infer<typeof PersonSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Entity = z.infer<typeof EntitySchema>;
