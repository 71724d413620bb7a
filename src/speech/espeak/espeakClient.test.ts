import { afterEach, describe, expect, it, vi } from 'vitest';
import { EspeakSpeaker } from '../output/espeakSpeaker.ts';
import { SpeakError } from '../output/types.ts';
import { EspeakClient, EspeakError, synthTimeoutMs } from './espeakClient.ts';
import type { EspeakRequest, EspeakResponse } from './protocol.ts';

/** A Worker stand-in that answers each request with `answer(request)`. */
function fakeWorker(answer: (req: EspeakRequest) => EspeakResponse) {
  const received: EspeakRequest[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent<EspeakResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(req: EspeakRequest) {
      received.push(req);
      queueMicrotask(() => this.onmessage?.({ data: answer(req) } as MessageEvent<EspeakResponse>));
    },
    terminate() {},
  };
  return { worker, received };
}

const audio = (req: EspeakRequest): EspeakResponse => ({ type: 'audio', id: req.id, samples: new Float32Array([req.text.length]), sampleRate: 22050 });

/**
 * `ok`: answers at once. `hang`: never answers. `stuck-on-poison`: answers until it gets the
 * text `poison`, then nothing more (synthesis is synchronous: a worker busy forever blocks
 * every later message). `slow`: answers one request at a time, each after SLOW_MS, in order.
 */
type Behaviour = 'ok' | 'hang' | 'stuck-on-poison' | 'slow';

const SLOW_MS = 6_000;

class ScriptedWorker {
  onmessage: ((e: MessageEvent<EspeakResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: EspeakRequest[] = [];
  terminated = false;
  private stuck = false;
  /** When the previous answer of a `slow` worker goes out. */
  private busyUntil = 0;

  constructor(private readonly behaviour: Behaviour) {}

  postMessage(req: EspeakRequest): void {
    this.received.push(req);
    if (this.behaviour === 'hang') return;
    if (this.behaviour === 'stuck-on-poison' && req.text === 'poison') this.stuck = true;
    if (this.stuck) return;
    const send = () => !this.terminated && this.onmessage?.({ data: audio(req) } as MessageEvent<EspeakResponse>);
    if (this.behaviour === 'slow') {
      this.busyUntil = Math.max(Date.now(), this.busyUntil) + SLOW_MS;
      setTimeout(send, this.busyUntil - Date.now());
      return;
    }
    queueMicrotask(send);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function scripted(script: Behaviour[]) {
  const workers: ScriptedWorker[] = [];
  const createWorker = () => {
    const w = new ScriptedWorker(script[Math.min(workers.length, script.length - 1)]!);
    workers.push(w);
    return w as unknown as Worker;
  };
  return { workers, createWorker };
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

const texts = (w: ScriptedWorker) => w.received.map((r) => r.text);

describe('EspeakClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the mapped voice, the rate in words per minute and its assets folder', async () => {
    const { worker, received } = fakeWorker((req) => ({ type: 'audio', id: req.id, samples: new Float32Array([0.5, -0.5]), sampleRate: 22050 }));
    const client = new EspeakClient({ assetsUrl: '/espeak/', createWorker: () => worker as unknown as Worker });
    const pcm = await client.synthesize('Hallo', 'de-DE', 1.2);
    expect(pcm.sampleRate).toBe(22050);
    expect([...pcm.samples]).toEqual([0.5, -0.5]);
    expect(received[0]).toMatchObject({ type: 'synth', text: 'Hallo', voice: 'de', wpm: 210, assetsUrl: '/espeak/' });
  });

  it('rejects uncovered locales without starting the worker', async () => {
    let started = 0;
    const client = new EspeakClient({ createWorker: () => (started++, {} as Worker) });
    await expect(client.synthesize('x', 'km-KH')).rejects.toMatchObject({ kind: 'no-voice' });
    expect(started).toBe(0);
  });

  it('passes worker errors on as typed errors', async () => {
    const { worker } = fakeWorker((req) => ({ type: 'error', id: req.id, kind: 'load', message: '404' }));
    const client = new EspeakClient({ createWorker: () => worker as unknown as Worker });
    await expect(client.synthesize('x', 'en-US')).rejects.toMatchObject({ name: 'EspeakError', kind: 'load' });
  });

  it('handles a worker that crashes (its data failed to load): the error is not the page\'s, the next request starts a new worker', async () => {
    const workers: { onerror: ((e: ErrorEvent) => void) | null; terminated: boolean }[] = [];
    const client = new EspeakClient({
      createWorker: () => {
        const w = { onmessage: null, onerror: null, terminated: false, postMessage() {}, terminate() { this.terminated = true; } };
        workers.push(w);
        return w as unknown as Worker;
      },
    });
    const first = client.synthesize('hello', 'en-US');
    const event = new Event('error', { cancelable: true }) as ErrorEvent;
    Object.defineProperty(event, 'message', { value: 'NetworkError for: espeak-ng.data' });
    workers[0]!.onerror?.(event);
    await expect(first).rejects.toMatchObject({ name: 'EspeakError', kind: 'load', message: 'NetworkError for: espeak-ng.data' });
    expect(event.defaultPrevented).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    void client.synthesize('again', 'en-US').catch(() => undefined);
    expect(workers).toHaveLength(2);
    client.dispose();
  });

  describe('a worker that stops answering', () => {
    it('scales the timeout with the text: 10 s + 50 ms per character, at most 60 s', () => {
      expect(synthTimeoutMs('')).toBe(10_000);
      expect(synthTimeoutMs('Hallo')).toBe(10_250);
      expect(synthTimeoutMs('x'.repeat(200))).toBe(20_000);
      expect(synthTimeoutMs('x'.repeat(800))).toBe(50_000);
      expect(synthTimeoutMs('x'.repeat(5_000))).toBe(60_000);
    });

    it('is restarted and the request re-sent (reproduction: it used to hang forever)', async () => {
      vi.useFakeTimers();
      const { workers, createWorker } = scripted(['hang', 'ok']);
      const client = new EspeakClient({ createWorker });
      const spoken = track(client.synthesize('Hallo', 'de-DE'));
      await vi.advanceTimersByTimeAsync(10_249);
      expect(spoken.state).toBe('pending');
      expect(workers).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(spoken.state).toBe('resolved');
      expect([...spoken.value!.samples]).toEqual([5]);
      expect(workers).toHaveLength(2);
      expect(workers[0]!.terminated).toBe(true);
      expect(texts(workers[1]!)).toEqual(['Hallo']);
    });

    it('rejects with a timeout error when the retry gets no answer either', async () => {
      vi.useFakeTimers();
      const { workers, createWorker } = scripted(['hang', 'hang', 'ok']);
      const client = new EspeakClient({ createWorker });
      const spoken = track(client.synthesize('Hallo', 'de-DE'));
      await vi.advanceTimersByTimeAsync(2 * 10_250 - 1);
      expect(spoken.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(spoken.state).toBe('rejected');
      expect(spoken.error).toBeInstanceOf(EspeakError);
      expect(spoken.error).toMatchObject({
        kind: 'timeout',
        message: 'the offline voice (eSpeak NG) did not answer within 10.3 s, again after a restart',
      });
      expect(workers[1]!.terminated).toBe(true);
      // The next request starts a fresh worker.
      await expect(client.synthesize('ok', 'en-US')).resolves.toMatchObject({ sampleRate: 22050 });
      expect(workers).toHaveLength(3);
    });

    it('re-sends the other pending requests; only the one that got stuck twice is rejected', async () => {
      vi.useFakeTimers();
      const { workers, createWorker } = scripted(['stuck-on-poison']);
      const client = new EspeakClient({ createWorker });
      const poison = track(client.synthesize('poison', 'en-US'));
      const first = track(client.synthesize('first', 'en-US'));
      const second = track(client.synthesize('second!', 'fr-FR'));
      await vi.advanceTimersByTimeAsync(10_300);
      expect(texts(workers[1]!)).toEqual(['poison', 'first', 'second!']);
      expect([poison.state, first.state, second.state]).toEqual(['pending', 'pending', 'pending']);
      await vi.advanceTimersByTimeAsync(10_300);
      expect(poison).toMatchObject({ state: 'rejected', error: { kind: 'timeout' } });
      expect(texts(workers[2]!)).toEqual(['first', 'second!']);
      expect(first.state).toBe('resolved');
      expect([...first.value!.samples]).toEqual([5]);
      expect(second.state).toBe('resolved');
      expect([...second.value!.samples]).toEqual([7]);
      expect(workers).toHaveLength(3);
    });

    it('leaves a slow worker alone, including requests queued behind a slow one', async () => {
      vi.useFakeTimers();
      const { workers, createWorker } = scripted(['slow']);
      const client = new EspeakClient({ createWorker });
      // Each takes 6 s of its 10.x s budget, one after the other: the second is answered 12 s
      // after it was sent, which is fine because its budget starts after the first one's.
      const a = track(client.synthesize('one', 'en-US'));
      const b = track(client.synthesize('two', 'en-US'));
      await vi.advanceTimersByTimeAsync(SLOW_MS);
      expect([a.state, b.state]).toEqual(['resolved', 'pending']);
      await vi.advanceTimersByTimeAsync(SLOW_MS);
      expect([a.state, b.state]).toEqual(['resolved', 'resolved']);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(workers).toHaveLength(1);
      expect(workers[0]!.terminated).toBe(false);
    });

    it('clears its timers on dispose', async () => {
      vi.useFakeTimers();
      const { workers, createWorker } = scripted(['hang']);
      const client = new EspeakClient({ createWorker });
      const spoken = track(client.synthesize('Hallo', 'de-DE'));
      client.dispose();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(spoken).toMatchObject({ state: 'rejected', error: { kind: 'synth', message: 'eSpeak client disposed' } });
      expect(workers).toHaveLength(1);
    });

    it('reaches the speaker as a speak error', async () => {
      vi.useFakeTimers();
      const { createWorker } = scripted(['hang']);
      const speaker = new EspeakSpeaker({ createWorker });
      const spoken = track(speaker.speak('Bonjour', 'fr-FR'));
      await vi.advanceTimersByTimeAsync(2 * 10_350);
      expect(spoken.state).toBe('rejected');
      expect(spoken.error).toBeInstanceOf(SpeakError);
      expect(spoken.error).toMatchObject({ kind: 'engine', message: expect.stringContaining('did not answer within 10.4 s, again after a restart') });
      speaker.dispose();
    });
  });
});
