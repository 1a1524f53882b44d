import { z } from 'zod';

export const TemporalTypeSchema = z.enum(['date', 'time', 'duration', 'set']);
export type TemporalType = z.infer<typeof TemporalTypeSchema>;

/**
 * TIMEX3 value forms: dates (2025-04-28, 2025-04, 2025, 2025-W17, 2025-Q1, 2025-SU, 199 for a decade),
 * times (2025-04-28T14:00), durations (P6M, PT24H), sets (P1W with type set), intervals (start/end)
 * and the references PAST_REF, PRESENT_REF, FUTURE_REF.
 */
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?|T(?:MO|AF|EV|NI))?|\d{4}-W\d{2}(?:-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(?:SP|SU|FA|WI)|\d{4}-\d{2}|\d{1,4}|[A-Z]+_REF)`;
const DURATION = String.raw`P(?:(?:(?:\d+(?:\.\d+)?|X)[YMWD])+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)`;
export const TIMEX_VALUE = new RegExp(`^(?:${DATE}|${DURATION}|T\\d{2}(?::\\d{2})?|T(?:MO|AF|EV|NI)|XXXX-[A-Z0-9-]+|(?:${DATE})\\/(?:${DATE}))$`);

export const TemporalAnchorSchema = z.enum(['datePublished', 'absolute', 'none']);

/** One end of an interval written with both its ends ("1985" in "between 1985 and 1987"). */
export const TemporalEndpointSchema = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    value: z.string().regex(TIMEX_VALUE, 'not a TIMEX3 value').optional(),
  })
  .strict()
  .refine((t) => t.end - t.start === t.text.length, { message: 'text must be as long as its span' });
export type TemporalEndpoint = z.infer<typeof TemporalEndpointSchema>;

/** A time expression as written, with its value resolved against the article's date. */
export const TemporalExpressionSchema = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    type: TemporalTypeSchema,
    value: z.string().regex(TIMEX_VALUE, 'not a TIMEX3 value').optional(),
    /** What a relative expression was resolved against: the article's date, nothing (absolute), or none found. */
    anchor: TemporalAnchorSchema,
    /**
     * An interval's two ends as written, each with its own value ("between 1985 and 1987": "1985",
     * "1987"), as TimeML marks them: two TIMEX3 expressions. Only when both ends are written.
     */
    endpoints: z.tuple([TemporalEndpointSchema, TemporalEndpointSchema]).optional(),
  })
  .strict()
  .refine((t) => t.end - t.start === t.text.length, { message: 'text must be as long as its span' });
export type TemporalExpression = z.infer<typeof TemporalExpressionSchema>;
