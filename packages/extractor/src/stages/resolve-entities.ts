import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveEntities: Stage = {
  name: 'resolve-entities',
  run() {},
};
