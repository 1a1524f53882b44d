import type { Stage } from './stage.js';

/** (not built yet) */
export const detectEvents: Stage = {
  name: 'detect-events',
  run() {},
};
