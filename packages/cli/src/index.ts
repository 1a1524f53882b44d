export * from './run.js';
export * from './exit-codes.js';
export * from './extract-command.js';
export * from './io.js';
export * from './inputs.js';
export * from './read-source.js';
export * from './byte-lines.js';
export * from './formats/index.js';
export { buildProgram, parseDateOption } from './program.js';
