import { z } from 'zod';
import { EVENT_ID, FIGURE_ID, NEWSGRAPH_ID } from './ids.js';
import { MentionSchema } from './mention.js';
import { TIMEX_VALUE } from './temporal-expression.js';

export const EventTypeSchema = z.enum([
  'battle', 'attack', 'protest', 'riot', 'arrest', 'deployment', 'election', 'appointment', 'meeting',
  'negotiation', 'agreement', 'statement', 'disaster', 'execution', 'kidnapping', 'other',
]);
export type EventType = z.infer<typeof EventTypeSchema>;

/** ACLED's codebook: event types and their sub-event types. */
export const ACLED_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
} as const;
export type AcledEventType = keyof typeof ACLED_TYPES;

export const AcledSchema = z
  .object({
    eventType: z.enum(Object.keys(ACLED_TYPES) as [AcledEventType, ...AcledEventType[]]),
    subEventType: z.string().min(1),
  })
  .strict()
  .refine((a) => (ACLED_TYPES[a.eventType] as readonly string[]).includes(a.subEventType), {
    message: 'subEventType is not one of the event type’s sub-event types in ACLED’s codebook',
  });
export type Acled = z.infer<typeof AcledSchema>;

export const ParticipantRoleSchema = z.enum(['actor', 'target', 'victim', 'speaker', 'participant']);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

export const EventSchema = z
  .object({
    '@id': z.string().regex(EVENT_ID),
    '@type': z.literal('Event'),
    eventType: EventTypeSchema,
    acled: AcledSchema.optional(),
    trigger: z
      .object({ text: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .strict(),
    /** Where else the text tells of the same happening: the triggers of the mentions merged into this event. */
    mentions: z.array(MentionSchema).optional(),
    startDate: z.string().regex(TIMEX_VALUE).nullable(),
    endDate: z.string().regex(TIMEX_VALUE).nullable(),
    location: z.string().regex(NEWSGRAPH_ID).optional(),
    /**
     * Fields not read in the event's own clause but inferred: startDate from the report's date, the
     * narrative's day or the article's date; location from a caption or the article's country.
     * Absent when both were read (or are absent).
     */
    inferred: z.array(z.enum(['startDate', 'location'])).min(1).optional(),
    participants: z.array(z.object({ role: ParticipantRoleSchema, entity: z.string().regex(NEWSGRAPH_ID) }).strict()),
    figures: z.array(z.string().regex(FIGURE_ID)),
    attributedTo: z.array(z.string().regex(NEWSGRAPH_ID)),
    evidence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict(),
    confidence: z.number().min(0).max(1),
  })
  .strict();
export type Event = z.infer<typeof EventSchema>;
