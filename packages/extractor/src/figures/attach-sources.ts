import type { Doc } from '../doc/doc.js';
import { figureLexicon, type FigureLexicon } from './lexicons.js';
import { entityOfSource, nearestClause, reportingClauses, type ReportingClause } from './source.js';
import { tokenRange } from '../doc/search.js';

/**
 * Gives each figure the source of the nearest reporting clause of its sentence ("Ukrainian
 * officials have said", "according to HRANA") as written, with its span, and links it to the
 * entity one of whose mentions overlaps that span (attributedTo), when entities are known.
 * A source already set is kept; its entity is still looked up.
 */
export function attachSources(doc: Doc, lex: FigureLexicon = figureLexicon()): void {
  const clauses = new Map<number, ReportingClause[]>();
  for (const f of doc.figures) {
    if (f.dropped) continue;
    if (!f.sourceSpan) {
      const sentence = doc.sentences[f.sentence];
      if (!sentence) continue;
      let list = clauses.get(f.sentence);
      if (!list) {
        list = reportingClauses(doc, sentence, lex);
        clauses.set(f.sentence, list);
      }
      const { start, end } = tokenRange(doc.tokens, f);
      const clause = nearestClause(list, start, end);
      if (!clause) continue;
      const span = { start: doc.tokens[clause.source.start]!.start, end: doc.tokens[clause.source.end - 1]!.end };
      f.sourceSpan = span;
      f.source = doc.text.slice(span.start, span.end);
    }
    if (!f.attributedTo && doc.entities.length > 0) {
      const id = entityOfSource(doc.entities, f.sourceSpan);
      if (id) f.attributedTo = id;
    }
  }
}
