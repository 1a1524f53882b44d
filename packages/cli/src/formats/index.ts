export * from './formatter.js';
export * from './jsonld.js';
export * from './ndjson.js';
export * from './nquads.js';
export * from './csv.js';
export * from './create-formatter.js';
