import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveLinking: Stage = {
  name: 'resolve-linking',
  run() {},
};
