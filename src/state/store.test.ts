import { beforeEach, describe, expect, it } from 'vitest';
import type { NluResult } from '../nlu/types.ts';
import type { NluEvent, NluPort } from './nluPort.ts';
import { errorKind } from './nluSlice.ts';
import { MAX_INPUT_CHARS } from './sessionSlice.ts';
import { createAppStore } from './store.ts';

/** A runtime whose events and answers the test controls. */
class FakePort implements NluPort {
  listeners: Array<(e: NluEvent) => void> = [];
  loads = 0;
  calls: Array<{ text: string; locale: string }> = [];
  answer: (text: string, locale: string) => Promise<NluResult> = async (text, locale) => result(text, locale);
  load() { this.loads++; }
  parse(text: string, locale: string) { this.calls.push({ text, locale }); return this.answer(text, locale); }
  subscribe(l: (e: NluEvent) => void) { this.listeners.push(l); return () => undefined; }
  emit(e: NluEvent) { for (const l of this.listeners) l(e); }
}

function result(text: string, locale: string, intent = 'alarm_set'): NluResult {
  return {
    text, locale, intent, scenario: 'alarm', confidence: 0.9, top5: [{ intent, p: 0.9 }],
    slots: [], words: [], wordLabels: [], timings: { tokenizeMs: 0.1, inferenceMs: 1 },
    backend: 'wasm', truncated: false,
  };
}

const info = (loadMs: number) => ({ backend: 'wasm' as const, backendReason: 'default', threads: 2, modelId: 'polyvox-nlu-v1', loadMs });

const coded = (code: string, message: string) => Object.assign(new Error(message), { code });

/** In-memory stand-in for localStorage. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

let port: FakePort;
let storage: ReturnType<typeof memoryStorage>;
let store: ReturnType<typeof createAppStore>;
beforeEach(() => {
  port = new FakePort();
  storage = memoryStorage();
  store = createAppStore({ port, initialLocale: 'de-DE', storage });
});

describe('app store', () => {
  it('starts loading once and follows progress to ready', () => {
    store.getState().startNlu();
    store.getState().startNlu();
    expect(port.loads).toBe(1);
    expect(store.getState().status).toBe('loading');
    port.emit({ type: 'progress', stage: 'fetch', fraction: 0.5 });
    expect(store.getState().progress).toBe(0.5);
    expect(store.getState().stage).toBe('fetch');
    port.emit({ type: 'ready', info: info(812) });
    expect(store.getState()).toMatchObject({ status: 'ready', progress: 1, stage: null });
    expect(store.getState().runtime).toMatchObject({ backend: 'wasm', loadMs: 812, modelId: 'polyvox-nlu-v1' });
  });

  it('parses the draft in the selected locale and keeps the result', async () => {
    store.getState().setLocale('ja-JP');
    store.getState().setDraft('明日の朝七時に起こして');
    await store.getState().submit();
    expect(port.calls).toEqual([{ text: '明日の朝七時に起こして', locale: 'ja-JP' }]);
    expect(store.getState().result?.intent).toBe('alarm_set');
    expect(store.getState().pending).toBe(false);
    expect(store.getState().roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps locale and draft across a reload, but not results', async () => {
    store.getState().setLocale('th-TH');
    store.getState().setDraft('เปิด ไฟ');
    await store.getState().submit();
    const reloaded = createAppStore({ port: new FakePort(), initialLocale: 'en-US', storage });
    expect(reloaded.getState()).toMatchObject({ locale: 'th-TH', draft: 'เปิด ไฟ', result: null });
  });

  it('ignores a persisted locale that is not a MASSIVE locale', () => {
    storage.setItem('polyvox-inspector', JSON.stringify({ state: { locale: 'xx-XX', draft: 'hi' }, version: 1 }));
    const reloaded = createAppStore({ port: new FakePort(), initialLocale: 'fr-FR', storage });
    expect(reloaded.getState()).toMatchObject({ locale: 'fr-FR', draft: 'hi' });
  });

  it('ignores unknown locales', () => {
    store.getState().setLocale('xx-XX');
    expect(store.getState().locale).toBe('de-DE');
  });

  it('rejects empty and huge input without calling the model or touching the draft', async () => {
    store.getState().setDraft('   ');
    await store.getState().submit();
    expect(store.getState().error?.kind).toBe('empty');
    const huge = 'a'.repeat(MAX_INPUT_CHARS + 1);
    store.getState().setDraft(huge);
    await store.getState().submit();
    expect(store.getState().error).toEqual({ kind: 'too-long', detail: String(MAX_INPUT_CHARS + 1) });
    expect(store.getState().draft).toBe(huge);
    expect(port.calls).toHaveLength(0);
  });

  it('turns a missing model into a lasting load error and keeps the draft', async () => {
    store.getState().startNlu();
    store.getState().setDraft('wie spät ist es');
    port.emit({ type: 'error', code: 'model-missing', message: 'model.int8.onnx: HTTP 404' });
    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toEqual({ kind: 'model-missing', detail: 'model.int8.onnx: HTTP 404' });
    port.answer = () => Promise.reject(coded('model-missing', 'model.int8.onnx: HTTP 404'));
    const retry = store.getState().submit();
    expect(store.getState()).toMatchObject({ status: 'loading', error: null, pending: true });
    await retry;
    expect(store.getState()).toMatchObject({ status: 'error', error: { kind: 'model-missing' } });
    expect(store.getState().draft).toBe('wie spät ist es');
  });

  it('clears a load error when a retry succeeds', async () => {
    store.getState().startNlu();
    port.emit({ type: 'error', code: 'model-corrupt', message: 'bad bytes' });
    const retry = store.getState().submit('what time is it');
    port.emit({ type: 'ready', info: info(50) });
    await retry;
    expect(store.getState()).toMatchObject({ status: 'ready', error: null, result: { text: 'what time is it' } });
  });

  it('shows a restart after a crash as loading, and clears it once ready again', () => {
    store.getState().startNlu();
    port.emit({ type: 'ready', info: info(100) });
    port.emit({ type: 'restart', reason: 'worker exited' });
    expect(store.getState()).toMatchObject({ status: 'loading', error: { kind: 'worker-crashed', detail: 'worker exited' } });
    port.emit({ type: 'ready', info: info(90) });
    expect(store.getState()).toMatchObject({ status: 'ready', error: null });
  });

  it('reports repeated crashes as a load failure', () => {
    store.getState().startNlu();
    port.emit({ type: 'error', code: 'worker-crashed', message: 'crashed 4 times' });
    expect(store.getState()).toMatchObject({ status: 'error', error: { kind: 'worker-crashed' } });
  });

  it('reports a crash during a parse, then clears it when the runtime is ready again', async () => {
    store.getState().startNlu();
    port.emit({ type: 'ready', info: info(100) });
    store.getState().setDraft('hallo');
    port.answer = () => Promise.reject(coded('worker-crashed', 'worker exited'));
    await store.getState().submit();
    expect(store.getState()).toMatchObject({ status: 'ready', error: { kind: 'worker-crashed' }, draft: 'hallo' });
    port.emit({ type: 'ready', info: info(90) });
    expect(store.getState().error).toBeNull();
  });

  it('keeps only the latest of overlapping parses', async () => {
    let release: (r: NluResult) => void = () => undefined;
    port.answer = (text, locale) => new Promise((resolve) => { release = () => resolve(result(text, locale, 'slow')); });
    const first = store.getState().submit('first');
    const releaseFirst = release;
    port.answer = async (text, locale) => result(text, locale, 'fast');
    await store.getState().submit('second');
    releaseFirst(result('first', 'de-DE', 'slow'));
    await first;
    expect(store.getState().result).toMatchObject({ text: 'second', intent: 'fast' });
  });
});

describe('errorKind', () => {
  it('maps runtime codes to UI errors', () => {
    expect(errorKind('model-corrupt')).toBe('model-corrupt');
    expect(errorKind('backend-failed')).toBe('model-corrupt');
    expect(errorKind('empty-text')).toBe('empty');
    expect(errorKind(undefined)).toBe('parse-failed');
  });
});
