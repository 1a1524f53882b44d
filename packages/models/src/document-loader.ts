import { CONTEXT_URL, contextDocument } from './context.js';

export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}

/** Raised when a JSON-LD processor asks for a document other than newsgraph's own contexts. */
export class DocumentNotAvailableError extends Error {
  readonly code = 'document_not_available';
  constructor(readonly url: string) {
    super(`newsgraph serves only its own JSON-LD contexts offline; refusing to fetch ${url}`);
    this.name = 'DocumentNotAvailableError';
  }
}

/**
 * A jsonld.js document loader that serves newsgraph's contexts from this package and fetches nothing.
 * Pass it as `documentLoader` to jsonld.expand, jsonld.toRDF, …
 */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url === CONTEXT_URL) return { contextUrl: null, documentUrl: url, document: contextDocument() };
  throw new DocumentNotAvailableError(url);
}
