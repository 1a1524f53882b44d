export * from './source-article.js';
export * from './read-dump.js';
export * from './read-jsonl.js';
export * from './read-text.js';
export * from './detect-format.js';
export * from './validate-text.js';
export * from './captions.js';
