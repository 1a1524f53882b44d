import { Command, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from './formats/formatter.js';
import { EXTRACT_HELP_AFTER, PROGRAM_HELP_AFTER } from './help-text.js';
import type { Io } from './io.js';
import { INPUT_FORMAT_OPTIONS, type InputFormatOption } from './read-source.js';
import type { ExtractOptions } from './extract-command.js';
import { defaultWorkers } from './extract-pool.js';
import { parseShard, type Shard } from './shard.js';
import { cliVersion } from './version.js';

/** A real calendar date as YYYY-MM-DD, for --published. */
export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value;
  }
  throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2025-04-28.');
}

interface RawExtractOptions {
  inputFormat: InputFormatOption;
  format: OutputFormat;
  out?: string;
  includeText?: boolean;
  published?: string;
  quiet?: boolean;
  workers: number;
  shard?: Shard;
  stats?: string;
  resume?: boolean;
}

/** A whole number of workers for --workers (0: extract in the main thread). */
export function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number (0: extract in the main thread).');
  return Number(value);
}

/**
 * The `newsgraph` command line (a fresh commander program per run). Help and --version go to
 * io.stdout, errors to io.stderr; commander never exits the process (exitOverride).
 */
export function buildProgram(io: Io, onExtract: (inputs: string[], options: ExtractOptions) => Promise<void>): Command {
  const program = new Command();
  program
    .name('newsgraph')
    .description('Turns dumps of news articles into structured data: people, places, organisations, dates, casualty figures and events, as JSON-LD.')
    .version(cliVersion(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', PROGRAM_HELP_AFTER);

  program
    .command('extract')
    .description('Read news articles and write one record per article (people, places, organisations, dates, casualty figures, events).')
    .argument('[inputs...]', 'files, directories (searched recursively) or - for stdin; none: stdin')
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(INPUT_FORMAT_OPTIONS).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonld'))
    .option('-o, --out <file>', 'write the output to FILE instead of stdout')
    .option('--include-text', "put each article's text in its record (the offsets index into it)")
    .option('--published <date>', 'publication date (YYYY-MM-DD) of articles that give none', parseDateOption)
    .option('-q, --quiet', 'no progress and no summary on stderr (problems are still reported)')
    .addOption(
      new Option('-w, --workers <n>', 'worker threads extracting articles; 0: all in the main thread')
        .argParser(parseWorkers)
        .default(defaultWorkers(), 'every core, or $NEWSGRAPH_WORKERS'),
    )
    .option('--shard <i/n>', 'only the i-th of n parts of the input, split by article text: run i = 1..n on n machines', parseShard)
    .option('--stats <file>', "write the run's counts and timings to FILE as JSON")
    .option('--resume', 'continue the --out file (ndjson or jsonld) of an interrupted run, or of a run over a dump that has since grown: articles already there are not done again')
    .addHelpText('after', EXTRACT_HELP_AFTER)
    .action(async (inputs: string[], raw: RawExtractOptions) => {
      await onExtract(inputs, {
        inputFormat: raw.inputFormat,
        format: raw.format,
        ...(raw.out !== undefined ? { out: raw.out } : {}),
        includeText: raw.includeText === true,
        ...(raw.published !== undefined ? { published: raw.published } : {}),
        quiet: raw.quiet === true,
        workers: raw.workers,
        ...(raw.shard !== undefined ? { shard: raw.shard } : {}),
        ...(raw.stats !== undefined ? { stats: raw.stats } : {}),
        resume: raw.resume === true,
      });
    });
  return program;
}
