/** How many articles, and how much text, one batch of extraction may take. */
export interface BatchLimits {
  articles: number;
  /** UTF-16 code units of article text; an article longer than this goes alone. */
  chars: number;
}

/**
 * The extractor runs a batch stage by stage, which keeps each stage's data in cache and made
 * extraction about 1.3-1.5× faster than one article at a time. But every article of a batch lives
 * until its last stage, and what outlives two young-generation collections (one about every 8 MB
 * allocated, and extraction allocates about 3.8 KB a word) is copied to the old generation, which
 * only full collections free; those ran on V8's helper threads, beside the workers. Measured over
 * 1,500 dump articles (about 240 words each) without pretenuring (see extract-pool.ts), bytes a
 * word reaching the old generation: 54 in batches of 4 (5,600 characters), 52 of 6, 77 of 8
 * (11,000), against 120-180 for articles of 720 words one to three at a time (4,200 to 12,600
 * characters) and 312 four at a time (17,000). So a batch takes at most 8 articles and 10,000
 * characters (an article longer than that goes alone); one and two workers ran as fast as with 16.
 */
export const BATCH_LIMITS: BatchLimits = { articles: 8, chars: 10_000 };

/** Whether an article of `size` characters would take a batch of `chars` characters past the limit (it then starts a new batch). */
export const overflows = (chars: number, size: number, limits: BatchLimits = BATCH_LIMITS): boolean => chars + size > limits.chars;

/** Whether a batch of `count` articles and `chars` characters is full (it then goes at once). */
export const isFull = (count: number, chars: number, limits: BatchLimits = BATCH_LIMITS): boolean => count >= limits.articles || chars >= limits.chars;

interface Waiting<A, R> {
  article: A;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

const sizeOf = (article: { text?: unknown }): number => (typeof article.text === 'string' ? article.text.length : 0);

/**
 * Gathers articles into batches for `run` and gives each article its own result. A batch goes as
 * soon as it is full. A batch not yet full goes on the next turn of the event loop if a worker is
 * free (fewer than `concurrency` batches running), so a slow input (a line filter fed line by line)
 * is never held back waiting for a batch to fill; while every worker is busy it waits, and goes
 * when a running batch ends. (Under a slow output, room in the run comes back one article at a
 * time: sending each as its own batch would give up batching just when the run is busiest.) A batch
 * whose run fails as a whole (its worker died) is run again article by article, so that only the
 * article that caused it fails.
 */
export class ArticleBatcher<A extends { text?: unknown }, R> {
  private pending: Waiting<A, R>[] = [];
  private chars = 0;
  private scheduled = false;
  /** Batches sent and not yet done. */
  private running = 0;

  constructor(
    private readonly run: (articles: A[]) => Promise<R[]>,
    private readonly limits: BatchLimits = BATCH_LIMITS,
    /** How many batches can run at once (workers). */
    private readonly concurrency = 1,
  ) {}

  /** The article's result, once its batch has run. */
  add(article: A): Promise<R> {
    const size = sizeOf(article);
    if (this.pending.length > 0 && overflows(this.chars, size, this.limits)) this.flush();
    const result = new Promise<R>((resolve, reject) => this.pending.push({ article, resolve, reject }));
    this.chars += size;
    if (isFull(this.pending.length, this.chars, this.limits)) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        if (this.running < this.concurrency) this.flush();
      });
    }
    return result;
  }

  /** Sends the articles gathered so far as one batch. */
  flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.chars = 0;
    this.send(batch, true);
  }

  private send(batch: Waiting<A, R>[], retry: boolean): void {
    this.running++;
    const ended = () => {
      this.running--;
      // A batch left waiting while every worker was busy goes now.
      if (this.running < this.concurrency) this.flush();
    };
    this.run(batch.map((w) => w.article))
      .finally(ended)
      .then(
        (results) => {
          batch.forEach((w, i) => (i < results.length ? w.resolve(results[i]!) : w.reject(new Error(`the batch gave ${results.length} results for ${batch.length} articles`))));
        },
        (e: unknown) => {
          if (retry && batch.length > 1) for (const w of batch) this.send([w], false);
          else for (const w of batch) w.reject(e);
        },
      );
  }
}
