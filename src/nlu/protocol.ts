/**
 * The typed message protocol between the main thread (nluClient.ts) and the NLU worker
 * (nlu.worker.ts). Both sides switch over these discriminated unions and end every switch
 * with `assertNever`, so adding a message type is a compile error until both handle it.
 */
import type { NluErrorCode } from './errors.ts';
import type { BackendName, EngineName, ModelLabels, NluResult } from './types.ts';

/** Backend wish: a fixed backend (URL override) or automatic choice. */
export type BackendPreference = BackendName | 'auto';

/** What the worker needs to load a model. */
export interface LoadOptions {
  /** URL of the model folder, ending in `/`. */
  modelUrl: string;
  backend: BackendPreference;
  /** WASM threads wanted (`?threads=` for benchmarks); capped at what isolation allows. */
  threads?: number;
}

/** Main thread → worker. */
export type WorkerRequest =
  | { type: 'load'; options: LoadOptions }
  | { type: 'parse'; id: number; text: string; locale: string };

/** Phase of model loading. */
export type LoadStage = 'fetch' | 'session' | 'warmup';

/** Details reported once the model is ready. */
export interface ReadyInfo {
  /** What answers now: `js` until onnxruntime takes over (an `engine` message then says so). */
  backend: EngineName;
  /** Why this backend was chosen (override, no adapter, measured faster, ...). */
  backendReason: string;
  /** WASM threads in use (1 without cross-origin isolation). */
  threads: number;
  modelId: string;
  labels: ModelLabels;
  /** The locales the model was trained on (`config.locales`). */
  locales: string[];
  /** Fetch + session + warm-up, in ms. */
  loadMs: number;
  /** Mean warm-up inference time, in ms. */
  warmupMs: number;
  /**
   * When each part of loading finished, in ms from its start (the parts overlap): what a
   * slow start is spent on. `ortInit`: the runtime's wasm fetched, compiled and started.
   */
  timeline: LoadTimeline;
}

/** Milestones of one load, ms from its start; a part not reached is absent. */
export interface LoadTimeline {
  textAssets?: number;
  tokenizer?: number;
  onnxFetched?: number;
  /** The JS engine answered its first utterance (the model is ready from here). */
  jsEngine?: number;
  ortInit?: number;
  session?: number;
  /** onnxruntime's warm-up done: the model is ready on it (with the JS engine first: it took over). */
  warmup?: number;
}

/** The engine that answers changed after `ready` (onnxruntime took over from the JS engine, or failed to). */
export type EngineUpdate = Pick<ReadyInfo, 'backend' | 'backendReason' | 'threads' | 'warmupMs' | 'timeline'>;

/** Worker → main thread. */
export type WorkerResponse =
  /** `fetch`: bytes of `file` so far (total null if unknown); later stages: all bytes, file null. */
  | { type: 'progress'; stage: LoadStage; file: string | null; loaded: number; total: number | null }
  | { type: 'ready'; info: ReadyInfo }
  | { type: 'engine'; update: EngineUpdate }
  | { type: 'result'; id: number; result: NluResult }
  | { type: 'error'; id: number | null; code: NluErrorCode; message: string };

/** Exhaustiveness check for switches over the unions above. */
export function assertNever(x: never): never {
  throw new Error(`unexpected message: ${JSON.stringify(x)}`);
}
