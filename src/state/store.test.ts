import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNluPort } from '../app/nluAdapter.ts';
import { NluClient, type WorkerLike } from '../nlu/nluClient.ts';
import type { WorkerResponse } from '../nlu/protocol.ts';
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

const info = (loadMs: number) => ({ backend: 'wasm' as const, backendReason: 'default', threads: 2, modelId: 'polyvox-nlu-v12', loadMs });

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
    expect(store.getState().runtime).toMatchObject({ backend: 'wasm', loadMs: 812, modelId: 'polyvox-nlu-v12' });
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

describe('a language engine that stopped answering', () => {
  /** A parse the test settles by hand, like a request waiting on a worker. */
  function deferred() {
    const calls: Array<{ resolve: (r: NluResult) => void; reject: (e: Error) => void }> = [];
    port.answer = () => new Promise<NluResult>((resolve, reject) => void calls.push({ resolve, reject }));
    return calls;
  }
  const timeout = () => coded('worker-timeout', 'the language engine did not answer within 10 s, again after a restart; the text was not parsed');

  it('gives the Submit button back and shows the timeout, keeping the text', async () => {
    store.getState().startNlu();
    port.emit({ type: 'ready', info: info(100) });
    store.getState().setDraft('stell einen Wecker');
    const calls = deferred();
    const submitted = store.getState().submit();
    expect(store.getState().pending).toBe(true);
    // What the client reports while it replaces the stuck worker and retries.
    port.emit({ type: 'restart', reason: 'the language engine did not answer within 10 s' });
    expect(store.getState()).toMatchObject({ pending: true, status: 'loading', error: { kind: 'worker-crashed' } });
    port.emit({ type: 'ready', info: info(90) });
    calls[0]!.reject(timeout());
    await submitted;
    expect(store.getState()).toMatchObject({
      pending: false,
      status: 'ready',
      error: { kind: 'worker-crashed', detail: 'the language engine did not answer within 10 s, again after a restart; the text was not parsed' },
      draft: 'stell einen Wecker',
      result: null,
    });
  });

  it('clears pending when the newest request fails after an older one succeeded', async () => {
    const calls = deferred();
    const older = store.getState().submit('older');
    const newer = store.getState().submit('newer');
    calls[0]!.resolve(result('older', 'de-DE'));
    await older;
    // The older answer does not end the wait for the newer one.
    expect(store.getState().pending).toBe(true);
    calls[1]!.reject(timeout());
    await newer;
    expect(store.getState()).toMatchObject({ pending: false, error: { kind: 'worker-crashed' } });
  });

  it('keeps waiting for the newer request when a superseded one fails, then clears pending', async () => {
    const calls = deferred();
    const older = store.getState().submit('older');
    const newer = store.getState().submit('newer');
    calls[0]!.reject(timeout());
    await older;
    // The failure of a request nobody waits for any more is not shown.
    expect(store.getState()).toMatchObject({ pending: true, error: null });
    calls[1]!.resolve(result('newer', 'de-DE', 'alarm_query'));
    await newer;
    expect(store.getState()).toMatchObject({ pending: false, error: null, result: { text: 'newer', intent: 'alarm_query' } });
  });

  it('stays clear when a superseded request fails after the newest one answered', async () => {
    const calls = deferred();
    const older = store.getState().submit('older');
    const newer = store.getState().submit('newer');
    calls[1]!.resolve(result('newer', 'de-DE'));
    await newer;
    calls[0]!.reject(timeout());
    await older;
    expect(store.getState()).toMatchObject({ pending: false, error: null, result: { text: 'newer' } });
  });

  it('clears pending when both overlapping requests fail', async () => {
    const calls = deferred();
    const older = store.getState().submit('older');
    const newer = store.getState().submit('newer');
    calls[1]!.reject(timeout());
    await newer;
    calls[0]!.reject(coded('worker-crashed', 'crashed twice'));
    await older;
    expect(store.getState()).toMatchObject({ pending: false, error: { kind: 'worker-crashed', detail: expect.stringContaining('did not answer within 10 s') } });
  });
});

describe('the store on the real NLU client', () => {
  it('gives the Submit button back when every worker loads but never answers a parse', async () => {
    vi.useFakeTimers();
    try {
      const LOAD_MS = 500;
      const workers: WorkerLike[] = [];
      const client = new NluClient({
        modelUrl: '/m/', backend: 'auto', requestTimeoutMs: 10_000,
        createWorker: () => {
          const worker: WorkerLike = {
            onmessage: null,
            onerror: null,
            postMessage: (msg) => {
              if (msg.type !== 'load') return; // stuck: parse requests are never answered
              const ready: WorkerResponse = { type: 'ready', info: { ...info(LOAD_MS), labels: { intents: [], slots: [], scenarios: {} }, locales: [], warmupMs: 1, timeline: {} } };
              setTimeout(() => worker.onmessage?.({ data: ready }), LOAD_MS);
            },
            terminate: () => undefined,
          };
          workers.push(worker);
          return worker;
        },
      });
      const real = createAppStore({ port: createNluPort(client), initialLocale: 'en-US', storage: memoryStorage() });
      real.getState().startNlu();
      real.getState().setDraft('set an alarm for seven');
      const submitted = real.getState().submit();
      // Ready at 0.5 s, the request times out at 10.5 s, the replacement is ready at 11 s and
      // times out at 21 s: then the request is given up.
      await vi.advanceTimersByTimeAsync(LOAD_MS + 10_000 + LOAD_MS + 9_999);
      expect(real.getState().pending).toBe(true);
      await vi.advanceTimersByTimeAsync(1);
      await submitted;
      expect(real.getState()).toMatchObject({
        pending: false,
        status: 'loading',
        error: { kind: 'worker-crashed', detail: 'the language engine did not answer within 10 s, again after a restart; the text was not parsed' },
        draft: 'set an alarm for seven',
      });
      // A third worker is loading for the next try; once it is ready the notice goes, as
      // after a crash (the text is still in the box).
      expect(workers).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(LOAD_MS);
      expect(real.getState()).toMatchObject({ pending: false, status: 'ready', error: null, draft: 'set an alarm for seven' });
      client.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('errorKind', () => {
  it('maps runtime codes to UI errors', () => {
    expect(errorKind('worker-crashed')).toBe('worker-crashed');
    expect(errorKind('worker-timeout')).toBe('worker-crashed');
    expect(errorKind('model-corrupt')).toBe('model-corrupt');
    expect(errorKind('backend-failed')).toBe('model-corrupt');
    expect(errorKind('empty-text')).toBe('empty');
    expect(errorKind(undefined)).toBe('parse-failed');
  });
});

describe('the saved draft', () => {
  it('is kept per tab (the draft storage), not with the settings, and only up to the input limit', () => {
    const settings = memoryStorage();
    const tab = memoryStorage();
    const s = createAppStore({ port, initialLocale: 'de-DE', storage: settings, draftStorage: tab });
    s.getState().setDraft('mein Passwort ist hunter2');
    expect(tab.getItem('polyvox-draft')).toBe('mein Passwort ist hunter2');
    expect(settings.getItem('polyvox-inspector')).not.toContain('hunter2');
    expect(createAppStore({ port, storage: settings, draftStorage: tab }).getState().draft).toBe('mein Passwort ist hunter2');
    // A new tab (empty session storage) starts without it.
    expect(createAppStore({ port, storage: settings, draftStorage: memoryStorage() }).getState().draft).toBe('');
    s.getState().setDraft('x'.repeat(MAX_INPUT_CHARS + 1));
    expect(tab.getItem('polyvox-draft')).toBeNull();
  });

  it('a 6,000,000-character draft and a full storage never throw', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
      removeItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const s = createAppStore({ port, storage: full, draftStorage: full });
    const huge = 'a'.repeat(6_000_000);
    expect(() => s.getState().setDraft(huge)).not.toThrow();
    expect(() => s.getState().setDraft('short')).not.toThrow();
    expect(s.getState().draft).toBe('short');
  });
});

describe('voice preferences', () => {
  it('live in the settings, persist with them, and are read back defensively', () => {
    const settings = memoryStorage();
    const s = createAppStore({ port, storage: settings, draftStorage: memoryStorage() });
    s.getState().setVoicePrefs({ rate: 1.4, voices: { 'de-DE': 'browser:Anna' } });
    s.getState().setVoicePrefs({ handsFree: true });
    const again = createAppStore({ port, storage: settings, draftStorage: memoryStorage() });
    expect(again.getState().voicePrefs).toEqual({ voices: { 'de-DE': 'browser:Anna' }, rate: 1.4, handsFree: true, allowOnline: false });
    settings.setItem('polyvox-inspector', JSON.stringify({ state: { voicePrefs: { rate: 'fast', voices: { 'de-DE': 7 }, allowOnline: 'yes' } }, version: 1 }));
    expect(createAppStore({ port, storage: settings, draftStorage: memoryStorage() }).getState().voicePrefs).toEqual({ voices: {}, rate: 1, handsFree: false, allowOnline: false });
  });

  it('saved apart by an older version, they move into the settings once', () => {
    const settings = memoryStorage();
    settings.setItem('polyvox-voice', JSON.stringify({ rate: 0.8, handsFree: true, voices: {} }));
    const s = createAppStore({ port, storage: settings, draftStorage: memoryStorage() });
    expect(s.getState().voicePrefs).toMatchObject({ rate: 0.8, handsFree: true });
    expect(settings.getItem('polyvox-voice')).toBeNull();
    expect(createAppStore({ port, storage: settings, draftStorage: memoryStorage() }).getState().voicePrefs.rate).toBe(0.8);
  });
});
