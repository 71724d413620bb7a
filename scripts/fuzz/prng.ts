/**
 * Seeded, deterministic randomness for the fuzz harness. Every input gets its own stream,
 * derived from (seed, index), so input #i is the same whatever the count or start index:
 * one input (or a session slice) can be replayed without generating the ones before it.
 */

/** 32-bit mix (murmur3 finalizer): spreads nearby seeds/indices over the whole range. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A small seeded PRNG (mulberry32) with the helpers the generator needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream for input `index` of run `seed`. */
  static forInput(seed: number, index: number, salt = 0): Rng {
    return new Rng(mix32(mix32(seed ^ 0x9e3779b9) ^ mix32(index + 0x632be5ab) ^ Math.imul(salt + 1, 0x27d4eb2d)));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }

  /** A code point drawn uniformly from one of `ranges` ([first, last] inclusive). */
  codePoint(ranges: readonly (readonly [number, number])[]): string {
    const [a, b] = this.pick(ranges);
    return String.fromCodePoint(this.int(a, b));
  }
}
