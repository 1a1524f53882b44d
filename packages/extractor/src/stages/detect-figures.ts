import type { Stage } from './stage.js';

/** (not built yet) */
export const detectFigures: Stage = {
  name: 'detect-figures',
  run() {},
};
