/**
 * The store's view of the NLU runtime: start loading, parse, and hear about load progress,
 * readiness and failures. The browser app adapts `src/nlu/nluClient` to it
 * (src/app/nluAdapter.ts); unit tests pass a fake.
 */
import type { EngineName, NluResult } from '../nlu/types.ts';

/** What the runtime tells the UI while and after it loads. */
export type NluEvent =
  | { type: 'progress'; stage: LoadStage; /** 0..1, or null when the total is unknown */ fraction: number | null }
  | { type: 'ready'; info: RuntimeInfo }
  /** Loading failed for good (missing or corrupt model, repeated crashes). */
  | { type: 'error'; code: string; message: string }
  /** The runtime crashed and is restarting; `ready` follows when it is back. */
  | { type: 'restart'; reason: string };

/** Phase of model loading: downloading files, creating the session, warming up. */
export type LoadStage = 'fetch' | 'session' | 'warmup';

/** What the runtime reports once the model is ready. */
export interface RuntimeInfo {
  backend: EngineName;
  /** Why this backend was chosen. */
  backendReason: string;
  /** WASM threads in use. */
  threads: number;
  modelId: string;
  /** Milliseconds from the start of loading to ready. */
  loadMs: number;
}

/** The NLU runtime as the store uses it. */
export interface NluPort {
  /** Starts loading the model (idempotent). */
  load(): void;
  /** Parses one utterance; rejects with an error carrying a `code` on failure. */
  parse(text: string, locale: string): Promise<NluResult>;
  /** Registers a listener for load events; returns the unsubscribe function. */
  subscribe(listener: (event: NluEvent) => void): () => void;
}
