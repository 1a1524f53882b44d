import { createHash } from 'node:crypto';

/** First 16 hex digits of the SHA-256 of the text: the article's identity. */
export function articleHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The @id of the record of the article whose text has this hash. */
export const articleIdOf = (hash: string): string => `urn:newsgraph:article:${hash}`;

/** The @id the record of an article with this text gets: known before extracting it (to skip work already done). */
export const articleId = (text: string): string => articleIdOf(articleHash(text));
