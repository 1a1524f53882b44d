import { z } from 'zod';

/** Something the extractor noticed about an article: truncated text, no date, … */
export const IssueSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'codes are snake_case'),
    message: z.string().min(1),
  })
  .strict();
export type Issue = z.infer<typeof IssueSchema>;
