/**
 * The store's view of the NLU runtime: start loading, parse, and hear about load progress,
 * readiness and failures. The browser app adapts `src/nlu/nluClient` to it
 * (src/app/nluAdapter.ts); unit tests pass a fake.
 */
import type { BackendName, NluResult } from '../nlu/types.ts';

/** What the runtime tells the UI while and after it loads. */
export type NluEvent =
  | { type: 'progress'; /** 0..1, or null when the total is unknown */ fraction: number | null }
  | { type: 'ready'; backend: BackendName; loadMs: number }
  | { type: 'error'; code: string; message: string };

/** The NLU runtime as the store uses it. */
export interface NluPort {
  /** Starts loading the model (idempotent). */
  load(): void;
  /** Parses one utterance; rejects with an error carrying a `code` on failure. */
  parse(text: string, locale: string): Promise<NluResult>;
  /** Registers a listener for load events; returns the unsubscribe function. */
  subscribe(listener: (event: NluEvent) => void): () => void;
}
