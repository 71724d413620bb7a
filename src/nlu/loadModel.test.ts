/** loadModel on the fixture folder: progress order, backend report, errors surfaced. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsFetcher } from '../../scripts/node/fsFetcher.ts';
import { type LoadProgress, loadModel } from './loadModel.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'tiny-model');

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
});
