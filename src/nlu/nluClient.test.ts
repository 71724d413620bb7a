/** NluClient with a scripted fake worker: load, parse by id, load errors, crash + restart, stuck workers. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NluClient, type NluClientOptions, type NluEvent, type WorkerLike } from './nluClient.ts';
import type { ReadyInfo, WorkerRequest, WorkerResponse } from './protocol.ts';
import type { NluResult } from './types.ts';
import { NluError } from './errors.ts';

const info: ReadyInfo = {
  backend: 'wasm', backendReason: 'no WebGPU adapter', threads: 1, modelId: 'fake',
  labels: { intents: ['a'], slots: ['Other'], scenarios: {} }, locales: ['en-US'], loadMs: 1, warmupMs: 0.1, timeline: {},
};

/**
 * `hang`: never becomes ready. `hang-on-parse`: ready, but never answers a parse (an infinite
 * loop or a lost promise in the worker). `stuck-on-poison`: answers until it is sent the text
 * `poison`, then answers nothing more (a worker busy forever blocks every later message too).
 * `slow`: answers each parse after SLOW_MS.
 */
type Behaviour = 'ok' | 'load-error' | 'crash-on-parse' | 'crash-on-load' | 'hang' | 'hang-on-parse' | 'stuck-on-poison' | 'slow';

const SLOW_MS = 9_000;

/** A fake worker whose answers follow `script` (one behaviour per started worker). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  private stuck = false;

  constructor(private readonly behaviour: Behaviour) {}

  private reply(data: WorkerResponse) {
    queueMicrotask(() => !this.terminated && this.onmessage?.({ data }));
  }

  private crash() {
    queueMicrotask(() => !this.terminated && this.onerror?.({ message: 'RuntimeError: memory access out of bounds' }));
  }

  postMessage(msg: WorkerRequest): void {
    this.received.push(msg);
    if (msg.type === 'load') {
      if (this.behaviour === 'hang') return;
      if (this.behaviour === 'crash-on-load') return this.crash();
      if (this.behaviour === 'load-error') return this.reply({ type: 'error', id: null, code: 'model-missing', message: 'model file /m/model.int8.onnx not found (HTTP 404)' });
      this.reply({ type: 'progress', stage: 'fetch', file: 'model.int8.onnx', loaded: 10, total: 20 });
      this.reply({ type: 'ready', info });
      return;
    }
    if (this.behaviour === 'crash-on-parse') return this.crash();
    if (this.behaviour === 'hang-on-parse') return;
    if (this.behaviour === 'stuck-on-poison' && msg.text === 'poison') this.stuck = true;
    if (this.stuck) return;
    const result = { text: msg.text, locale: msg.locale, intent: `echo:${msg.text}` } as NluResult;
    if (this.behaviour === 'slow') {
      setTimeout(() => this.reply({ type: 'result', id: msg.id, result }), SLOW_MS);
      return;
    }
    this.reply({ type: 'result', id: msg.id, result });
  }

  terminate(): void {
    this.terminated = true;
  }
}

type Tuning = Pick<NluClientOptions, 'maxRestarts' | 'loadTimeoutMs' | 'requestTimeoutMs'>;

function setup(script: Behaviour[], tuning: Tuning = {}) {
  const workers: FakeWorker[] = [];
  const events: NluEvent[] = [];
  const client = new NluClient({
    modelUrl: '/m/', backend: 'auto', maxRestarts: 3, loadTimeoutMs: 180_000, ...tuning,
    createWorker: () => {
      const w = new FakeWorker(script[Math.min(workers.length, script.length - 1)]!);
      workers.push(w);
      return w;
    },
  });
  client.on((e) => events.push(e));
  return { client, workers, events };
}

/** How a promise has settled so far: lets a test assert "still waiting" without hanging. */
function track<T>(promise: Promise<T>) {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'resolved', value }),
    (error: unknown) => Object.assign(seen, { state: 'rejected', error }),
  );
  return seen;
}

const parses = (w: FakeWorker) => w.received.flatMap((m) => (m.type === 'parse' ? [m.text] : []));

describe('NluClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads once, reports progress and ready, and answers by id', async () => {
    const { client, workers, events } = setup(['ok']);
    const [a, b] = await Promise.all([client.parse('one', 'en-US'), client.parse('two', 'de-DE')]);
    expect(a.intent).toBe('echo:one');
    expect(b.intent).toBe('echo:two');
    expect(b.locale).toBe('de-DE');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.filter((m) => m.type === 'load')).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['progress', 'ready']);
    expect(client.info?.backend).toBe('wasm');
  });

  it('updates its info and emits ready again when another engine takes over', async () => {
    const { client, workers, events } = setup(['ok']);
    await client.load();
    const update = { backend: 'wasm' as const, backendReason: 'forced by ?backend=wasm', threads: 1, warmupMs: 1.5, timeline: { jsEngine: 900, warmup: 2700 } };
    workers[0]!.onmessage?.({ data: { type: 'engine', update } });
    expect(client.info).toMatchObject({ ...update, modelId: 'fake', locales: ['en-US'] });
    expect(events.map((e) => e.type)).toEqual(['progress', 'ready', 'ready']);
    const last = events.at(-1);
    expect(last?.type === 'ready' && last.info.backendReason).toBe('forced by ?backend=wasm');
    expect((await client.parse('one', 'en-US')).intent).toBe('echo:one');
  });

  it('rejects empty text without asking the worker', async () => {
    const { client, workers } = setup(['ok']);
    await expect(client.parse(' \n', 'en-US')).rejects.toMatchObject({ code: 'empty-text' });
    expect(workers).toHaveLength(0);
  });

  it('surfaces a missing model as an error event and rejects load and parse', async () => {
    const { client, events } = setup(['load-error']);
    await expect(client.load()).rejects.toMatchObject({ code: 'model-missing', message: expect.stringContaining('HTTP 404') });
    await expect(client.parse('x', 'en-US')).rejects.toMatchObject({ code: 'model-missing' });
    expect(events.filter((e) => e.type === 'error')).toHaveLength(2);
  });

  it('restarts a crashed worker and re-issues the pending request', async () => {
    const { client, workers, events } = setup(['crash-on-parse', 'ok']);
    const r = await client.parse('hello', 'fr-FR');
    expect(r.intent).toBe('echo:hello');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['progress', 'ready', 'restart', 'progress', 'ready']);
  });

  it('rejects a request that crashed the worker twice, and keeps serving others', async () => {
    const { client } = setup(['crash-on-parse', 'crash-on-parse', 'ok']);
    await expect(client.parse('poison', 'en-US')).rejects.toMatchObject({ code: 'worker-crashed', message: expect.stringContaining('twice') });
    expect((await client.parse('fine', 'en-US')).intent).toBe('echo:fine');
  });

  it('gives up after too many consecutive crashes while loading', async () => {
    const { client, workers } = setup(['crash-on-load'], { maxRestarts: 2 });
    await expect(client.load()).rejects.toMatchObject({ code: 'worker-crashed', message: expect.stringContaining('3 times') });
    expect(workers).toHaveLength(3);
  });

  it('restarts a worker that never becomes ready, then gives up with a clear error', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers, events } = setup(['hang', 'ok'], { loadTimeoutMs: 1000 });
      const loaded = client.load();
      await vi.advanceTimersByTimeAsync(1001);
      await expect(loaded).resolves.toMatchObject({ modelId: 'fake' });
      expect(workers).toHaveLength(2);
      expect(events.find((e) => e.type === 'restart')).toMatchObject({ reason: 'the model did not load within 1 s' });

      const stuck = setup(['hang'], { maxRestarts: 1, loadTimeoutMs: 1000 });
      const failing = stuck.client.load();
      await vi.advanceTimersByTimeAsync(2002);
      await expect(failing).rejects.toMatchObject({ code: 'worker-crashed', message: expect.stringContaining('did not load within 1 s') });
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts afresh after dispose', async () => {
    const { client, workers } = setup(['ok']);
    await client.load();
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
    expect(client.info).toBeNull();
    expect((await client.parse('again', 'en-US')).intent).toBe('echo:again');
    expect(workers).toHaveLength(2);
  });

  describe('a worker that stops answering a parse', () => {
    it('is restarted after requestTimeoutMs and the request re-sent (reproduction: it used to hang forever)', async () => {
      vi.useFakeTimers();
      const { client, workers, events } = setup(['hang-on-parse', 'ok'], { requestTimeoutMs: 5_000 });
      const parsed = track(client.parse('hello', 'fr-FR'));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(parsed.state).toBe('pending');
      expect(workers).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(parsed).toMatchObject({ state: 'resolved', value: { intent: 'echo:hello', locale: 'fr-FR' } });
      expect(workers).toHaveLength(2);
      expect(workers[0]!.terminated).toBe(true);
      expect(parses(workers[1]!)).toEqual(['hello']);
      expect(events.map((e) => e.type)).toEqual(['progress', 'ready', 'restart', 'progress', 'ready']);
      expect(events[2]).toMatchObject({ type: 'restart', restarts: 1, reason: 'the language engine did not answer within 5 s' });
    });

    it('rejects with worker-timeout when the retry times out too, and serves the next request', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup(['hang-on-parse', 'hang-on-parse', 'ok'], { requestTimeoutMs: 2_500 });
      const parsed = track(client.parse('wake me up', 'en-US'));
      await vi.advanceTimersByTimeAsync(2_500);
      expect(parsed.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(2_500);
      expect(parsed.state).toBe('rejected');
      expect(parsed.error).toBeInstanceOf(NluError);
      expect(parsed.error).toMatchObject({
        code: 'worker-timeout',
        message: 'the language engine did not answer within 2.5 s, again after a restart; the text was not parsed',
      });
      // The stuck worker is gone: a third one is loading, and the next request goes there.
      expect(workers).toHaveLength(3);
      expect(workers[1]!.terminated).toBe(true);
      expect((await client.parse('again', 'en-US')).intent).toBe('echo:again');
    });

    it('uses a 10 s timeout by default', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup(['hang-on-parse', 'ok']);
      const parsed = track(client.parse('hello', 'en-US'));
      await vi.advanceTimersByTimeAsync(9_999);
      expect(parsed.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(parsed).toMatchObject({ state: 'resolved', value: { intent: 'echo:hello' } });
      expect(workers).toHaveLength(2);
    });

    it('re-sends the other pending requests; only the one that got stuck twice is rejected', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup(['stuck-on-poison'], { requestTimeoutMs: 1_000 });
      await client.load();
      const poison = track(client.parse('poison', 'en-US'));
      const first = track(client.parse('first', 'en-US'));
      const second = track(client.parse('second', 'de-DE'));
      await vi.advanceTimersByTimeAsync(0);
      expect(parses(workers[0]!)).toEqual(['poison', 'first', 'second']);
      await vi.advanceTimersByTimeAsync(1_000);
      // Restarted once: all three re-sent, in order; the worker is stuck again behind `poison`.
      expect(parses(workers[1]!)).toEqual(['poison', 'first', 'second']);
      expect([poison.state, first.state, second.state]).toEqual(['pending', 'pending', 'pending']);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(poison).toMatchObject({ state: 'rejected', error: { code: 'worker-timeout' } });
      expect(parses(workers[2]!)).toEqual(['first', 'second']);
      expect(first).toMatchObject({ state: 'resolved', value: { intent: 'echo:first' } });
      expect(second).toMatchObject({ state: 'resolved', value: { intent: 'echo:second', locale: 'de-DE' } });
      expect(workers).toHaveLength(3);
    });

    it('leaves a slow worker that answers within the timeout alone', async () => {
      vi.useFakeTimers();
      const { client, workers, events } = setup(['slow'], { requestTimeoutMs: 10_000 });
      const a = track(client.parse('one', 'en-US'));
      const b = track(client.parse('two', 'en-US'));
      await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
      expect([a.state, b.state]).toEqual(['pending', 'pending']);
      await vi.advanceTimersByTimeAsync(1);
      expect(a).toMatchObject({ state: 'resolved', value: { intent: 'echo:one' } });
      expect(b).toMatchObject({ state: 'resolved', value: { intent: 'echo:two' } });
      // Answered requests leave no timer behind that could restart the worker later.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(workers).toHaveLength(1);
      expect(workers[0]!.terminated).toBe(false);
      expect(events.map((e) => e.type)).toEqual(['progress', 'ready']);
    });

    it('counts a crash after a timeout towards the same retry (rejected as worker-crashed)', async () => {
      vi.useFakeTimers();
      const { client } = setup(['hang-on-parse', 'crash-on-parse', 'ok'], { requestTimeoutMs: 1_000 });
      const parsed = track(client.parse('hello', 'en-US'));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(parsed).toMatchObject({ state: 'rejected', error: { code: 'worker-crashed', message: expect.stringContaining('twice') } });
    });

    it('does not time a request while the model is still loading (the load timeout covers that)', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup(['hang'], { requestTimeoutMs: 1_000, loadTimeoutMs: 30_000, maxRestarts: 1 });
      const parsed = track(client.parse('hello', 'en-US'));
      await vi.advanceTimersByTimeAsync(29_999);
      // Still loading the first worker: the request was not sent, so it cannot time out.
      expect(parsed.state).toBe('pending');
      expect(workers).toHaveLength(1);
      expect(parses(workers[0]!)).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(workers).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(30_000);
      // A load that never finishes still ends parse: after the allowed restarts, it rejects.
      expect(parsed).toMatchObject({ state: 'rejected', error: { code: 'worker-crashed', message: expect.stringContaining('did not load within 30 s') } });
    });

    it('clears its timers on dispose', async () => {
      vi.useFakeTimers();
      const { client, workers, events } = setup(['hang-on-parse'], { requestTimeoutMs: 1_000 });
      const parsed = track(client.parse('hello', 'en-US'));
      await vi.advanceTimersByTimeAsync(0);
      client.dispose();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(parsed).toMatchObject({ state: 'rejected', error: { code: 'worker-crashed', message: 'the NLU client was disposed' } });
      expect(workers).toHaveLength(1);
      expect(events.map((e) => e.type)).toEqual(['progress', 'ready']);
    });
  });
});
