/**
 * Public face of the NLU for the app: the shared client (one worker per page) and the types
 * the UI needs. Components and the store import from here, never from the worker files.
 */
import { backendFromQuery } from './backend.ts';
import { NluClient, type WorkerLike } from './nluClient.ts';

export type { NluErrorCode } from './errors.ts';
export { NluError } from './errors.ts';
export type { NluClient, NluEvent } from './nluClient.ts';
export type { BackendPreference, LoadStage, ReadyInfo } from './protocol.ts';
export type { BackendName, IntentScore, ModelLabels, NluResult, SlotSpan, Word } from './types.ts';

/** Id of the model the app ships (folder under public/models/). */
export const DEFAULT_MODEL_ID = 'polyvox-nlu-v1';

/** URL of a model folder served by the app itself. */
export function modelUrl(modelId: string = DEFAULT_MODEL_ID): string {
  return `${import.meta.env.BASE_URL}models/${modelId}/`;
}

let shared: NluClient | null = null;

/** Starts the module worker and adapts it to the client's `WorkerLike`. */
function startBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./nlu.worker.ts', import.meta.url), { type: 'module', name: 'polyvox-nlu' });
  const like: WorkerLike = {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (event) => like.onmessage?.(event);
  worker.onerror = (event) => like.onerror?.(event);
  worker.onmessageerror = () => like.onerror?.({ message: 'the NLU worker sent an unreadable message' });
  return like;
}

/**
 * The page's NLU client, created on first use. The backend follows `?backend=wasm|webgpu`
 * (automatic otherwise); `?model=<id>` picks another folder under public/models/;
 * `?threads=<n>` caps the WASM threads (for benchmarks).
 */
export function getNluClient(): NluClient {
  const params = new URLSearchParams(window.location.search);
  shared ??= new NluClient({
    modelUrl: modelUrl(params.get('model') ?? DEFAULT_MODEL_ID),
    backend: backendFromQuery(window.location.search),
    threads: Number(params.get('threads')) || undefined,
    createWorker: startBrowserWorker,
  });
  return shared;
}
