export * from './fold.js';
export * from './hash.js';
