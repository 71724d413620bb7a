/** The offline copy waits for onnxruntime, not for the JS engine's first answer. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NluEvent, NluPort } from '../state/nluPort.ts';
import { createAppStore } from '../state/store.ts';
import { modelSettled } from './modelSettled.ts';

function setup() {
  let emit: (e: NluEvent) => void = () => undefined;
  const port = {
    load: () => undefined,
    parse: async () => {
      throw new Error('not used');
    },
    subscribe: (l: (e: NluEvent) => void) => {
      emit = l;
      return () => undefined;
    },
  } as unknown as NluPort;
  const items = new Map<string, string>();
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  const store = createAppStore({ port, initialLocale: 'en-US', storage, draftStorage: storage });
  store.getState().startNlu();
  const ready = (backend: 'js' | 'wasm') => emit({ type: 'ready', info: { backend, backendReason: '', threads: 1, modelId: 'm', loadMs: 1 } });
  return { store, ready, emit: (e: NluEvent) => emit(e) };
}

const settledYet = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('modelSettled', () => {
  afterEach(() => vi.useRealTimers());

  it('waits while the JS engine answers, and settles when onnxruntime takes over', async () => {
    const { store, ready } = setup();
    const settled = modelSettled(store, 20_000);
    ready('js');
    expect(store.getState().status).toBe('ready');
    expect(await settledYet(settled)).toBe(false);
    ready('wasm');
    expect(await settledYet(settled)).toBe(true);
  });

  it('settles on a load error, and after maxMs when onnxruntime never comes', async () => {
    const failed = setup();
    const onError = modelSettled(failed.store, 20_000);
    failed.emit({ type: 'error', code: 'model-missing', message: 'model.int8.onnx: 404' });
    expect(await settledYet(onError)).toBe(true);

    vi.useFakeTimers();
    const stuck = setup();
    const capped = modelSettled(stuck.store, 20_000);
    stuck.ready('js');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(await settledYet(capped)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settledYet(capped)).toBe(true);
  });
});
