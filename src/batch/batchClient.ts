/**
 * The main thread's handle on the batch worker: `run(request, onEvent)` resolves with the
 * outcome, `cancel()` terminates the worker at once (a run is many batches; a flag checked
 * between them would leave a batch of 64 running) and the next run starts a new one. The
 * model stays loaded between runs that are not cancelled. One client per panel, never shared.
 */
import type { BatchRunRequest, BatchWorkerRequest, BatchWorkerResponse } from './protocol.ts';
import { assertNever } from './protocol.ts';
import type { BatchOutcome, FileSummary } from './types.ts';

/** The part of a Worker the client uses (a fake in tests). */
export interface BatchWorkerLike {
  postMessage(message: BatchWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: BatchWorkerResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

/** A run that did not give a report. */
export class BatchFailure extends Error {
  constructor(
    readonly stage: 'model' | 'run' | 'worker' | 'cancelled',
    message: string,
    readonly file: FileSummary | null = null,
  ) {
    super(message);
    this.name = 'BatchFailure';
  }
}

/** Progress events of a run (everything but its end). */
export type BatchEvent = Exclude<BatchWorkerResponse, { type: 'done' } | { type: 'failed' }>;

/** Starts the batch worker as a module worker of its own. */
export function startBatchWorker(): BatchWorkerLike {
  return new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module', name: 'polyvox-batch' }) as unknown as BatchWorkerLike;
}

/** Runs batch evaluations one at a time on a worker it owns. */
export class BatchClient {
  private worker: BatchWorkerLike | null = null;
  private settle: ((outcome: BatchOutcome | BatchFailure) => void) | null = null;

  constructor(private readonly createWorker: () => BatchWorkerLike = startBatchWorker) {}

  /** Evaluates `request.file`; a run already going is cancelled first. */
  run(request: Omit<BatchRunRequest, 'type'>, onEvent: (event: BatchEvent) => void): Promise<BatchOutcome> {
    this.cancel();
    const worker = (this.worker ??= this.createWorker());
    return new Promise<BatchOutcome>((resolve, reject) => {
      this.settle = (result) => {
        this.settle = null;
        if (result instanceof BatchFailure) reject(result);
        else resolve(result);
      };
      worker.onmessage = ({ data }) => {
        switch (data.type) {
          case 'loading':
          case 'reading':
          case 'progress':
            onEvent(data);
            return;
          case 'done':
            this.settle?.(data.outcome);
            return;
          case 'failed':
            this.settle?.(new BatchFailure(data.stage, data.message, data.file));
            return;
          default:
            assertNever(data);
        }
      };
      worker.onerror = (event) => {
        // Handled here: not to be reported again as an uncaught error of the page.
        event.preventDefault?.();
        this.dropWorker();
        this.settle?.(new BatchFailure('worker', event.message || 'the batch worker stopped'));
      };
      worker.postMessage({ type: 'run', ...request });
    });
  }

  /** Stops the run in progress, if any (its promise rejects with stage `cancelled`). */
  cancel(): void {
    if (!this.settle) return;
    this.dropWorker();
    this.settle(new BatchFailure('cancelled', 'cancelled'));
  }

  /** Ends the worker (the panel unmounts). */
  dispose(): void {
    this.cancel();
    this.dropWorker();
  }

  private dropWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
