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
import { createJsRunner } from '../src/nlu/engine/jsRunner.ts';
import { architectureOf } from '../src/nlu/engine/weights.ts';

/** Default model folder, relative to the repository root. */
export const DEFAULT_MODEL_DIR = `public/models/${DEFAULT_MODEL_ID}`;

/** Which engine runs the model: onnxruntime-web's WASM backend, or the JS engine (src/nlu/engine). */
export type NodeEngine = 'ort' | 'js';

/** Loads `dir` with `threads` WASM threads; returns the model and the load time in ms. */
export async function openNodeModel(dir: string, threads = 1, engine: NodeEngine = 'ort'): Promise<{ model: NluModel; loadMs: number; bytes: number }> {
  ort.env.wasm.numThreads = threads;
  ort.env.logLevel = 'error';
  setOrtProvider(async () => ort);
  const t0 = performance.now();
  let bytes = 0;
  const assets = await loadAssets(fsFetcher(dir), (p) => {
    if (p.loaded === p.total) bytes += p.loaded;
  });
  const arch = architectureOf(assets.config);
  if (engine === 'js' && !arch) throw new Error(`${dir}/config.json has no architecture the JS engine knows`);
  const runner = engine === 'js' && arch ? createJsRunner(assets.onnx, arch, assets.config.max_tokens) : await createOrtRunner(assets.onnx, 'wasm');
  const model = createNluModel(assets, runner);
  await model.warmup(1);
  return { model, loadMs: performance.now() - t0, bytes };
}
