// `@newsgraph/extractor/input`: reading dumps and article ids without loading the models, for a
// process that only reads and hands articles to workers (the CLI's main thread).
export * from './ingest/index.js';
export { articleId, articleIdOf } from './text/hash.js';
export type { Article, ImageInfo, Section, SectionKind } from './doc/doc.js';
