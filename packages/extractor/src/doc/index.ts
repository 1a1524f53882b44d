export * from './span.js';
export * from './candidates.js';
export * from './doc.js';
