/**
 * The batch evaluation worker: loads the model once, the way the NLU worker does
 * (`loadModel` over HTTP, onnxruntime-web's own files), always on WASM so the figures are the
 * CLI's, then runs one picked file at a time (runBatch.ts) and posts progress per batch.
 * The page cancels a run by terminating this worker.
 */
import { httpFetcher } from '../nlu/assets.ts';
import { browserOrtProvider } from '../nlu/browserOrt.ts';
import { wasmThreads } from '../nlu/backend.ts';
import { toNluError } from '../nlu/errors.ts';
import { loadModel } from '../nlu/loadModel.ts';
import type { NluModel } from '../nlu/nluModel.ts';
import { setOrtProvider } from '../nlu/ortSession.ts';
import { type BatchRunRequest, type BatchWorkerRequest, type BatchWorkerResponse } from './protocol.ts';
import { BatchRunError, runBatch } from './runBatch.ts';

/** The slice of the worker global scope this file uses (the DOM lib lacks worker typings). */
interface WorkerScope {
  postMessage(message: BatchWorkerResponse): void;
  onmessage: ((event: MessageEvent<BatchWorkerRequest>) => void) | null;
  crossOriginIsolated?: boolean;
  navigator: { hardwareConcurrency?: number };
}

const scope = self as unknown as WorkerScope;
const post = (message: BatchWorkerResponse) => scope.postMessage(message);

let instance: Promise<{ model: NluModel; loadMs: number }> | null = null;

async function load(modelUrl: string, wanted: number | undefined): Promise<{ model: NluModel; loadMs: number }> {
  const cores = scope.navigator.hardwareConcurrency;
  const allowed = wasmThreads(Boolean(scope.crossOriginIsolated), cores);
  // NOTE: one core is left to the page (its own NLU worker, the UI): on 2 cores a 1-thread batch
  // ran 2,033 utterances in 11 s against 14-18 s with 2 threads spinning beside the page's worker.
  const threads = Math.min(allowed, wanted ?? Math.max(1, (cores ?? 1) - 1));
  setOrtProvider(browserOrtProvider(threads));
  const files = new Map<string, { loaded: number; total: number | null }>();
  const { model, info } = await loadModel({
    fetcher: httpFetcher(new URL(modelUrl, self.location.href).href),
    // NOTE: WASM as in `npm run eval`; WebGPU's float results may differ in the last bits.
    preference: 'wasm',
    threads,
    onProgress: (p) => {
      if (p.stage !== 'fetch' || !p.file) return;
      files.set(p.file, { loaded: p.loaded, total: p.total });
      const all = [...files.values()];
      const known = all.every((f) => f.total !== null);
      post({ type: 'loading', loaded: all.reduce((a, f) => a + f.loaded, 0), total: known ? all.reduce((a, f) => a + (f.total ?? 0), 0) : null });
    },
  });
  return { model, loadMs: info.loadMs };
}

async function run(req: BatchRunRequest): Promise<void> {
  instance ??= load(req.modelUrl, req.threads);
  let loaded: { model: NluModel; loadMs: number };
  try {
    loaded = await instance;
  } catch (e) {
    instance = null;
    post({ type: 'failed', stage: 'model', message: toNluError(e).message, file: null });
    return;
  }
  post({ type: 'reading' });
  try {
    const outcome = await runBatch(loaded.model, req.file, req.name, {
      partitions: req.partitions,
      batchSize: req.batchSize,
      knownLocales: req.knownLocales,
      modelDir: req.modelUrl,
      loadMs: loaded.loadMs,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'done', outcome });
  } catch (e) {
    post({ type: 'failed', stage: 'run', message: e instanceof Error ? e.message : String(e), file: e instanceof BatchRunError ? e.file : null });
  }
}

// One kind of request for now (`run`); a second one turns BatchWorkerRequest into a union
// and this into a switch ending in assertNever.
scope.onmessage = (event) => void run(event.data);
