import { ExtractError } from './errors.js';

export interface ExtractorOptions {
  /** Put the article text in each record (offsets index into it). Default false. */
  includeText?: boolean;
  /** Publication date (YYYY-MM-DD) to use for articles that do not give one. */
  published?: string;
  /**
   * Longest text read as one article, in UTF-16 code units (default 1,000,000, about 150,000
   * words; long-form news runs to 50,000): anything longer is a mis-split dump or a file that is
   * not an article, and is rejected with `too_long` instead of holding a worker for minutes.
   */
  maxTextLength?: number;
}

export const DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

export interface ResolvedOptions {
  includeText: boolean;
  published?: string;
  /** DEFAULT_MAX_TEXT_LENGTH when absent. */
  maxTextLength?: number;
}

export function resolveOptions(options: ExtractorOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new ExtractError('invalid_option', 'options must be an object');
  const published = options.published;
  if (published !== undefined && (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(published))) {
    throw new ExtractError('invalid_option', `published must be a date as YYYY-MM-DD, got ${JSON.stringify(published)}`);
  }
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (!Number.isInteger(max) || max < 1) throw new ExtractError('invalid_option', `maxTextLength must be a whole number of at least 1, got ${JSON.stringify(max)}`);
  return { includeText: options.includeText === true, ...(published ? { published: published.slice(0, 10) } : {}), maxTextLength: max };
}
