/** NluClient with a scripted fake worker: load, parse by id, load errors, crash + restart. */
import { describe, expect, it, vi } from 'vitest';
import { NluClient, type NluEvent, type WorkerLike } from './nluClient.ts';
import type { ReadyInfo, WorkerRequest, WorkerResponse } from './protocol.ts';
import type { NluResult } from './types.ts';

const info: ReadyInfo = {
  backend: 'wasm', backendReason: 'no WebGPU adapter', threads: 1, modelId: 'fake',
  labels: { intents: ['a'], slots: ['Other'], scenarios: {} }, loadMs: 1, warmupMs: 0.1,
};

type Behaviour = 'ok' | 'load-error' | 'crash-on-parse' | 'crash-on-load' | 'hang';

/** A fake worker whose answers follow `script` (one behaviour per started worker). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];

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
    const result = { text: msg.text, locale: msg.locale, intent: `echo:${msg.text}` } as NluResult;
    this.reply({ type: 'result', id: msg.id, result });
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup(script: Behaviour[], maxRestarts = 3, loadTimeoutMs = 180_000) {
  const workers: FakeWorker[] = [];
  const events: NluEvent[] = [];
  const client = new NluClient({
    modelUrl: '/m/', backend: 'auto', maxRestarts, loadTimeoutMs,
    createWorker: () => {
      const w = new FakeWorker(script[Math.min(workers.length, script.length - 1)]!);
      workers.push(w);
      return w;
    },
  });
  client.on((e) => events.push(e));
  return { client, workers, events };
}

describe('NluClient', () => {
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
    const { client, workers } = setup(['crash-on-load'], 2);
    await expect(client.load()).rejects.toMatchObject({ code: 'worker-crashed', message: expect.stringContaining('3 times') });
    expect(workers).toHaveLength(3);
  });

  it('restarts a worker that never becomes ready, then gives up with a clear error', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers, events } = setup(['hang', 'ok'], 3, 1000);
      const loaded = client.load();
      await vi.advanceTimersByTimeAsync(1001);
      await expect(loaded).resolves.toMatchObject({ modelId: 'fake' });
      expect(workers).toHaveLength(2);
      expect(events.find((e) => e.type === 'restart')).toMatchObject({ reason: 'the model did not load within 1 s' });

      const stuck = setup(['hang'], 1, 1000);
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
});
