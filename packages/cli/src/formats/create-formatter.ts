import type { ArticleRecord } from '@newsgraph/models';
import { csvFormatter } from './csv.js';
import type { Formatter, OutputFormat, RecordContext } from './formatter.js';
import { jsonldFormatter } from './jsonld.js';
import { ndjsonFormatter } from './ndjson.js';
import { nquadsFormatter } from './nquads.js';

export function createFormatter(format: OutputFormat): Formatter {
  switch (format) {
    case 'jsonld':
      return jsonldFormatter();
    case 'ndjson':
      return ndjsonFormatter();
    case 'nquads':
      return nquadsFormatter();
    case 'csv':
      return csvFormatter();
  }
}

/** The whole text of `records` in `format` (for tests and small jobs; the CLI streams instead). */
export async function formatRecords(
  format: OutputFormat,
  records: Iterable<ArticleRecord | { record: ArticleRecord; context?: RecordContext }>,
): Promise<string> {
  const f = createFormatter(format);
  let out = f.start();
  for (const r of records) out += 'record' in r ? await f.record(r.record, r.context) : await f.record(r);
  return out + f.end();
}
