/**
 * The JointNLU weights (training/model.py) taken out of the int8 ONNX file, or a PairNLU's: two or
 * more members under `model.a.`, `model.b.` (`model.c.`...) that share the first one's embedding table. Each int8 matrix
 * dequantized once, `(q - zero[row]) · scale[row]` as the graph's DequantizeLinear (axis 0)
 * does, except the 32,000-row embedding, which stays int8 and is dequantized per looked-up row
 * (16 MB of float32 for a dozen rows per utterance otherwise).
 */
import { NluError } from '../errors.ts';
import type { Linear, Norm } from './kernels.ts';
import { type Initializer, ONNX_FLOAT, ONNX_INT8, readInitializers } from './onnxInitializers.ts';

/** `config.json` `architecture`: the sizes the engine needs (training/model.py ModelConfig). */
export interface Architecture {
  vocab_size: number;
  emb_dim: number;
  d_model: number;
  n_layers: number;
  n_heads: number;
  ff_mult: number;
  kernel: number;
  attn_layers: number;
  n_intents: number;
  n_slots: number;
  /** The second member of a PairNLU (config.json `pair_architecture`); absent for one model. */
  pair?: Architecture;
  /** A PairNLU's members after the second (config.json `more_architectures`: `model.c.`, `model.d.`). */
  more?: Architecture[];
  /** A pair's `cascade_threshold`: the second member runs only where the first member's top intent
   * probability is below it (training/cascade_graph.py). Absent: it always runs. */
  cascadeThreshold?: number;
  /** A pair's `cascade_slot_threshold`: ... or where a token's top slot probability is below it. */
  cascadeSlotThreshold?: number;
  /** `cascade_more_threshold` (three members or more): where the second runs, the later members run
   * only where the first two's mean has a top intent probability below it (a third stage). */
  cascadeMoreThreshold?: number;
  /** `cascade_more_slot_threshold`: ... or a token's top slot probability below it. */
  cascadeMoreSlotThreshold?: number;
  /** A pair's bag-of-n-grams intent member (config.json `bag_architecture`, training/bag.py) and the
   * weight its logits are added with (`bag_weight`), the sum then divided by `bag_temperature`
   * (1 when absent); absent: none. */
  bag?: BagArchitecture;
  bagWeight?: number;
  bagTemperature?: number;
}

/** training/bag.py BagConfig: the sizes of the bag member. */
export interface BagArchitecture {
  vocab_size: number;
  n_buckets: number;
  dim: number;
  hidden: number;
  n_intents: number;
  trigrams: boolean;
  max_pool: boolean;
}

export interface ConvWeights {
  norm: Norm;
  pw1: Linear;
  /** Depthwise kernel `[d, kernel]` and bias `[d]`. */
  dw: { w: Float32Array; b: Float32Array; kernel: number };
  pw2: Linear;
}

export interface AttentionWeights {
  norm: Norm;
  qkv: Linear;
  out: Linear;
  heads: number;
}

export interface BlockWeights {
  conv: ConvWeights;
  attn: AttentionWeights | null;
  ff: { norm: Norm; fc1: Linear; fc2: Linear };
}

/** The bag member's weights: its two tables (int8, one scale per column), its norm and its head. */
export interface BagWeights {
  arch: BagArchitecture;
  unigram: ColumnTable;
  bigram: ColumnTable;
  norm: Norm;
  hidden: Linear;
  out: Linear;
}

/** An int8 table with one scale and zero point per column (training/quantize.py `table_axis=1`). */
export interface ColumnTable {
  q: Int8Array;
  scale: Float32Array;
  zero: Int8Array;
  rows: number;
  dim: number;
}

/** An int8 table with one scale and zero point per row. */
export interface QuantizedTable {
  q: Int8Array;
  scale: Float32Array;
  zero: Int8Array;
  rows: number;
  dim: number;
}

export interface EngineWeights {
  arch: Architecture;
  embed: QuantizedTable;
  proj: Linear;
  blocks: BlockWeights[];
  norm: Norm;
  poolScore: Linear;
  intentHidden: Linear;
  intentOut: Linear;
  slotTok: Linear;
  slotCtx: Linear;
  slotOut: Linear;
  /** A PairNLU's other members, in order: their own bodies and heads, the first member's `embed`. */
  others: EngineWeights[];
  /** A pair's bag member (`arch.bag`), or null. */
  bag: BagWeights | null;
}

const ARCH_KEYS: (keyof Architecture)[] = ['vocab_size', 'emb_dim', 'd_model', 'n_layers', 'n_heads', 'ff_mult', 'kernel', 'attn_layers', 'n_intents', 'n_slots'];

function checked(a: unknown): Architecture | null {
  if (!a || typeof a !== 'object') return null;
  const o = a as Record<string, unknown>;
  if (!ARCH_KEYS.every((k) => Number.isInteger(o[k]) && (o[k] as number) >= 0)) return null;
  const arch = a as Architecture;
  return arch.d_model % arch.n_heads === 0 && arch.kernel % 2 === 1 ? arch : null;
}

/** The letters of a PairNLU's members, as its weights are named (training/model.py MEMBER_NAMES). */
const MEMBER_NAMES = ['a', 'b', 'c', 'd'];

/** `config.architecture` (with `pair` from `config.pair_architecture`, `more` from
 * `config.more_architectures`) when it describes a model this engine can run, else null. A pair's
 * members must share the table's size and the labels. */
export function architectureOf(config: Record<string, unknown>): Architecture | null {
  const first = checked(config.architecture);
  if (!first || config.pair_architecture === undefined) {
    // A bag member comes only with a pair (training/add_bag.py).
    const single = config.more_architectures === undefined && config.bag_architecture === undefined;
    return first && single ? { ...first, pair: undefined, more: undefined } : null;
  }
  const moreConfig = config.more_architectures ?? [];
  if (!Array.isArray(moreConfig) || moreConfig.length > MEMBER_NAMES.length - 2) return null;
  const [second = null, ...more] = [config.pair_architecture, ...moreConfig].map(checked);
  const shared: (keyof Architecture)[] = ['vocab_size', 'emb_dim', 'n_intents', 'n_slots'];
  const sharesTable = (m: Architecture | null): m is Architecture => m !== null && shared.every((k) => first[k] === m[k]);
  if (!sharesTable(second) || !more.every(sharesTable)) return null;
  const threshold = config.cascade_threshold;
  const slotThreshold = config.cascade_slot_threshold;
  const moreThreshold = config.cascade_more_threshold;
  const moreSlotThreshold = config.cascade_more_slot_threshold;
  const number = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
  if (![threshold, slotThreshold, moreThreshold, moreSlotThreshold].every(number)) return null;
  // Each threshold needs the one before it; a third stage needs a third member.
  if (threshold === undefined && slotThreshold !== undefined) return null;
  if (moreThreshold !== undefined && (threshold === undefined || !more.length)) return null;
  if (moreThreshold === undefined && moreSlotThreshold !== undefined) return null;
  const bag = bagOf(config.bag_architecture, config.bag_weight, config.bag_temperature ?? 1, first);
  if (bag === null) return null;
  const member = (m: Architecture): Architecture => ({ ...m, pair: undefined, more: undefined });
  return {
    ...first,
    pair: member(second),
    more: more.length ? (more as Architecture[]).map(member) : undefined,
    cascadeThreshold: threshold as number | undefined,
    cascadeSlotThreshold: slotThreshold as number | undefined,
    cascadeMoreThreshold: moreThreshold as number | undefined,
    cascadeMoreSlotThreshold: moreSlotThreshold as number | undefined,
    ...bag,
  };
}

/** `config.bag_architecture`, `bag_weight` and `bag_temperature`: {} when there is no bag, null when
 * they are malformed or do not fit the first member (its vocabulary and labels). */
function bagOf(a: unknown, weight: unknown, temperature: unknown, first: Architecture): { bag: BagArchitecture; bagWeight: number; bagTemperature: number } | Record<string, never> | null {
  if (a === undefined && weight === undefined) return {};
  if (!a || typeof a !== 'object' || typeof weight !== 'number' || !Number.isFinite(weight)) return null;
  if (typeof temperature !== 'number' || !(temperature > 0) || !Number.isFinite(temperature)) return null;
  const o = a as Record<string, unknown>;
  const sizes = ['vocab_size', 'n_buckets', 'dim', 'hidden', 'n_intents'];
  if (!sizes.every((k) => Number.isInteger(o[k]) && (o[k] as number) > 0)) return null;
  const flag = (v: unknown) => v === undefined || typeof v === 'boolean';
  if (!flag(o.trigrams) || !flag(o.max_pool)) return null;
  const bag: BagArchitecture = {
    vocab_size: o.vocab_size as number,
    n_buckets: o.n_buckets as number,
    dim: o.dim as number,
    hidden: o.hidden as number,
    n_intents: o.n_intents as number,
    trigrams: o.trigrams === true,
    max_pool: o.max_pool === true,
  };
  return bag.vocab_size === first.vocab_size && bag.n_intents === first.n_intents ? { bag, bagWeight: weight, bagTemperature: temperature } : null;
}

class Reader {
  constructor(private readonly tensors: Map<string, Initializer>) {}

  private get(name: string, type: number, dims: number[]): Initializer {
    const t = this.tensors.get(name);
    if (!t) throw new NluError('model-corrupt', `model.int8.onnx lacks the weight ${name}`);
    const size = dims.reduce((a, b) => a * b, 1);
    const width = type === ONNX_FLOAT ? 4 : 1;
    if (t.dataType !== type || t.dims.join() !== dims.join() || t.bytes.length !== size * width) {
      throw new NluError('model-corrupt', `model.int8.onnx: ${name} is [${t.dims.join(', ')}] of type ${t.dataType}, expected [${dims.join(', ')}] of type ${type}`);
    }
    return t;
  }

  /** A float32 tensor, copied (its bytes in the file need not be 4-byte aligned). */
  floats(name: string, dims: number[]): Float32Array {
    const t = this.get(name, ONNX_FLOAT, dims);
    // NOTE: `new Uint8Array(view)` copies; `slice()` would not on a Node Buffer.
    return new Float32Array(new Uint8Array(t.bytes).buffer);
  }

  int8(name: string, dims: number[]): Int8Array {
    const t = this.get(name, ONNX_INT8, dims);
    return new Int8Array(t.bytes.buffer, t.bytes.byteOffset, t.bytes.length);
  }

  table(prefix: string, rows: number, dim: number): QuantizedTable {
    return {
      q: this.int8(`${prefix}.weight_int8`, [rows, dim]),
      scale: this.floats(`${prefix}.weight_scale`, [rows]),
      zero: this.int8(`${prefix}.weight_zero`, [rows]),
      rows,
      dim,
    };
  }

  /** `prefix.weight` (int8, per output row) and `prefix.bias` as a float32 dense layer. */
  linear(prefix: string, nIn: number, nOut: number): Linear {
    if (nIn % 4 !== 0) throw new NluError('model-corrupt', `${prefix}: input size ${nIn} is not a multiple of 4`);
    const { q, scale, zero } = this.table(prefix, nOut, nIn);
    const w = new Float32Array(nOut * nIn);
    for (let o = 0; o < nOut; o++) {
      const s = scale[o]!;
      const z = zero[o]!;
      for (let i = 0; i < nIn; i++) w[o * nIn + i] = (q[o * nIn + i]! - z) * s;
    }
    return { w, b: this.floats(`${prefix}.bias`, [nOut]), nIn, nOut };
  }

  /** A float32 layer (pool_score is not quantized: one output). */
  floatLinear(prefix: string, nIn: number, nOut: number): Linear {
    return { w: this.floats(`${prefix}.weight`, [nOut, nIn]), b: this.floats(`${prefix}.bias`, [nOut]), nIn, nOut };
  }

  /** `prefix.weight` as an int8 table with one scale and zero point per column. */
  columnTable(prefix: string, rows: number, dim: number): ColumnTable {
    return {
      q: this.int8(`${prefix}.weight_int8`, [rows, dim]),
      scale: this.floats(`${prefix}.weight_scale`, [dim]),
      zero: this.int8(`${prefix}.weight_zero`, [dim]),
      rows,
      dim,
    };
  }

  norm(prefix: string, dim: number): Norm {
    return { g: this.floats(`${prefix}.weight`, [dim]), b: this.floats(`${prefix}.bias`, [dim]) };
  }
}

/** One member's weights under `p` (`model.` for one model, `model.a.`, `model.b.`... for a pair). */
function readMember(r: Reader, p: string, arch: Architecture, embed: QuantizedTable): EngineWeights {
  const d = arch.d_model;
  const firstAttention = arch.n_layers - arch.attn_layers;
  const blocks: BlockWeights[] = [];
  for (let i = 0; i < arch.n_layers; i++) {
    const b = `${p}blocks.${i}`;
    blocks.push({
      conv: {
        norm: r.norm(`${b}.conv.norm`, d),
        pw1: r.linear(`${b}.conv.pw1`, d, 2 * d),
        dw: { w: r.floats(`${b}.conv.dw.weight`, [d, 1, arch.kernel]), b: r.floats(`${b}.conv.dw.bias`, [d]), kernel: arch.kernel },
        pw2: r.linear(`${b}.conv.pw2`, d, d),
      },
      attn: i >= firstAttention ? { norm: r.norm(`${b}.attn.norm`, d), qkv: r.linear(`${b}.attn.qkv`, d, 3 * d), out: r.linear(`${b}.attn.out`, d, d), heads: arch.n_heads } : null,
      ff: { norm: r.norm(`${b}.ff.norm`, d), fc1: r.linear(`${b}.ff.fc1`, d, arch.ff_mult * d), fc2: r.linear(`${b}.ff.fc2`, arch.ff_mult * d, d) },
    });
  }
  return {
    arch,
    embed,
    proj: r.linear(`${p}proj`, arch.emb_dim, d),
    blocks,
    norm: r.norm(`${p}norm`, d),
    poolScore: r.floatLinear(`${p}pool_score`, d, 1),
    intentHidden: r.linear(`${p}intent_mlp.0`, 2 * d, d),
    intentOut: r.linear(`${p}intent_mlp.3`, d, arch.n_intents),
    slotTok: r.linear(`${p}slot_tok`, d, d),
    slotCtx: r.linear(`${p}slot_ctx`, 2 * d, d),
    slotOut: r.linear(`${p}slot_out`, d, arch.n_slots),
    others: [],
    bag: null,
  };
}

/** The bag member's weights, `model.bag.*` (training/bag.py BagNLU). */
function readBag(r: Reader, arch: BagArchitecture): BagWeights {
  const width = (arch.max_pool ? 4 : 2) * arch.dim;
  return {
    arch,
    unigram: r.columnTable('model.bag.unigram', arch.vocab_size, arch.dim),
    bigram: r.columnTable('model.bag.bigram', arch.n_buckets, arch.dim),
    norm: r.norm('model.bag.norm', width),
    hidden: r.linear('model.bag.mlp.0', width, arch.hidden),
    out: r.linear('model.bag.mlp.3', arch.hidden, arch.n_intents),
  };
}

/** Reads and checks every weight of `arch` from the ONNX bytes; throws `model-corrupt` on any mismatch. */
export function readEngineWeights(onnx: Uint8Array, arch: Architecture): EngineWeights {
  const r = new Reader(readInitializers(onnx));
  if (!arch.pair) return readMember(r, 'model.', arch, r.table('model.embed', arch.vocab_size, arch.emb_dim));
  const table = r.table('model.a.embed', arch.vocab_size, arch.emb_dim);
  const others = [arch.pair, ...(arch.more ?? [])].map((m, i) => readMember(r, `model.${MEMBER_NAMES[i + 1]}.`, m, table));
  return { ...readMember(r, 'model.a.', arch, table), others, bag: arch.bag ? readBag(r, arch.bag) : null };
}
