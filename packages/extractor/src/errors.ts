/** Stable codes of the errors the extractor raises. */
export type ExtractErrorCode =
  | 'invalid_input' // not an article object, or text is not a string
  | 'empty_text' // nothing but white space
  | 'too_long' // longer than the extractor's maxTextLength: not one news article
  | 'invalid_text' // binary content, NUL bytes, unpaired surrogates
  | 'invalid_option' // createExtractor was given a bad option
  | 'record_invalid' // the record failed its schema (a bug: please report)
  | 'internal'; // a stage threw (a bug: please report)

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  readonly details?: unknown;
  constructor(code: ExtractErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export const isExtractError = (e: unknown): e is ExtractError => e instanceof ExtractError;
