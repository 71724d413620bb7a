/** Backend choice: URL override, adapter probing, fallback adapters, thread count. */
import { describe, expect, it } from 'vitest';
import { backendCandidates, backendFromQuery, type GpuLike, interactiveThreads, pickFaster, wasmThreads } from './backend.ts';

const gpu = (adapter: object | null): GpuLike => ({ requestAdapter: async () => adapter });

describe('backend choice', () => {
  it('reads the ?backend override', () => {
    expect(backendFromQuery('?backend=webgpu')).toBe('webgpu');
    expect(backendFromQuery('?x=1&backend=wasm')).toBe('wasm');
    expect(backendFromQuery('?backend=cuda')).toBe('auto');
    expect(backendFromQuery('')).toBe('auto');
  });

  it('uses wasm without navigator.gpu or with a null adapter', async () => {
    expect((await backendCandidates('auto', undefined)).candidates).toEqual(['wasm']);
    expect(await backendCandidates('auto', gpu(null))).toEqual({ candidates: ['wasm'], reason: 'no WebGPU adapter' });
  });

  it('never picks a software fallback adapter automatically', async () => {
    expect((await backendCandidates('auto', gpu({ info: { isFallbackAdapter: true } }))).candidates).toEqual(['wasm']);
    expect((await backendCandidates('auto', gpu({ isFallbackAdapter: true }))).candidates).toEqual(['wasm']);
  });

  it('times both when a real adapter exists, and honours overrides', async () => {
    expect((await backendCandidates('auto', gpu({ info: {} }))).candidates).toEqual(['webgpu', 'wasm']);
    expect((await backendCandidates('webgpu', gpu({ info: { isFallbackAdapter: true } }))).candidates).toEqual(['webgpu']);
    expect((await backendCandidates('webgpu', undefined)).candidates).toEqual(['wasm']);
    expect((await backendCandidates('wasm', gpu({}))).candidates).toEqual(['wasm']);
  });

  it('survives a throwing requestAdapter', async () => {
    const broken: GpuLike = { requestAdapter: () => Promise.reject(new Error('boom')) };
    expect((await backendCandidates('auto', broken)).candidates).toEqual(['wasm']);
  });

  it('uses threads only when cross-origin isolated', () => {
    expect(wasmThreads(false, 8)).toBe(1);
    expect(wasmThreads(true, 2)).toBe(2);
    expect(wasmThreads(true, 16)).toBe(4);
    expect(wasmThreads(true, undefined)).toBe(1);
  });

  it('gives the interactive worker one thread unless more are asked for and allowed', () => {
    expect(interactiveThreads(2, undefined)).toBe(1);
    expect(interactiveThreads(4, 2)).toBe(2);
    expect(interactiveThreads(1, 4)).toBe(1);
    expect(interactiveThreads(4, 0)).toBe(1);
  });

  it('picks the faster measured backend', () => {
    expect(pickFaster([{ backend: 'webgpu', ms: 3 }, { backend: 'wasm', ms: 0.8 }])).toBe('wasm');
    expect(pickFaster([{ backend: 'webgpu', ms: 0.2 }, { backend: 'wasm', ms: 0.8 }])).toBe('webgpu');
  });
});
