import { findFigures } from '../figures/find-figures.js';
import type { Stage } from './stage.js';

/**
 * Casualty figures: numbers (digits, words, vague amounts) with their qualifier, the group they
 * count and the category their frame gives (killed, injured, missing, arrested, displaced,
 * deployed, kidnapped). Ages, dates, money, compounds, slogans and other numbers are passed over.
 */
export const detectFigures: Stage = {
  name: 'detect-figures',
  run(doc) {
    doc.figures.push(...findFigures(doc));
  },
};
