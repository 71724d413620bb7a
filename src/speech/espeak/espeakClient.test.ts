import { describe, expect, it } from 'vitest';
import { EspeakClient } from './espeakClient.ts';
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

describe('EspeakClient', () => {
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
});
