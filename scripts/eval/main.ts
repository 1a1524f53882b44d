import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, Extractor } from '../../packages/extractor/src/index.js';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import { conllDevFile, conllSection, runConll, type ConllResult } from './conll.js';
import { runTimebank, timebankSection, type TimebankResult } from './timebank.js';
import { runWikiEvents, wikiEventsFile, wikiEventsSection, type WikiResult } from './wikievents.js';
import type { Gold } from './gold.js';
import { GoldError } from './gold.js';
import { pairArticles, readDumps, readGoldDir } from './load.js';
import { scoreArticle, summarise, type ArticleScore } from './score-article.js';
import { goldSection, renderSection, renderVerbose } from './table.js';
import type { RecordLike } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `usage: pnpm eval [--verbose] [--json FILE] [--gold DIR] [--dumps DIR] [--no-conll] [--no-timebank] [--no-wikievents] [--corpora DIR]
  Scores the extractor on the hand-annotated gold set and prints a table; then, when the shared
  corpora are there, the tagger and the whole extractor on CoNLL-2003 dev (eng.testa), the
  extractor's dates on TimeBank and AQUAINT, and its attacks, deaths, injuries and victims on
  WikiEvents dev.
  --verbose, -v   per-article breakdown: every false positive and false negative
  --json FILE     write all numbers as JSON to FILE
  --gold DIR      gold files (default data/gold)
  --dumps DIR     the dumps they name (default data/dumps)
  --no-conll      skip the CoNLL-2003 section (it takes some seconds)
  --no-timebank   skip the TimeBank and AQUAINT section (it takes some seconds)
  --no-wikievents skip the WikiEvents section
  --corpora DIR   the shared corpora (default $NEWSGRAPH_CORPORA, else ../shared/corpora)
`;

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

const processIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

interface Args {
  verbose: boolean;
  json?: string;
  gold: string;
  dumps: string;
  conll: boolean;
  timebank: boolean;
  wikievents: boolean;
  corpora: string;
  help: boolean;
}

/** Parses the command line; throws an Error with a message for a bad one. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    verbose: false,
    gold: resolve(ROOT, 'data/gold'),
    dumps: resolve(ROOT, 'data/dumps'),
    conll: true,
    timebank: true,
    wikievents: true,
    corpora: defaultCorporaDir(),
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--') continue;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = resolve(value());
    else if (a.startsWith('--json=')) args.json = resolve(a.slice(7));
    else if (a === '--gold') args.gold = resolve(value());
    else if (a === '--dumps') args.dumps = resolve(value());
    else if (a === '--no-conll') args.conll = false;
    else if (a === '--no-timebank') args.timebank = false;
    else if (a === '--no-wikievents') args.wikievents = false;
    else if (a === '--corpora') args.corpora = resolve(value());
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/**
 * Extracts each gold article (no publication date given: the extractor must infer it) and scores
 * it. `extractor` must include the text in its records. An article it fails on is scored as an
 * empty record, with the error kept.
 */
export function evaluateGold(pairs: readonly { gold: Gold; article: Article }[], extractor: Pick<Extractor, 'safeExtract'>): ArticleScore[] {
  return pairs.map(({ gold, article }) => {
    const withoutDate: Article = { ...article };
    delete withoutDate.published; // the extractor must infer the date
    const result = extractor.safeExtract(withoutDate);
    if (result.ok) return scoreArticle(result.record, gold);
    const empty: RecordLike = { text: article.text, people: [], places: [], organizations: [], dates: [], casualties: [], events: [] };
    return scoreArticle(empty, gold, `${result.error.code}: ${result.error.message}`);
  });
}

/** Runs the evaluation; returns the exit code: 0, 2 when the gold or its articles cannot be read, 1 when the extractor cannot be loaded. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`eval: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  let pairs;
  try {
    const golds = readGoldDir(args.gold);
    pairs = pairArticles(golds, readDumps(golds, args.dumps));
  } catch (e) {
    if (e instanceof GoldError) {
      io.stderr(`eval: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let extractor: Extractor;
  try {
    // Loaded here, not at the top, so that a broken extractor is reported as such.
    const { createExtractor } = await import('../../packages/extractor/src/index.js');
    extractor = createExtractor({ includeText: true });
  } catch (e) {
    io.stderr(`eval: cannot load the extractor (packages/extractor/src): ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
  const articles = evaluateGold(pairs, extractor);
  for (const a of articles) if (a.error) io.stderr(`eval: extraction failed for ${a.id} (scored as an empty record): ${a.error}\n`);
  const summary = summarise(articles);
  if (args.verbose) io.stdout(renderVerbose(articles) + '\n');
  io.stdout(renderSection(goldSection(summary)));
  const conll = args.conll ? await conllOrSkip(args.corpora, io) : null;
  if (conll) io.stdout('\n' + renderSection(conllSection(conll)));
  const timebank = args.timebank ? await timebankOrSkip(args.corpora, io) : null;
  if (timebank) io.stdout('\n' + renderSection(timebankSection(timebank)));
  const wikievents = args.wikievents ? await wikiEventsOrSkip(args.corpora, io) : null;
  if (wikievents) io.stdout('\n' + renderSection(wikiEventsSection(wikievents)));
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ gold: { summary, articles }, conll, timebank, wikievents }, null, 2) + '\n');
  }
  return 0;
}

/**
 * The CoNLL-2003 section, or null with a note when the corpora are not there: a CI clone may not
 * have them, and their absence is no failure of the extractor.
 */
async function conllOrSkip(corpora: string, io: Io): Promise<ConllResult | null> {
  const file = conllDevFile(corpora);
  const missing = !existsSync(corpora) ? corpora : !existsSync(file) ? file : undefined;
  if (missing) {
    io.stderr(`eval: CoNLL-2003 section skipped: ${missing} not found\n`);
    return null;
  }
  return runConll(file);
}

/** The TimeBank and AQUAINT section, or null with a note when the corpora are not there. */
async function timebankOrSkip(corpora: string, io: Io): Promise<TimebankResult | null> {
  const dir = `${corpora.replace(/\/?$/, '/')}timebank`;
  if (!existsSync(`${dir}/TimeBank`) || !existsSync(`${dir}/AQUAINT`)) {
    io.stderr(`eval: TimeBank section skipped: ${dir}/TimeBank or AQUAINT not found\n`);
    return null;
  }
  return runTimebank(corpora);
}

/** The WikiEvents section, or null with a note when the corpus is not there. */
async function wikiEventsOrSkip(corpora: string, io: Io): Promise<WikiResult | null> {
  const file = wikiEventsFile(corpora);
  if (!existsSync(file)) {
    io.stderr(`eval: WikiEvents section skipped: ${file} not found\n`);
    return null;
  }
  return runWikiEvents(corpora);
}

const invoked = (() => {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href;
  } catch {
    return false;
  }
})();
if (invoked) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`eval: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
