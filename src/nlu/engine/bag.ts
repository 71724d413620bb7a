/**
 * The bag-of-n-grams intent member (training/bag.py BagNLU) for one utterance of real tokens: the
 * mean (and, with `max_pool`, the max) of its unigram rows and of its hashed bigram (and trigram)
 * rows, a LayerNorm, a two-layer head. The hashing is the graph's integer arithmetic; every product
 * stays below 2^53, so JavaScript's numbers compute it exactly.
 */
import { geluInPlace, layerNorm, linear } from './kernels.ts';
import type { BagWeights, ColumnTable } from './weights.ts';

/** training/bag.py BIGRAM_MUL and TRIGRAM_MUL. */
const BIGRAM_MUL = 32771;
const TRIGRAM_MUL = 7919;

/** Scratch buffers of the bag member, allocated once per engine. */
export class BagWorkspace {
  readonly row: Float32Array;
  readonly sum: Float32Array;
  readonly max: Float32Array;
  readonly feats: Float32Array;
  readonly normed: Float32Array;
  readonly hidden: Float32Array;
  readonly logits: Float32Array;

  constructor(readonly w: BagWeights) {
    const { dim, hidden, n_intents: nIntents, max_pool: maxPool } = w.arch;
    const width = (maxPool ? 4 : 2) * dim;
    this.row = new Float32Array(dim);
    this.sum = new Float32Array(dim);
    this.max = new Float32Array(dim);
    this.feats = new Float32Array(width);
    this.normed = new Float32Array(width);
    this.hidden = new Float32Array(hidden);
    this.logits = new Float32Array(nIntents);
  }
}

/** Dequantizes row `r` of a per-column int8 table into `out`. */
function rowOf(t: ColumnTable, r: number, out: Float32Array): void {
  if (!(r >= 0 && r < t.rows)) throw new RangeError(`row ${r} is outside the table (0..${t.rows - 1})`);
  for (let j = 0; j < t.dim; j++) out[j] = (t.q[r * t.dim + j]! - t.zero[j]!) * t.scale[j]!;
}

/** Pools the rows `rows` of `t` into feats: the mean at `meanAt`, the max at `maxAt` (when >= 0). */
function pool(ws: BagWorkspace, t: ColumnTable, rows: number[], meanAt: number, maxAt: number): void {
  const dim = t.dim;
  ws.sum.fill(0);
  ws.max.fill(-Infinity);
  for (const r of rows) {
    rowOf(t, r, ws.row);
    for (let j = 0; j < dim; j++) {
      ws.sum[j] = ws.sum[j]! + ws.row[j]!;
      if (ws.row[j]! > ws.max[j]!) ws.max[j] = ws.row[j]!;
    }
  }
  for (let j = 0; j < dim; j++) ws.feats[meanAt + j] = ws.sum[j]! / rows.length;
  if (maxAt >= 0) ws.feats.set(ws.max, maxAt);
}

/** The buckets of an utterance's n + 1 bigrams (the vocabulary size stands for its edges), then,
 * with trigrams, of the n + 1 trigrams that end where they end. */
export function bagBuckets(ids: ArrayLike<number>, n: number, vocab: number, buckets: number, trigrams: boolean): number[] {
  const at = (t: number) => (t >= 0 && t < n ? ids[t]! : vocab);
  const out: number[] = [];
  for (let j = 0; j <= n; j++) out.push((at(j - 1) * BIGRAM_MUL + at(j)) % buckets);
  if (trigrams) for (let j = 0; j <= n; j++) out.push(((at(j - 2) * BIGRAM_MUL + at(j - 1)) * TRIGRAM_MUL + at(j)) % buckets);
  return out;
}

/** The bag's intent logits for `n >= 1` token ids, in `ws.logits`. */
export function bagLogits(ws: BagWorkspace, ids: ArrayLike<number>, n: number): Float32Array {
  const { arch, unigram, bigram } = ws.w;
  const dim = arch.dim;
  const tokens = Array.from({ length: n }, (_, t) => ids[t]!);
  const maxPool = arch.max_pool;
  // feats = [mean uni, mean bi] or, with max pooling, [mean uni, mean bi, max uni, max bi].
  pool(ws, unigram, tokens, 0, maxPool ? 2 * dim : -1);
  pool(ws, bigram, bagBuckets(ids, n, arch.vocab_size, arch.n_buckets, arch.trigrams), dim, maxPool ? 3 * dim : -1);
  layerNorm(ws.feats, 1, ws.feats.length, ws.w.norm, ws.normed);
  linear(ws.normed, 1, ws.w.hidden, ws.hidden);
  geluInPlace(ws.hidden, ws.hidden.length);
  linear(ws.hidden, 1, ws.w.out, ws.logits);
  return ws.logits;
}
