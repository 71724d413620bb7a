/**
 * The NLU Web Worker: loads the model once (`instance ??= load()`), forwards progress, warms
 * up before `ready`, and answers parse requests by id. onnxruntime-web's own .mjs/.wasm are
 * served by the app (imported as URLs) so threaded WASM also works in a production build.
 */
import jsepMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.mjs?url';
import jsepWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import cpuMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import cpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { httpFetcher } from './assets.ts';
import { type GpuLike, wasmThreads } from './backend.ts';
import { NluError, toNluError } from './errors.ts';
import { loadModel } from './loadModel.ts';
import type { NluModel } from './nluModel.ts';
import { type OrtModule, setOrtProvider } from './ortSession.ts';
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

/**
 * The CPU-only build (14 MB wasm) for WASM; the JSEP build (28 MB, WASM + WebGPU) only when
 * WebGPU is tried. Compiling the smaller wasm roughly thirds session creation time here.
 */
function ortProvider(threads: number) {
  return async (backend: 'wasm' | 'webgpu'): Promise<OrtModule> => {
    const webgpu = backend === 'webgpu';
    const ort: OrtModule = webgpu ? await import('onnxruntime-web') : await import('onnxruntime-web/wasm');
    // NOTE: without real file URLs, threaded sessions in a production build never resolve
    // (the thread workers would boot from the app bundle). See ../shared/docs/RECIPES.md.
    ort.env.wasm.wasmPaths = webgpu ? { mjs: jsepMjsUrl, wasm: jsepWasmUrl } : { mjs: cpuMjsUrl, wasm: cpuWasmUrl };
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.proxy = false;
    return ort;
  };
}

function load(options: LoadOptions): Promise<{ model: NluModel; info: ReadyInfo }> {
  const allowed = wasmThreads(Boolean(scope.crossOriginIsolated), scope.navigator.hardwareConcurrency);
  const threads = Math.min(allowed, options.threads ?? allowed);
  setOrtProvider(ortProvider(threads));
  const modelUrl = new URL(options.modelUrl, self.location.href).href;
  return loadModel({
    fetcher: httpFetcher(modelUrl),
    preference: options.backend,
    gpu: scope.navigator.gpu,
    threads,
    onProgress: (p) => post({ type: 'progress', ...p }),
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
