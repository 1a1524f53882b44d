import { once } from 'node:events';

/** Raised when the output cannot be written (a full disk, a closed pipe, …). */
export class OutputError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.name = 'OutputError';
  }
}

/** Text held before it is handed to the stream at once, UTF-16 units. */
const FLUSH_CHARS = 64 * 1024;

/**
 * Writes text to a stream, waiting whenever the stream asks to (so a slow reader never makes
 * the whole output pile up in memory), and turns the stream's errors into OutputErrors.
 *
 * Texts written in the same turn of the event loop (a worker's batch of records settles at once)
 * go to the stream as one write, at the end of that turn or once 64 K characters are held: one
 * write a record cost a file write on libuv's threads and a wake-up of this thread for each, and with
 * two workers on two cores that time is taken from the workers. Nothing waits for later input: what
 * a turn wrote is handed to the stream before the next turn reads more.
 */
export class Sink {
  private error: Error | undefined;
  private readonly onError = (e: Error) => {
    this.error ??= e;
  };
  private held: string[] = [];
  private heldChars = 0;
  private flushQueued = false;
  /** Set while the stream has asked the writer to wait. */
  private drained: Promise<void> | undefined;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly owned: boolean,
  ) {
    stream.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    if (this.error) throw new OutputError(this.error);
    if (!text) return;
    if (this.drained) await this.drained;
    this.held.push(text);
    this.heldChars += text.length;
    if (this.heldChars >= FLUSH_CHARS) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(this.flushQueuedText);
    }
    if (this.drained) await this.drained;
    if (this.error) throw new OutputError(this.error);
  }

  private readonly flushQueuedText = () => {
    this.flushQueued = false;
    this.flush();
  };

  /** Hands the held text to the stream; if the stream asks to wait, later writes wait for 'drain'. */
  private flush(): void {
    if (this.heldChars === 0 || this.error) return;
    const text = this.held.length === 1 ? this.held[0]! : this.held.join('');
    this.held = [];
    this.heldChars = 0;
    try {
      if (!this.stream.write(text) && !this.drained) {
        this.drained = once(this.stream as unknown as NodeJS.EventEmitter, 'drain').then(
          () => {
            this.drained = undefined;
          },
          (e: Error) => {
            this.error ??= e;
            this.drained = undefined;
          },
        );
      }
    } catch (e) {
      this.error ??= e as Error;
    }
  }

  /**
   * Hands everything held to the stream, ends it if the sink owns it (a --out file), and waits until
   * everything is written.
   */
  async close(): Promise<void> {
    this.flush();
    if (this.drained) await this.drained;
    // The error listener stays: a closed pipe may still report an error after the run.
    try {
      if (this.owned && !this.error) {
        const finished = once(this.stream as unknown as NodeJS.EventEmitter, 'finish');
        this.stream.end();
        await finished;
      }
    } catch (e) {
      this.error ??= e as Error;
    }
    if (this.error) throw new OutputError(this.error);
  }
}
