import type { Stage } from './stage.js';

/** (not built yet) */
export const detectDates: Stage = {
  name: 'detect-dates',
  run() {},
};
