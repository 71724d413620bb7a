/**
 * Latency summary shared by the Node and browser benchmarks: percentiles by the
 * nearest-rank method over per-call milliseconds.
 */

/** p50/p95/mean/min/max of a set of timings, in ms. */
export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile (`q` in 0..100) of unsorted values. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((q / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Summarizes timings, rounded to 0.01 ms. */
export function summarize(values: readonly number[]): LatencySummary {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: values.length,
    p50: r(percentile(values, 50)),
    p95: r(percentile(values, 95)),
    mean: r(values.reduce((a, b) => a + b, 0) / (values.length || 1)),
    min: r(Math.min(...values)),
    max: r(Math.max(...values)),
  };
}
