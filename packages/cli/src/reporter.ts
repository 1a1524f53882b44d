/** How often the progress line is redrawn at most. */
const PROGRESS_INTERVAL_MS = 100;
/** How often a progress line is logged when stderr is not a terminal (a batch job's log). */
const LOG_INTERVAL_MS = 30_000;

/** The run's throughput so far. */
export interface Rate {
  articles: number;
  words: number;
  seconds: number;
  /** How much of all the input has been read, 0–1, when the inputs' sizes are known. */
  fraction?: number;
  /** Articles rejected so far. */
  rejected?: number;
}

/** "1 h 02 min", "3 min 20 s", "45 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

export interface ReporterOptions {
  /** No progress and no summary; problems are still reported. */
  quiet: boolean;
  /** When stderr is not a terminal: log a progress line this often (default 30 s). */
  logIntervalMs?: number;
}

/**
 * Everything a run tells the user, on stderr only: problems with the input as they are found,
 * progress (on a terminal a line redrawn in place; otherwise, as in a batch job's log, a line every
 * 30 s) and the final summary.
 */
export class Reporter {
  private readonly progressOn: boolean;
  private readonly logOn: boolean;
  /** Whether progress is shown at all (not --quiet). */
  get showsProgress(): boolean {
    return this.progressOn || this.logOn;
  }
  private progressShown = false;
  private lastDraw = 0;
  private lastLog = Date.now();

  constructor(
    private readonly stderr: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly options: ReporterOptions,
  ) {
    this.progressOn = stderr.isTTY === true && !options.quiet;
    this.logOn = stderr.isTTY !== true && !options.quiet;
  }

  /** A line of text, after clearing the progress line. */
  private line(text: string): void {
    this.clearProgress();
    this.stderr.write(text + '\n');
  }

  problem(where: string, message: string): void {
    this.line(`${where}: ${message}`);
  }

  info(message: string): void {
    if (!this.options.quiet) this.line(`newsgraph: ${message}`);
  }

  /**
   * "[file k/n] path: N articles done · A articles/s · W words/s · R rejected · P% · ETA T", `rate`
   * being the whole run's so far. On a terminal it is redrawn at most every PROGRESS_INTERVAL_MS
   * unless `force`; otherwise it is logged as a line every logIntervalMs (never on `force`).
   */
  progress(path: string, fileIndex: number, fileCount: number, articles: number, force = false, rate?: Rate): void {
    const now = Date.now();
    if (this.logOn) {
      if (force || !rate || now - this.lastLog < (this.options.logIntervalMs ?? LOG_INTERVAL_MS)) return;
      this.lastLog = now;
      this.stderr.write(`newsgraph: progress: ${progressText(path, fileIndex, fileCount, articles, rate)}\n`);
      return;
    }
    if (!this.progressOn) return;
    if (!force && now - this.lastDraw < PROGRESS_INTERVAL_MS) return;
    this.lastDraw = now;
    this.stderr.write(`\r\x1b[K${progressText(path, fileIndex, fileCount, articles, rate)}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }

  summary(text: string): void {
    if (this.options.quiet) this.clearProgress();
    else this.line(text);
  }
}

function progressText(path: string, fileIndex: number, fileCount: number, articles: number, rate?: Rate): string {
  const files = fileCount > 1 ? `[${fileIndex + 1}/${fileCount}] ` : '';
  const speed = rate && rate.seconds > 0 ? ` · ${Math.round(rate.articles / rate.seconds)} articles/s · ${Math.round(rate.words / rate.seconds).toLocaleString('en-US')} words/s` : '';
  const rejected = rate?.rejected ? ` · ${rate.rejected.toLocaleString('en-US')} rejected` : '';
  const f = rate?.fraction;
  const eta = rate && f !== undefined && f > 0.001 && f < 1 ? ` · ${Math.round(f * 100)}% · ETA ${duration((rate.seconds * (1 - f)) / f)}` : '';
  return `${files}${path}: ${articles} article${articles === 1 ? '' : 's'} done${speed}${rejected}${eta}`;
}
