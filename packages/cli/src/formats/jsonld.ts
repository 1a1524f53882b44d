import { CONTEXT_URL, type ArticleRecord } from '@newsgraph/models';
import { withoutContext, type Formatter } from './formatter.js';

const INDENT = '    ';

/**
 * One JSON-LD document, `{ "@context": CONTEXT_URL, "@graph": [record, …] }`, streamed: the
 * records are written as they come, never all held. The text equals
 * `JSON.stringify(document, null, 2) + "\n"`. `placed`: records already written before this formatter's
 * (a resumed run goes on after them; its opening is not written again).
 */
export function jsonldFormatter(placed = 0): Formatter {
  let count = placed;
  const place = (text: string) => {
    const placed = (count === 0 ? '\n' : ',\n') + text;
    count++;
    return placed;
  };
  return {
    start: () => `{\n  "@context": ${JSON.stringify(CONTEXT_URL)},\n  "@graph": [`,
    record: async (record: ArticleRecord) => place(jsonldRecordText(record)),
    place,
    end: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}

/** A record's text inside the "@graph" array, without the separator before it. */
export const jsonldRecordText = (record: ArticleRecord): string => INDENT + JSON.stringify(withoutContext(record), null, 2).replace(/\n/g, '\n' + INDENT);
