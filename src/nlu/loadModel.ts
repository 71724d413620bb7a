/**
 * Loads a model folder into a ready NluModel: fetch with progress, create the session on the
 * chosen backend(s), warm up, and keep the faster one when two were measured. The runtime's
 * wasm compiles while the files download, and the tokenizer is built while the session starts.
 * Environment independent: the worker passes an HTTP fetcher and navigator.gpu.
 */
import { type AssetFetcher, loadOnnx, loadTextAssets } from './assets.ts';
import { backendCandidates, type GpuLike, pickFaster } from './backend.ts';
import { NluError, toNluError } from './errors.ts';
import { createNluModel, createTokenizer, type NluModel } from './nluModel.ts';
import { createOrtRunner, type LogitsRunner, prewarmOrt } from './ortSession.ts';
import type { BackendPreference, LoadStage, LoadTimeline, ReadyInfo } from './protocol.ts';
import type { BackendName } from './types.ts';

/**
 * Loading progress. In the `fetch` stage `loaded`/`total` are the bytes of `file` (total null
 * when the server gave no size); in the later stages `file` is null and both are the bytes of
 * all files.
 */
export interface LoadProgress {
  stage: LoadStage;
  file: string | null;
  loaded: number;
  total: number | null;
}

/** Options of `loadModel`. */
export interface LoadModelOptions {
  fetcher: AssetFetcher;
  preference: BackendPreference;
  gpu?: GpuLike | undefined;
  threads: number;
  onProgress?: (p: LoadProgress) => void;
}

/** A promise whose rejection is handled later (avoids "unhandled rejection" in between). */
function deferred<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Loads, warms up and returns the model with what the UI should report about it. */
export async function loadModel(opts: LoadModelOptions): Promise<{ model: NluModel; info: ReadyInfo }> {
  const t0 = performance.now();
  const timeline: LoadTimeline = {};
  const mark = (part: keyof LoadTimeline) => {
    timeline[part] ??= Math.round(performance.now() - t0);
  };
  const perFile = new Map<string, { loaded: number; total: number | null }>();
  const onFile = (p: { file: string; loaded: number; total: number | null }) => {
    perFile.set(p.file, { loaded: p.loaded, total: p.total });
    opts.onProgress?.({ stage: 'fetch', file: p.file, loaded: p.loaded, total: p.total });
  };
  const textP = deferred(loadTextAssets(opts.fetcher, onFile).then((t) => (mark('textAssets'), t)));
  const onnxP = deferred(loadOnnx(opts.fetcher, onFile).then((b) => (mark('onnxFetched'), b)));
  const { candidates, reason } = await backendCandidates(opts.preference, opts.gpu);
  const runners = new Map<BackendName, Promise<LogitsRunner>>();
  const runnerFor = (backend: BackendName) => {
    if (!runners.has(backend)) {
      const ready = Promise.all([onnxP, prewarmOrt(backend).then(() => mark('ortInit'))]);
      runners.set(backend, deferred(ready.then(([bytes]) => createOrtRunner(bytes, backend)).then((r) => (mark('session'), r))));
    }
    return runners.get(backend)!;
  };
  runnerFor(candidates[0]!);
  const text = await textP;
  const tokenizer = createTokenizer(text);
  mark('tokenizer');
  await onnxP;
  const bytes = [...perFile.values()].reduce((a, f) => a + f.loaded, 0);
  opts.onProgress?.({ stage: 'session', file: null, loaded: bytes, total: bytes });

  const measured: { model: NluModel; ms: number }[] = [];
  let lastError: NluError | null = null;
  for (const backend of candidates) {
    try {
      const model = createNluModel(text, await runnerFor(backend), tokenizer);
      opts.onProgress?.({ stage: 'warmup', file: null, loaded: bytes, total: bytes });
      // NOTE: timed runs only matter when two backends compete; one cold run always happens.
      measured.push({ model, ms: await model.warmup(candidates.length > 1 ? 3 : 1) });
    } catch (e) {
      lastError = toNluError(e, 'backend-failed');
      if (lastError.code === 'model-corrupt') throw lastError;
    }
  }
  if (measured.length === 0) throw lastError ?? new NluError('backend-failed', 'no backend could run the model');
  const winner = pickFaster(measured.map((m) => ({ backend: m.model.runner.backend, ms: m.ms })));
  const chosen = measured.find((m) => m.model.runner.backend === winner)!;
  mark('warmup');
  for (const m of measured) if (m !== chosen) await m.model.runner.release();
  const timing = measured.map((m) => `${m.model.runner.backend} ${m.ms.toFixed(2)} ms`).join(', ');
  return {
    model: chosen.model,
    info: {
      backend: winner,
      backendReason: measured.length > 1 ? `${reason}: ${timing}` : lastError ? `${reason}; ${lastError.message}` : reason,
      threads: winner === 'wasm' ? opts.threads : 1,
      modelId: text.config.model_id,
      labels: text.labels,
      locales: Array.isArray(text.config.locales) ? text.config.locales.filter((l): l is string => typeof l === 'string') : [],
      loadMs: performance.now() - t0,
      warmupMs: chosen.ms,
      timeline,
    },
  };
}
