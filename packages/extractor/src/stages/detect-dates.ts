import { detectTimexes } from '../dates/detect.js';
import type { Stage } from './stage.js';

/**
 * Time expressions (TimeML TIMEX3: date, time, duration, set) with what they say as written.
 * Own rules (src/dates/rules) and chrono-node (src/dates/chrono-parser.ts) propose, refiners join
 * and settle overlaps; values come later, from resolve-dates.
 */
export const detectDates: Stage = {
  name: 'detect-dates',
  run(doc) {
    for (const t of detectTimexes(doc)) doc.timexes.push(t);
  },
};
