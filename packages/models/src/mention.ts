import { z } from 'zod';

/** One place in the text where an entity is named. */
export const MentionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .strict()
  .refine((m) => m.end > m.start, { message: 'end must be greater than start' })
  .refine((m) => m.end - m.start === m.text.length, { message: 'text must be as long as its span' });
export type Mention = z.infer<typeof MentionSchema>;
