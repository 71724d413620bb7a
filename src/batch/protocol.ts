/**
 * The messages between the batch panel (batchClient.ts) and its worker (batch.worker.ts):
 * one run at a time; a cancel terminates the worker. Both sides switch over these unions and
 * end with `assertNever`, so a new message is a compile error until both handle it.
 */
import type { EvalProgress } from '../nlu/evalCore.ts';
import type { BatchOutcome, FileSummary } from './types.ts';

/** Main thread → worker: evaluate `file`. */
export interface BatchRunRequest {
  type: 'run';
  file: Blob;
  /** The file's name, for the report and error messages. */
  name: string;
  /** URL of the model folder, ending in `/`. */
  modelUrl: string;
  /** Partitions to score; null: every partition but `train` (as `npm run eval`). */
  partitions: string[] | null;
  batchSize: number;
  /** The locales the model knows; records of others are reported and skipped. */
  knownLocales: string[];
  /** WASM threads wanted (`?threads=`, as for the NLU worker); capped at what isolation allows. */
  threads?: number | undefined;
}

export type BatchWorkerRequest = BatchRunRequest;

/** Worker → main thread. */
export type BatchWorkerResponse =
  /** The model is loading: bytes so far of all its files (total null until every size is known). */
  | { type: 'loading'; loaded: number; total: number | null }
  /** The model is ready; the file is being read. */
  | { type: 'reading' }
  | ({ type: 'progress' } & EvalProgress)
  | { type: 'done'; outcome: BatchOutcome }
  /** The run failed as a whole; `file` says what was read when the file was the reason. */
  | { type: 'failed'; stage: 'model' | 'run'; message: string; file: FileSummary | null };

/** Exhaustiveness check for switches over the unions above. */
export function assertNever(x: never): never {
  throw new Error(`unexpected batch message: ${JSON.stringify(x)}`);
}
