import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveFigures: Stage = {
  name: 'resolve-figures',
  run() {},
};
