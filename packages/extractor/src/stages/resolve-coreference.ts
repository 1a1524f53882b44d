import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveCoreference: Stage = {
  name: 'resolve-coreference',
  run() {},
};
