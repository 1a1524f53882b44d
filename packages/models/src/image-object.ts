import { z } from 'zod';

/** A photo of the article, read from its caption. */
export const ImageObjectSchema = z
  .object({
    '@type': z.literal('ImageObject'),
    caption: z.string().min(1),
    creditText: z.string().min(1).optional(),
  })
  .strict();
export type ImageObject = z.infer<typeof ImageObjectSchema>;
