import { once } from 'node:events';

/** Raised when the output cannot be written (a full disk, a closed pipe, …). */
export class OutputError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.name = 'OutputError';
  }
}

/**
 * Writes text to a stream, waiting whenever the stream asks to (so a slow reader never makes
 * the whole output pile up in memory), and turns the stream's errors into OutputErrors.
 */
export class Sink {
  private error: Error | undefined;
  private readonly onError = (e: Error) => {
    this.error ??= e;
  };

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly owned: boolean,
  ) {
    stream.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    if (this.error) throw new OutputError(this.error);
    if (!text) return;
    try {
      if (!this.stream.write(text)) await once(this.stream as unknown as NodeJS.EventEmitter, 'drain');
    } catch (e) {
      this.error ??= e as Error;
    }
    if (this.error) throw new OutputError(this.error);
  }

  /** Ends the stream if the sink owns it (a --out file), and waits until everything is written. */
  async close(): Promise<void> {
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
