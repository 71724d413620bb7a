/**
 * The NLU Web Worker: loads the model once (`instance ??= load()`), forwards progress, warms
 * up before `ready`, and answers parse requests by id. onnxruntime-web comes through
 * `browserOrtProvider` (browserOrt.ts), as in the batch worker.
 */
import { httpFetcher } from './assets.ts';
import { type GpuLike, interactiveThreads, wasmThreads } from './backend.ts';
import { browserOrtProvider } from './browserOrt.ts';
import { NluError, toNluError } from './errors.ts';
import { loadModel } from './loadModel.ts';
import type { NluModel } from './nluModel.ts';
import { setOrtProvider } from './ortSession.ts';
import { assertNever, type LoadOptions, type ReadyInfo, type WorkerRequest, type WorkerResponse } from './protocol.ts';

/** The slice of the worker global scope this file uses (the DOM lib lacks worker typings). */
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  crossOriginIsolated?: boolean;
  navigator: { hardwareConcurrency?: number; gpu?: GpuLike };
}

const scope = self as unknown as WorkerScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

let instance: Promise<{ model: NluModel; info: ReadyInfo }> | null = null;

function load(options: LoadOptions): Promise<{ model: NluModel; info: ReadyInfo }> {
  const allowed = wasmThreads(Boolean(scope.crossOriginIsolated), scope.navigator.hardwareConcurrency);
  const threads = interactiveThreads(allowed, options.threads);
  setOrtProvider(browserOrtProvider(threads));
  const modelUrl = new URL(options.modelUrl, self.location.href).href;
  return loadModel({
    fetcher: httpFetcher(modelUrl),
    preference: options.backend,
    gpu: scope.navigator.gpu,
    threads,
    onProgress: (p) => post({ type: 'progress', ...p }),
    // The interactive worker answers on the JS engine until onnxruntime is warm (loadModel.ts).
    quickStart: true,
    onEngine: (update) => post({ type: 'engine', update }),
  });
}

async function handle(msg: WorkerRequest): Promise<void> {
  switch (msg.type) {
    case 'load': {
      instance ??= load(msg.options);
      try {
        post({ type: 'ready', info: (await instance).info });
      } catch (e) {
        instance = null;
        const err = toNluError(e);
        post({ type: 'error', id: null, code: err.code, message: err.message });
      }
      return;
    }
    case 'parse': {
      try {
        if (!instance) throw new NluError('not-loaded', 'the model is not loaded yet');
        const { model } = await instance;
        post({ type: 'result', id: msg.id, result: await model.parse(msg.text, msg.locale) });
      } catch (e) {
        const err = toNluError(e);
        post({ type: 'error', id: msg.id, code: err.code, message: err.message });
      }
      return;
    }
    default:
      assertNever(msg);
  }
}

scope.onmessage = (event) => {
  void handle(event.data);
};
