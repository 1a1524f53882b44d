import { z } from 'zod';
import { FIGURE_ID, NEWSGRAPH_ID } from './ids.js';
import { MentionSchema } from './mention.js';

export const CasualtyCategorySchema = z.enum(['killed', 'injured', 'missing', 'arrested', 'displaced', 'deployed', 'kidnapped']);
export type CasualtyCategory = z.infer<typeof CasualtyCategorySchema>;
export const QualifierSchema = z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'at_most', 'less_than', 'range', 'vague']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** One distinct reported figure; UCDP's best/low/high is the model (value, minValue, maxValue). */
export const CasualtyFigureSchema = z
  .object({
    '@id': z.string().regex(FIGURE_ID),
    category: CasualtyCategorySchema,
    value: z.number().int().nonnegative(),
    minValue: z.number().int().nonnegative().nullable(),
    maxValue: z.number().int().nonnegative().nullable(),
    qualifier: QualifierSchema,
    /** Who the figure counts, as written ("protesters", "North Korean soldiers"). */
    group: z.string().min(1).optional(),
    /** The source that reported it: an entity @id when the source is a known entity. */
    attributedTo: z.string().regex(NEWSGRAPH_ID).optional(),
    /** The source as written, when stated ("rights groups", "the health ministry"). */
    source: z.string().min(1).optional(),
    /**
     * The figure this one is a part of ("including six children" of "at least 12 people"): already
     * counted in that total, never to be added to it.
     */
    partOf: z.string().regex(FIGURE_ID).optional(),
    /** A running total ("bringing the toll to 40,000", "since the war began"), not one event's toll. */
    cumulative: z.boolean().optional(),
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Other places the same figure is told (headline, caption, body): one figure, told again. */
    mentions: z.array(MentionSchema).optional(),
  })
  .strict()
  .refine((f) => f.end - f.start === f.text.length, { message: 'text must be as long as its span' })
  .refine((f) => f.minValue === null || f.maxValue === null || f.minValue <= f.maxValue, {
    message: 'minValue must not exceed maxValue',
  });
export type CasualtyFigure = z.infer<typeof CasualtyFigureSchema>;
