import { ExtractError } from './errors.js';

export interface ExtractorOptions {
  /** Put the article text in each record (offsets index into it). Default false. */
  includeText?: boolean;
  /** Publication date (YYYY-MM-DD) to use for articles that do not give one. */
  published?: string;
}

export interface ResolvedOptions {
  includeText: boolean;
  published?: string;
}

export function resolveOptions(options: ExtractorOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new ExtractError('invalid_option', 'options must be an object');
  const published = options.published;
  if (published !== undefined && (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(published))) {
    throw new ExtractError('invalid_option', `published must be a date as YYYY-MM-DD, got ${JSON.stringify(published)}`);
  }
  return { includeText: options.includeText === true, ...(published ? { published: published.slice(0, 10) } : {}) };
}
