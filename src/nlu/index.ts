/**
 * Public face of the NLU for the app: a factory for browser clients (each with its own
 * worker; whoever builds a runtime owns its client — there is no page-wide one) and the types
 * the UI needs. Components and the store import from here, never from the worker files.
 */
import { backendFromQuery } from './backend.ts';
import { NluClient, type WorkerLike } from './nluClient.ts';
import type { BackendPreference } from './protocol.ts';

export type { NluErrorCode } from './errors.ts';
export { NluError } from './errors.ts';
export type { NluClient, NluEvent } from './nluClient.ts';
export type { BackendPreference, LoadStage, ReadyInfo } from './protocol.ts';
export type { BackendName, IntentScore, ModelLabels, NluResult, SlotSpan, Word } from './types.ts';

/** Id of the model the app ships (folder under public/models/). */
export const DEFAULT_MODEL_ID = 'polyvox-nlu-v12';

/** URL of a model folder served by the app itself. */
export function modelUrl(modelId: string = DEFAULT_MODEL_ID): string {
  return `${import.meta.env.BASE_URL}models/${modelId}/`;
}

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
 * A new NLU client with its own worker. The backend follows `?backend=wasm|webgpu` in
 * `search` (automatic otherwise); `?model=<id>` picks another folder under public/models/;
 * `?threads=<n>` caps the WASM threads (for benchmarks).
 */
export function createBrowserNluClient(search: string = window.location.search): NluClient {
  const params = new URLSearchParams(search);
  return createNluClientAt(modelUrl(params.get('model') ?? DEFAULT_MODEL_ID), {
    backend: backendFromQuery(search),
    threads: Number(params.get('threads')) || undefined,
  });
}

/**
 * A new NLU client with its own worker for the model folder at `folderUrl` (absolute, ending
 * in `/`): an embed on another page passes the folder next to its own script.
 */
export function createNluClientAt(folderUrl: string, options: { backend?: BackendPreference; threads?: number } = {}): NluClient {
  return new NluClient({
    modelUrl: folderUrl,
    backend: options.backend ?? 'auto',
    threads: options.threads,
    createWorker: startBrowserWorker,
  });
}
