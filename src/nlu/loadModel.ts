/**
 * Loads a model folder into a ready NluModel: fetch with progress, create the session on the
 * chosen backend(s), warm up, and keep the faster one when two were measured. The runtime's
 * wasm compiles while the files download, and the tokenizer is built while the session starts.
 *
 * With `quickStart` (the interactive worker), the model answers first on the project's JS
 * engine (src/nlu/engine), as soon as the files are in, and onnxruntime starts only then, in
 * the background, taking over when it is warm (`onEngine` reports it). On a first visit its
 * 14 MB runtime takes about 2 s to start on this machine's browser; the JS engine needs none,
 * and gives the same figures (the parity test). Started after the JS engine is ready, not
 * beside it, so that the two do not share the two cores during the part people wait for.
 * Environment independent: the worker passes an HTTP fetcher and navigator.gpu.
 */
import { type AssetFetcher, loadOnnx, loadTextAssets, type TextAssets } from './assets.ts';
import { backendCandidates, type GpuLike, pickFaster } from './backend.ts';
import { type Architecture, architectureOf } from './engine/weights.ts';
import { createJsRunner } from './engine/jsRunner.ts';
import { HandoverRunner } from './engine/handover.ts';
import { NluError, toNluError } from './errors.ts';
import { createNluModel, createTokenizer, type NluModel } from './nluModel.ts';
import { createOrtRunner, type LogitsRunner, prewarmOrt } from './ortSession.ts';
import type { BackendPreference, EngineUpdate, LoadStage, LoadTimeline, ReadyInfo } from './protocol.ts';
import type { BackendName } from './types.ts';
import type { WordTokenizer } from './encode.ts';

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
  /** Answer on the JS engine until onnxruntime is ready (when the model's architecture allows). */
  quickStart?: boolean;
  /** With `quickStart`: called once onnxruntime has taken over, or has failed and the JS engine stays. */
  onEngine?: (update: EngineUpdate) => void;
}

/** A promise whose rejection is handled later (avoids "unhandled rejection" in between). */
function deferred<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** The onnxruntime backend chosen among the candidates, warm. */
interface OrtChoice {
  runner: LogitsRunner;
  backend: BackendName;
  backendReason: string;
  warmupMs: number;
}

/**
 * Creates and warms up a session on each candidate backend (timing them when there are two)
 * and keeps the fastest; the others are released.
 */
async function chooseOrt(
  text: TextAssets,
  tokenizer: WordTokenizer,
  candidates: BackendName[],
  reason: string,
  runnerFor: (b: BackendName) => Promise<LogitsRunner>,
  onWarmup: () => void,
): Promise<OrtChoice> {
  const measured: { model: NluModel; ms: number }[] = [];
  let lastError: NluError | null = null;
  for (const backend of candidates) {
    try {
      const model = createNluModel(text, await runnerFor(backend), tokenizer);
      onWarmup();
      // NOTE: timed runs only matter when two backends compete; one cold run always happens.
      measured.push({ model, ms: await model.warmup(candidates.length > 1 ? 3 : 1) });
    } catch (e) {
      lastError = toNluError(e, 'backend-failed');
      if (lastError.code === 'model-corrupt') throw lastError;
    }
  }
  if (measured.length === 0) throw lastError ?? new NluError('backend-failed', 'no backend could run the model');
  const winner = pickFaster(measured.map((m) => ({ backend: m.model.runner.backend as BackendName, ms: m.ms })));
  const chosen = measured.find((m) => m.model.runner.backend === winner)!;
  for (const m of measured) if (m !== chosen) await m.model.runner.release();
  const timing = measured.map((m) => `${m.model.runner.backend} ${m.ms.toFixed(2)} ms`).join(', ');
  return {
    runner: chosen.model.runner,
    backend: winner,
    backendReason: measured.length > 1 ? `${reason}: ${timing}` : lastError ? `${reason}; ${lastError.message}` : reason,
    warmupMs: chosen.ms,
  };
}

/** The JS engine on the model's bytes, or why it cannot run this model. */
function tryJsEngine(onnx: Uint8Array, arch: Architecture | null, maxTokens: number): LogitsRunner | string {
  if (!arch) return 'config.json has no architecture the JS engine knows';
  try {
    return createJsRunner(onnx, arch, maxTokens);
  } catch (e) {
    return `the JS engine cannot run this model: ${(e as Error).message}`;
  }
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
  if (!opts.quickStart) runnerFor(candidates[0]!);
  const text = await textP;
  // NOTE: building the tokenizer holds this thread for about 0.2 s, and the model's bytes are
  // read on it as they stream in: with the JS engine, which needs both, the download finishes
  // first. onnxruntime's session, by contrast, is started above and builds while this runs.
  if (opts.quickStart) await onnxP;
  const tokenizer = createTokenizer(text);
  mark('tokenizer');
  const onnx = await onnxP;
  const bytes = [...perFile.values()].reduce((a, f) => a + f.loaded, 0);
  const stage = (s: LoadStage) => opts.onProgress?.({ stage: s, file: null, loaded: bytes, total: bytes });
  const common = {
    modelId: text.config.model_id,
    labels: text.labels,
    locales: Array.isArray(text.config.locales) ? text.config.locales.filter((l): l is string => typeof l === 'string') : [],
    timeline,
  };

  const js = opts.quickStart ? tryJsEngine(onnx, architectureOf(text.config), text.config.max_tokens) : 'not asked for';
  if (typeof js !== 'string') {
    const runner = new HandoverRunner(js);
    const model = createNluModel(text, runner, tokenizer);
    stage('warmup');
    // One cold run compiles the engine's code; a timed one would only delay `ready`.
    const warmupMs = await model.warmup(0);
    mark('jsEngine');
    const ortReason = `${reason}, onnxruntime (${candidates[0]}) starting`;
    void chooseOrt(text, tokenizer, candidates, reason, runnerFor, () => undefined).then(
      async (ort) => {
        await runner.handOver(ort.runner);
        mark('warmup');
        opts.onEngine?.({ backend: ort.backend, backendReason: ort.backendReason, threads: ort.backend === 'wasm' ? opts.threads : 1, warmupMs: ort.warmupMs, timeline });
      },
      (e: unknown) => {
        // The JS engine keeps answering: slower per utterance, same results.
        const why = toNluError(e, 'backend-failed').message;
        opts.onEngine?.({ backend: 'js', backendReason: `onnxruntime could not start (${why}); the JS engine answers`, threads: 1, warmupMs, timeline });
      },
    );
    return { model, info: { ...common, backend: 'js', backendReason: `the JS engine answers while ${ortReason}`, threads: 1, loadMs: performance.now() - t0, warmupMs } };
  }

  runnerFor(candidates[0]!);
  stage('session');
  const ort = await chooseOrt(text, tokenizer, candidates, reason, runnerFor, () => stage('warmup'));
  mark('warmup');
  // Why the quick start was not taken, when it was asked for (a model of another architecture).
  const backendReason = opts.quickStart ? `${ort.backendReason}; ${js}` : ort.backendReason;
  return {
    model: createNluModel(text, ort.runner, tokenizer),
    info: { ...common, backend: ort.backend, backendReason, threads: ort.backend === 'wasm' ? opts.threads : 1, loadMs: performance.now() - t0, warmupMs: ort.warmupMs },
  };
}
