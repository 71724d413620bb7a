/** Percentiles by nearest rank, checked by hand. */
import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './latency.ts';

describe('latency summary', () => {
  it('uses the nearest-rank percentile', () => {
    const v = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(percentile(v, 90)).toBe(9);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
  it('summarizes', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, p50: 2, p95: 4, mean: 2.5, min: 1, max: 4 });
  });
});
