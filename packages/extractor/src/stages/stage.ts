import type { Doc } from '../doc/doc.js';
import type { ResolvedOptions } from '../options.js';

/** One step of the pipeline: reads what earlier stages put in the doc and adds to it. */
export interface Stage {
  readonly name: string;
  run(doc: Doc, options: ResolvedOptions): void;
}
