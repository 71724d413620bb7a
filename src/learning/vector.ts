/** Small vector helpers for embeddings (plain arrays: they are stored and posted as they are). */

/** `v / |v|`; the zero vector stays zero. */
export function normalize(v: readonly number[]): number[] {
  let sum = 0;
  for (const x of v) sum += x * x;
  const n = Math.sqrt(sum);
  return n > 0 ? v.map((x) => x / n) : v.map(() => 0);
}

/** Dot product (the cosine similarity of two normalized vectors); 0 when the sizes differ. */
export function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
