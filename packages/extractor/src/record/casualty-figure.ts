import type { CasualtyFigure, Mention } from '@newsgraph/models';
import type { FigureCandidate } from '../doc/candidates.js';

/** What the record says of a figure beyond the candidate: the @id of its total, whether it is a running total, where it is told again. */
export interface FigureContext {
  partOf?: string;
  cumulative?: boolean;
  mentions?: Mention[];
}

/** A figure candidate as the record shows it, under the given @id. */
export function casualtyFigure(f: FigureCandidate, id: string, { partOf, cumulative, mentions }: FigureContext = {}): CasualtyFigure {
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
    ...(partOf ? { partOf } : {}),
    ...(cumulative ? { cumulative: true } : {}),
    text: f.text,
    start: f.start,
    end: f.end,
    ...(mentions?.length ? { mentions } : {}),
  };
}
