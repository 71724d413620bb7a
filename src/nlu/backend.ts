/**
 * Backend choice, in one place. WASM (SIMD; multi-threaded when the page is cross-origin
 * isolated) is the default; WebGPU is tried only when `navigator.gpu.requestAdapter()` gives a
 * real (non-fallback) adapter and wins the warm-up timing; `?backend=wasm|webgpu` overrides.
 */
import type { BackendName } from './types.ts';
import type { BackendPreference } from './protocol.ts';

/** The part of `navigator.gpu` we touch (no dependency on @webgpu/types). */
export interface GpuLike {
  requestAdapter(): Promise<{ isFallbackAdapter?: boolean; info?: { isFallbackAdapter?: boolean } } | null>;
}

/** Reads `?backend=wasm|webgpu` from a URL query string; anything else means automatic. */
export function backendFromQuery(search: string): BackendPreference {
  const value = new URLSearchParams(search).get('backend');
  return value === 'wasm' || value === 'webgpu' ? value : 'auto';
}

/** Whether a WebGPU adapter exists, and whether it is a software fallback. */
export async function probeWebGpu(gpu: GpuLike | undefined): Promise<{ adapter: boolean; fallback: boolean }> {
  if (!gpu) return { adapter: false, fallback: false };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { adapter: false, fallback: false };
    return { adapter: true, fallback: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter) };
  } catch {
    return { adapter: false, fallback: false };
  }
}

/** Backends to try, in order, with the reason; the caller measures when there are two. */
export async function backendCandidates(
  preference: BackendPreference,
  gpu: GpuLike | undefined,
): Promise<{ candidates: BackendName[]; reason: string }> {
  if (preference === 'wasm') return { candidates: ['wasm'], reason: 'forced by ?backend=wasm' };
  const probe = await probeWebGpu(gpu);
  if (preference === 'webgpu') {
    return probe.adapter
      ? { candidates: ['webgpu'], reason: 'forced by ?backend=webgpu' }
      : { candidates: ['wasm'], reason: '?backend=webgpu asked, but no WebGPU adapter: using wasm' };
  }
  if (!probe.adapter) return { candidates: ['wasm'], reason: 'no WebGPU adapter' };
  if (probe.fallback) return { candidates: ['wasm'], reason: 'WebGPU adapter is a software fallback' };
  return { candidates: ['webgpu', 'wasm'], reason: 'WebGPU adapter found; timing both' };
}

/** WASM threads to use: several only when SharedArrayBuffer is allowed (cross-origin isolation). */
export function wasmThreads(isolated: boolean, cores: number | undefined): number {
  return isolated ? Math.max(1, Math.min(4, cores ?? 1)) : 1;
}

/**
 * WASM threads of the interactive NLU worker: one unless more are asked for (`?threads=n`).
 * It parses one short utterance at a time, where a second thread adds no speed (in-worker
 * p50 2.2 ms with 1 or 2 threads, headless Chromium on 2 cores) but its wake-up costs the
 * round trip: p50 3.8-7.3 ms with 1 thread (5 runs) against 6.3-7.6 ms with 2, p95 20-31 against 30-32.
 * The batch worker, which runs padded batches of 64, picks its own.
 */
export function interactiveThreads(allowed: number, wanted: number | undefined): number {
  return Math.max(1, Math.min(allowed, wanted ?? 1));
}

/** Picks the faster of measured candidates (ms per warm-up inference). */
export function pickFaster(timings: ReadonlyArray<{ backend: BackendName; ms: number }>): BackendName {
  const best = [...timings].sort((a, b) => a.ms - b.ms)[0];
  if (!best) throw new Error('no backend was measured');
  return best.backend;
}
