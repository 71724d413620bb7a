import { describe, expect, it } from 'vitest';
import { NluError } from '../nlu/errors.ts';
import { ProgressTotals, toPortEvent } from './nluAdapter.ts';

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
