/** The batch client on a scripted fake worker: progress, outcome, failure, cancel, a crashed worker. */
import { describe, expect, it } from 'vitest';
import { BatchClient, BatchFailure, type BatchWorkerLike } from './batchClient.ts';
import type { BatchWorkerRequest, BatchWorkerResponse } from './protocol.ts';
import type { BatchOutcome } from './types.ts';

class FakeWorker implements BatchWorkerLike {
  onmessage: ((event: { data: BatchWorkerResponse }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  received: BatchWorkerRequest[] = [];
  terminated = false;
  constructor(private readonly script: BatchWorkerResponse[]) {}
  postMessage(message: BatchWorkerRequest): void {
    this.received.push(message);
    queueMicrotask(() => this.script.forEach((data) => this.onmessage?.({ data })));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const OUTCOME = { report: { utterances: 2 }, analysis: {}, file: {} } as unknown as BatchOutcome;
const REQUEST = { file: new Blob(['x']), name: 'x.jsonl', modelUrl: '/models/m/', partitions: null, batchSize: 64, knownLocales: ['de-DE'] };

describe('BatchClient', () => {
  it('passes progress on and resolves with the outcome, keeping its worker for the next run', async () => {
    const workers: FakeWorker[] = [];
    const client = new BatchClient(() => {
      const w = new FakeWorker([{ type: 'reading' }, { type: 'progress', locale: 'de-DE', doneInLocale: 1, localeTotal: 2, done: 1, total: 2, msPerUtt: 3 }, { type: 'done', outcome: OUTCOME }]);
      workers.push(w);
      return w;
    });
    const events: string[] = [];
    await expect(client.run(REQUEST, (e) => events.push(e.type))).resolves.toBe(OUTCOME);
    expect(events).toEqual(['reading', 'progress']);
    expect(workers[0]!.received[0]).toMatchObject({ type: 'run', name: 'x.jsonl', batchSize: 64 });
    await client.run(REQUEST, () => undefined);
    expect(workers).toHaveLength(1);
  });

  it('rejects with the stage and what was read when the run fails', async () => {
    const file = { lines: 2, selected: 0, partitions: {}, errors: [], errorCount: 2, cutAt: null };
    const client = new BatchClient(() => new FakeWorker([{ type: 'failed', stage: 'run', message: 'no records to evaluate', file }]));
    await expect(client.run(REQUEST, () => undefined)).rejects.toMatchObject({ stage: 'run', message: 'no records to evaluate', file });
  });

  it('cancels by terminating the worker; the next run gets a new one', async () => {
    const workers: FakeWorker[] = [];
    const client = new BatchClient(() => {
      const w = new FakeWorker([]);
      workers.push(w);
      return w;
    });
    const run = client.run(REQUEST, () => undefined);
    client.cancel();
    await expect(run).rejects.toEqual(new BatchFailure('cancelled', 'cancelled'));
    expect(workers[0]!.terminated).toBe(true);
    void client.run(REQUEST, () => undefined).catch(() => undefined);
    expect(workers).toHaveLength(2);
    client.dispose();
    expect(workers[1]!.terminated).toBe(true);
  });

  it('reports a worker that dies', async () => {
    let worker: FakeWorker | null = null;
    const client = new BatchClient(() => (worker = new FakeWorker([])));
    const run = client.run(REQUEST, () => undefined);
    let cancelled = false;
    worker!.onerror?.({ message: 'out of memory', preventDefault: () => (cancelled = true) });
    await expect(run).rejects.toMatchObject({ stage: 'worker', message: 'out of memory' });
    // Handled: the browser must not report it again as an uncaught error of the page.
    expect(cancelled).toBe(true);
  });
});
