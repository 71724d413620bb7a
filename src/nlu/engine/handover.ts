/**
 * A LogitsRunner that starts on one engine and hands over to another once that one is ready:
 * the JS engine answers from the first second, onnxruntime takes over when its runtime has
 * started. Each `run` goes whole to one engine; the one handed over from is released.
 */
import type { Batch } from '../encode.ts';
import type { BatchLogits, LogitsRunner } from '../ortSession.ts';

export class HandoverRunner implements LogitsRunner {
  private current: LogitsRunner;
  private released = false;

  constructor(first: LogitsRunner) {
    this.current = first;
  }

  get backend() {
    return this.current.backend;
  }

  run(batch: Batch): Promise<BatchLogits> {
    return this.current.run(batch);
  }

  /** Makes `next` answer from now on and releases the previous engine. */
  async handOver(next: LogitsRunner): Promise<void> {
    if (this.released) {
      await next.release();
      return;
    }
    const previous = this.current;
    this.current = next;
    await previous.release();
  }

  async release(): Promise<void> {
    this.released = true;
    await this.current.release();
  }
}
