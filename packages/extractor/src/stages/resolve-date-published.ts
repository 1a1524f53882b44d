import type { Stage } from './stage.js';

/** (not built yet) */
export const resolveDatePublished: Stage = {
  name: 'resolve-date-published',
  run() {},
};
