/** loadModel on the fixture folder: progress order, backend report, errors surfaced. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fsFetcher } from '../../scripts/node/fsFetcher.ts';
import { DEFAULT_MODEL_ID } from './index.ts';
import { type LoadProgress, loadModel } from './loadModel.ts';
import { setOrtProvider } from './ortSession.ts';
import type { EngineUpdate } from './protocol.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'tiny-model');
const SHIPPED = join(import.meta.dirname, '..', '..', 'public', 'models', DEFAULT_MODEL_ID);

/** Resolves with the first engine update `loadModel` reports. */
function engineUpdate(): { onEngine: (u: EngineUpdate) => void; next: Promise<EngineUpdate> } {
  let onEngine: (u: EngineUpdate) => void = () => undefined;
  const next = new Promise<EngineUpdate>((resolve) => {
    onEngine = resolve;
  });
  return { onEngine, next };
}

describe('loadModel', () => {
  it('reports fetch → session → warmup progress and a wasm ready report', async () => {
    const events: LoadProgress[] = [];
    const { model, info } = await loadModel({ fetcher: fsFetcher(FIXTURE), preference: 'auto', gpu: undefined, threads: 1, onProgress: (p) => events.push(p) });
    const stages = events.map((e) => e.stage).filter((s, i, a) => s !== a[i - 1]);
    expect(stages).toEqual(['fetch', 'session', 'warmup']);
    const fetches = events.filter((e) => e.stage === 'fetch');
    expect(new Set(fetches.map((e) => e.file))).toEqual(new Set(['config.json', 'labels.json', 'tokenizer.json', 'tokenizer_config.json', 'model.int8.onnx']));
    // Per-file bytes while fetching; the session stage reports the sum of the last values.
    const lastPerFile = new Map(fetches.map((e) => [e.file, e.loaded]));
    expect([...lastPerFile.values()].reduce((a, b) => a + b, 0)).toBe(events.find((e) => e.stage === 'session')!.total);
    expect(fetches.every((e) => e.total === e.loaded)).toBe(true);
    expect(info).toMatchObject({ backend: 'wasm', backendReason: 'no WebGPU adapter', threads: 1, modelId: 'tiny-fixture' });
    expect(info.labels.slots[0]).toBe('Other');
    // Every part of loading is timed, and the dependent parts come in their order.
    const t = info.timeline;
    for (const part of ['textAssets', 'tokenizer', 'onnxFetched', 'ortInit', 'session', 'warmup'] as const) expect(t[part]).toBeGreaterThanOrEqual(0);
    expect(t.tokenizer!).toBeGreaterThanOrEqual(t.textAssets!);
    expect(t.session!).toBeGreaterThanOrEqual(Math.max(t.onnxFetched!, t.ortInit!));
    expect(t.warmup!).toBeGreaterThanOrEqual(t.session!);
    expect(t.warmup!).toBeLessThanOrEqual(Math.ceil(info.loadMs));
    expect((await model.parse('play jazz', 'en-US')).intent).toBe('play_music');
    await model.runner.release();
  });

  it('rejects with model-missing for an absent folder', async () => {
    await expect(loadModel({ fetcher: fsFetcher('/nonexistent/model'), preference: 'wasm', threads: 1 })).rejects.toMatchObject({ code: 'model-missing' });
  });

  describe('quickStart', () => {
    afterEach(() => setOrtProvider(() => import('onnxruntime-web')));

    it('is ready on the JS engine, then onnxruntime takes over with the same answers', async () => {
      const { onEngine, next } = engineUpdate();
      const events: LoadProgress[] = [];
      const { model, info } = await loadModel({ fetcher: fsFetcher(SHIPPED), preference: 'wasm', threads: 1, quickStart: true, onEngine, onProgress: (p) => events.push(p) });
      expect(info).toMatchObject({ backend: 'js', threads: 1, modelId: DEFAULT_MODEL_ID });
      expect(info.backendReason).toMatch(/JS engine answers while .*onnxruntime \(wasm\) starting/);
      expect(info.timeline.jsEngine).toBeGreaterThanOrEqual(Math.max(info.timeline.onnxFetched!, info.timeline.tokenizer!));
      // No session stage before ready: onnxruntime starts only afterwards.
      expect(events.map((e) => e.stage).filter((s, i, a) => s !== a[i - 1])).toEqual(['fetch', 'warmup']);
      const first = await model.parse('wake me up at seven tomorrow', 'en-US');
      expect(first).toMatchObject({ backend: 'js', intent: 'alarm_set' });

      const update = await next;
      expect(update).toMatchObject({ backend: 'wasm', backendReason: 'forced by ?backend=wasm', threads: 1 });
      expect(update.timeline.warmup!).toBeGreaterThanOrEqual(update.timeline.session!);
      expect(update.timeline.session!).toBeGreaterThan(info.timeline.jsEngine!);
      const second = await model.parse('wake me up at seven tomorrow', 'en-US');
      expect(second.backend).toBe('wasm');
      expect(second.intent).toBe(first.intent);
      expect(second.wordLabels).toEqual(first.wordLabels);
      expect(Math.abs(second.confidence - first.confidence)).toBeLessThan(1e-4);
      await model.runner.release();
    });

    it('keeps answering on the JS engine when onnxruntime cannot start, and says why', async () => {
      setOrtProvider(async () => {
        throw new Error('no WebAssembly here');
      });
      const { onEngine, next } = engineUpdate();
      const { model, info } = await loadModel({ fetcher: fsFetcher(SHIPPED), preference: 'wasm', threads: 1, quickStart: true, onEngine });
      expect(info.backend).toBe('js');
      const update = await next;
      expect(update.backend).toBe('js');
      expect(update.backendReason).toMatch(/onnxruntime could not start \(.*no WebAssembly here\); the JS engine answers/);
      expect((await model.parse('turn the lights off', 'en-US')).intent).toBe('iot_hue_lightoff');
      await model.runner.release();
    });

    it('loads on onnxruntime directly when the JS engine does not know the model', async () => {
      // The fixture's config.json has no `architecture`.
      const { model, info } = await loadModel({ fetcher: fsFetcher(FIXTURE), preference: 'wasm', threads: 1, quickStart: true });
      expect(info.backend).toBe('wasm');
      expect(info.backendReason).toBe('forced by ?backend=wasm; config.json has no architecture the JS engine knows');
      expect(info.timeline.jsEngine).toBeUndefined();
      await model.runner.release();
    });
  });
});
