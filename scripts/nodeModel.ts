/**
 * Opens a model folder in Node with onnxruntime-web's WASM backend: the same NluModel,
 * tokenizer and decode code as the browser worker, so tools measure what the app runs.
 */
import * as ort from 'onnxruntime-web';
import { loadAssets } from '../src/nlu/assets.ts';
import { DEFAULT_MODEL_ID } from '../src/nlu/index.ts';
import { fsFetcher } from './node/fsFetcher.ts';
import { createNluModel, type NluModel } from '../src/nlu/nluModel.ts';
import { createOrtRunner, setOrtProvider } from '../src/nlu/ortSession.ts';

/** Default model folder, relative to the repository root. */
export const DEFAULT_MODEL_DIR = `public/models/${DEFAULT_MODEL_ID}`;

/** Loads `dir` with `threads` WASM threads; returns the model and the load time in ms. */
export async function openNodeModel(dir: string, threads = 1): Promise<{ model: NluModel; loadMs: number; bytes: number }> {
  ort.env.wasm.numThreads = threads;
  ort.env.logLevel = 'error';
  setOrtProvider(async () => ort);
  const t0 = performance.now();
  let bytes = 0;
  const assets = await loadAssets(fsFetcher(dir), (p) => {
    if (p.loaded === p.total) bytes += p.loaded;
  });
  const model = createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
  await model.warmup(1);
  return { model, loadMs: performance.now() - t0, bytes };
}
