import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveDates: Stage = {
  name: 'resolve-dates',
  run() {},
};
