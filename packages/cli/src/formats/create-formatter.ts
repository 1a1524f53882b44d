import type { ArticleRecord } from '@newsgraph/models';
import { csvFormatter, csvRecordText } from './csv.js';
import type { Formatter, OutputFormat, RecordContext } from './formatter.js';
import { jsonldFormatter, jsonldRecordText } from './jsonld.js';
import { ndjsonFormatter, ndjsonRecordText } from './ndjson.js';
import { nquadsFormatter, recordToNQuads } from './nquads.js';

/** A formatter; `placed` records are already in the output (a resumed JSON-LD document). */
export function createFormatter(format: OutputFormat, placed = 0): Formatter {
  switch (format) {
    case 'jsonld':
      return jsonldFormatter(placed);
    case 'ndjson':
      return ndjsonFormatter();
    case 'nquads':
      return nquadsFormatter();
    case 'csv':
      return csvFormatter();
  }
}

/**
 * A record's text in `format`, before the formatter places it (jsonld's separators): stateless,
 * so that worker threads can make it.
 */
export async function serializeRecord(format: OutputFormat, record: ArticleRecord, context?: RecordContext): Promise<string> {
  switch (format) {
    case 'jsonld':
      return jsonldRecordText(record);
    case 'ndjson':
      return ndjsonRecordText(record);
    case 'nquads':
      return recordToNQuads(record);
    case 'csv':
      return csvRecordText(record, context);
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
