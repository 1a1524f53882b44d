import type { Stage } from './stage.js';

/** (not built yet) */
export const detectEntities: Stage = {
  name: 'detect-entities',
  run() {},
};
