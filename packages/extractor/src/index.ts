export * from './extractor.js';
export * from './errors.js';
export * from './options.js';
export * from './ingest/index.js';
export type { Article, Doc, ImageInfo, Section, SectionKind, Sentence, Token } from './doc/doc.js';
export type * from './doc/candidates.js';
export type { Span } from './doc/span.js';
export { STAGES, runPipeline } from './pipeline.js';
export { createDoc } from './doc/doc.js';
