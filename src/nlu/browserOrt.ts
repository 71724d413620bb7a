/**
 * How a browser worker gets onnxruntime-web: the CPU-only build (14 MB wasm) for WASM, the
 * JSEP build (WASM + WebGPU) only when WebGPU is tried, each from the app's own file URLs so
 * threaded WASM also works in a production build. The NLU and batch workers use it.
 */
import jsepMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.mjs?url';
import jsepWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import cpuMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import cpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { OrtModule, OrtProvider } from './ortSession.ts';

/** An OrtProvider for a worker, with `threads` WASM threads and no proxy worker. */
export function browserOrtProvider(threads: number): OrtProvider {
  return async (backend) => {
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
