import { CSV_COLUMNS } from './formats/csv.js';
import { INPUT_EXTENSIONS } from './inputs.js';

function wrap(words: readonly string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

const extensions = INPUT_EXTENSIONS.map((e) => '*' + e).join(', ');

/** Shown after the options of `newsgraph extract --help`. */
export const EXTRACT_HELP_AFTER = `
Inputs:
  Files are read whatever their name. Directories are searched recursively for
  ${extensions}
  (names starting with "." skipped, in sorted order). "-", or no input at all,
  reads stdin.

Input formats (--input-format):
  auto   (default) *.jsonl and *.ndjson, or lines that are all JSON objects: jsonl;
         a "TT" marker line: dump; anything else: text
  dump   many articles in one file: title, photo captions with credits, a TT line,
         title and captions again, body paragraphs
  text   the whole input is one article
  jsonl  one article per line: {"id"?, "url"?, "title"?, "published"?, "text"}

Output formats (--format):
  jsonld  (default) one JSON-LD document {"@context", "@graph": [record, ...]}
  ndjson  one complete JSON-LD document (a record with its "@context") per line
  nquads  RDF N-Quads, for triple stores
  csv     RFC 4180 (CRLF, quoted as needed), one row per event and one per casualty
          figure not linked to an event; lists inside a cell are separated by "; ".
          Columns:
${wrap(
  CSV_COLUMNS.map((c, i) => (i < CSV_COLUMNS.length - 1 ? c + ',' : c)),
  78,
  '          ',
)}

Problems:
  Bad input (a missing file, a directory without input files, a binary file, invalid
  UTF-8, an empty article, a broken JSONL line, an article the extractor rejects) is
  reported on stderr as FILE:LINE: ... and the run goes on. The run ends with
  "N articles in, N records out, N rejected" on stderr; in = out + rejected, where a
  file that gave no article at all counts as one rejected. A progress line is shown
  while stderr is a terminal. --quiet drops progress and summary, not problems.

Exit status:
  0  every article became a record
  1  usage error, or something in the input was rejected (the rest was written)
  2  internal error (a bug: please report it), or the output could not be written

Examples:
  $ newsgraph extract data/dumps/000_2281aa0f27802df5.txt > records.jsonld
  $ newsgraph extract corpus/ --format csv --out events.csv
  $ newsgraph extract --format ndjson --published 2025-04-28 < articles.jsonl
  $ newsgraph extract --input-format text --include-text - < article.txt
  $ newsgraph extract dumps/ --format nquads --quiet > graph.nq
`;

export const PROGRAM_HELP_AFTER = `
Examples:
  $ newsgraph extract data/dumps/000_2281aa0f27802df5.txt > records.jsonld
  $ newsgraph extract corpus/ --format csv --out events.csv
  $ newsgraph extract --help

Exit status: 0 all well, 1 usage error or input rejected, 2 internal error.
`;
