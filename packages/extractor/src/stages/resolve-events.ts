import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveEvents: Stage = {
  name: 'resolve-events',
  run() {},
};
