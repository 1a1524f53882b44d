import type { CasualtyFigure } from '@newsgraph/models';
import type { FigureCandidate } from '../doc/candidates.js';

/** A figure candidate as the record shows it, under the given @id. */
export function casualtyFigure(f: FigureCandidate, id: string): CasualtyFigure {
  return {
    '@id': id,
    category: f.category,
    value: f.value,
    minValue: f.minValue,
    maxValue: f.maxValue,
    qualifier: f.qualifier,
    ...(f.group ? { group: f.group } : {}),
    ...(f.attributedTo ? { attributedTo: f.attributedTo } : {}),
    ...(f.source ? { source: f.source } : {}),
    text: f.text,
    start: f.start,
    end: f.end,
  };
}
