import { describe, expect, it } from 'vitest';
import { NluError } from '../nlu/errors.ts';
import type { Learner } from '../learning/index.ts';
import type { NluClient, NluEvent as ClientEvent } from '../nlu/index.ts';
import { createAppStore } from '../state/store.ts';
import { createNluPort, ProgressTotals, toPortEvent } from './nluAdapter.ts';

describe('ProgressTotals', () => {
  it('sums the bytes of every file seen', () => {
    const totals = new ProgressTotals();
    expect(totals.update('config.json', 100, 100)).toBe(1);
    expect(totals.update('model.int8.onnx', 0, 900)).toBe(0.1);
    expect(totals.update('model.int8.onnx', 450, 900)).toBe(0.55);
  });

  it('is unknown while a file has no size', () => {
    const totals = new ProgressTotals();
    totals.update('a', 10, 20);
    expect(totals.update('b', 5, null)).toBeNull();
  });
});

describe('toPortEvent', () => {
  it('maps client events to store events', () => {
    const totals = new ProgressTotals();
    expect(toPortEvent({ type: 'progress', stage: 'fetch', file: 'm', loaded: 1, total: 4 }, totals)).toEqual({
      type: 'progress', stage: 'fetch', fraction: 0.25,
    });
    expect(toPortEvent({ type: 'progress', stage: 'warmup', file: null, loaded: 0, total: null }, totals)).toEqual({
      type: 'progress', stage: 'warmup', fraction: null,
    });
    expect(toPortEvent({ type: 'error', error: new NluError('model-missing', 'model.int8.onnx: 404') }, totals)).toEqual({
      type: 'error', code: 'model-missing', message: 'model.int8.onnx: 404',
    });
    expect(toPortEvent({ type: 'restart', restarts: 1, reason: 'boom' }, totals)).toEqual({ type: 'restart', reason: 'boom' });
    const info = { backend: 'wasm' as const, backendReason: 'default', threads: 2, modelId: 'm', labels: { intents: [], slots: [], scenarios: {} }, locales: ['en-US'], loadMs: 5, warmupMs: 1, timeline: {} };
    expect(toPortEvent({ type: 'ready', info }, totals)).toEqual({
      type: 'ready', info: { backend: 'wasm', backendReason: 'default', threads: 2, modelId: 'm', loadMs: 5 },
    });
  });
});

describe('createNluPort on a client that became ready before the store listened', () => {
  it('tells the store, and the learner, that the model is ready', async () => {
    const info = { backend: 'js' as const, backendReason: 'the JS engine answers', threads: 1, modelId: 'm', labels: { intents: ['a'], slots: ['Other'], scenarios: { a: 's' } }, locales: ['en-US'], loadMs: 5, warmupMs: 1, timeline: {} };
    const listeners = new Set<(e: ClientEvent) => void>();
    const client = {
      info,
      on: (l: (e: ClientEvent) => void) => (listeners.add(l), () => listeners.delete(l)),
      load: async () => info,
    } as unknown as NluClient;
    const models: unknown[] = [];
    const learner = { setModel: (m: unknown) => models.push(m), apply: (r: unknown) => r } as unknown as Learner;
    const port = createNluPort(client, learner);
    expect(models).toEqual([{ modelId: 'm', scenarios: { a: 's' }, locales: ['en-US'] }]);

    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
    const store = createAppStore({ port, initialLocale: 'en-US', storage, draftStorage: storage });
    store.getState().startNlu();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().runtime).toMatchObject({ backend: 'js', modelId: 'm' });
    // A later engine change still reaches both.
    for (const l of listeners) l({ type: 'ready', info: { ...info, backend: 'wasm' } });
    expect(store.getState().runtime?.backend).toBe('wasm');
    expect(models).toHaveLength(2);
  });
});
