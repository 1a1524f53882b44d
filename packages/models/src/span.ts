import { z } from 'zod';

/** A UTF-16 code-unit range into the article text, end exclusive. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' });
export type Span = z.infer<typeof SpanSchema>;
