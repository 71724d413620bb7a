/**
 * JointNLU's forward pass (training/model.py `JointNLU.forward`) for one utterance of real
 * tokens, in float32 buffers allocated once per engine. Pads never enter: rows of a padded
 * batch are run at their own length, which the graph's masks make equivalent (padded
 * positions get no attention or pooling weight, and the conv sees zeros past the end either way).
 */
import { BagWorkspace, bagLogits } from './bag.ts';
import { addInPlace, geluInPlace, layerNorm, linear, softmaxInPlace } from './kernels.ts';
import type { Architecture, AttentionWeights, BlockWeights, ConvWeights, EngineWeights } from './weights.ts';

/** Where one utterance's outputs are written. */
export interface ForwardOutput {
  /** `[n_intents]`. */
  intent: Float32Array;
  /** `[tokens, n_slots]`. */
  slots: Float32Array;
  /** `[d_model]`: the utterance embedding of model format v2. */
  embedding: Float32Array;
}

/** Scratch buffers sized for `maxTokens`, reused by every call. */
export class Workspace {
  readonly x: Float32Array;
  readonly h: Float32Array;
  readonly wide: Float32Array;
  readonly mid: Float32Array;
  readonly scores: Float32Array;
  readonly sent: Float32Array;
  readonly ctx: Float32Array;
  /** A pair's other members: their own buffers, and where their outputs go before they are averaged. */
  readonly others: Workspace[];
  readonly otherOut: ForwardOutput[];
  /** Where the other members' logits are summed. */
  readonly othersSum: ForwardOutput | null;
  /** The bag member's buffers, when the model has one. */
  readonly bag: BagWorkspace | null;

  constructor(
    readonly w: EngineWeights,
    readonly maxTokens: number,
  ) {
    const { d_model: d, emb_dim: e, ff_mult: ff } = w.arch;
    const widest = Math.max(3 * d, 2 * d, ff * d, e);
    this.x = new Float32Array(maxTokens * d);
    this.h = new Float32Array(maxTokens * Math.max(d, e));
    this.wide = new Float32Array(maxTokens * widest);
    this.mid = new Float32Array(maxTokens * d);
    this.scores = new Float32Array(Math.max(maxTokens, 1));
    this.sent = new Float32Array(2 * d);
    this.ctx = new Float32Array(d);
    const outputOf = (a: Architecture): ForwardOutput => ({ intent: new Float32Array(a.n_intents), slots: new Float32Array(maxTokens * a.n_slots), embedding: new Float32Array(a.d_model) });
    this.others = w.others.map((o) => new Workspace(o, maxTokens));
    this.otherOut = w.others.map((o) => outputOf(o.arch));
    this.othersSum = w.others.length ? outputOf(w.arch) : null;
    this.bag = w.bag ? new BagWorkspace(w.bag) : null;
  }
}

function embed(ws: Workspace, ids: ArrayLike<number>, n: number): void {
  const { q, scale, zero, rows, dim } = ws.w.embed;
  for (let t = 0; t < n; t++) {
    const id = ids[t]!;
    if (!(id >= 0 && id < rows)) throw new RangeError(`token id ${id} is outside the vocabulary (0..${rows - 1})`);
    const s = scale[id]!;
    const z = zero[id]!;
    for (let j = 0; j < dim; j++) ws.h[t * dim + j] = (q[id * dim + j]! - z) * s;
  }
  linear(ws.h, n, ws.w.proj, ws.x);
}

/** x += pw2(gelu(depthwise(glu(pw1(LN(x)))))). */
function convModule(ws: Workspace, c: ConvWeights, n: number, d: number): void {
  layerNorm(ws.x, n, d, c.norm, ws.h);
  linear(ws.h, n, c.pw1, ws.wide);
  // GLU: first half times the sigmoid of the second half, into h.
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < d; i++) {
      const gate = ws.wide[t * 2 * d + d + i]!;
      ws.h[t * d + i] = ws.wide[t * 2 * d + i]! / (1 + Math.exp(-gate));
    }
  }
  const half = c.dw.kernel >> 1;
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < d; i++) {
      let s = c.dw.b[i]!;
      for (let k = 0; k < c.dw.kernel; k++) {
        const src = t + k - half;
        if (src >= 0 && src < n) s += c.dw.w[i * c.dw.kernel + k]! * ws.h[src * d + i]!;
      }
      ws.mid[t * d + i] = s;
    }
  }
  geluInPlace(ws.mid, n * d);
  linear(ws.mid, n, c.pw2, ws.h);
  addInPlace(ws.x, ws.h, n * d);
}

/** x += out(softmax(q·kᵀ / √dₕ) · v), heads side by side as the model's `view` lays them out. */
function attention(ws: Workspace, a: AttentionWeights, n: number, d: number): void {
  layerNorm(ws.x, n, d, a.norm, ws.h);
  linear(ws.h, n, a.qkv, ws.wide);
  const dh = d / a.heads;
  const scale = dh ** -0.5;
  const qkv = ws.wide;
  for (let head = 0; head < a.heads; head++) {
    const off = head * dh;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < dh; k++) s += qkv[i * 3 * d + off + k]! * qkv[j * 3 * d + d + off + k]!;
        ws.scores[j] = s * scale;
      }
      softmaxInPlace(ws.scores, 0, n);
      for (let k = 0; k < dh; k++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += ws.scores[j]! * qkv[j * 3 * d + 2 * d + off + k]!;
        ws.mid[i * d + off + k] = s;
      }
    }
  }
  linear(ws.mid, n, a.out, ws.h);
  addInPlace(ws.x, ws.h, n * d);
}

function feedForward(ws: Workspace, b: BlockWeights, n: number, d: number): void {
  layerNorm(ws.x, n, d, b.ff.norm, ws.h);
  linear(ws.h, n, b.ff.fc1, ws.wide);
  geluInPlace(ws.wide, n * b.ff.fc1.nOut);
  linear(ws.wide, n, b.ff.fc2, ws.h);
  addInPlace(ws.x, ws.h, n * d);
}

/** The top softmax probability of `logits[from, from + n)`, in float32 as the graph's Softmax gives it. */
function topProbability(logits: Float32Array, from = 0, n = logits.length): number {
  let max = -Infinity;
  for (let i = from; i < from + n; i++) if (logits[i]! > max) max = logits[i]!;
  let sum = 0;
  for (let i = from; i < from + n; i++) sum += Math.exp(logits[i]! - max);
  return Math.fround(1 / sum);
}

/** Whether logits are sure enough to answer: their top intent probability at least `threshold` and,
 * with a `slotThreshold`, every token's top slot probability at least that (docs/model-format.md,
 * "The cascade"). NOTE: each probability is compared in float32, as the graph compares with its
 * float32 constants. */
function isSure(out: ForwardOutput, nSlots: number, n: number, threshold: number | undefined, slotThreshold: number | undefined): boolean {
  if (threshold === undefined) return false;
  if (topProbability(out.intent) < Math.fround(threshold)) return false;
  if (slotThreshold === undefined) return true;
  const least = Math.fround(slotThreshold);
  for (let t = 0; t < n; t++) if (topProbability(out.slots, t * nSlots, nSlots) < least) return false;
  return true;
}

/** `sum` = the sum of `members`' logits (float32), each run into its own buffers. */
function sumOf(ws: Workspace, members: number[], ids: ArrayLike<number>, n: number, sum: ForwardOutput): void {
  const slots = n * ws.w.arch.n_slots;
  members.forEach((k, j) => {
    const o = ws.otherOut[k]!;
    forwardMember(ws.others[k]!, ids, n, o);
    for (let i = 0; i < o.intent.length; i++) sum.intent[i] = j === 0 ? o.intent[i]! : sum.intent[i]! + o.intent[i]!;
    for (let i = 0; i < slots; i++) sum.slots[i] = j === 0 ? o.slots[i]! : sum.slots[i]! + o.slots[i]!;
  });
}

/** Runs the model on `n ≥ 1` token ids and writes its three outputs into `out`. A pair (PairNLU)
 * writes the mean of its members' logits and its first member's embedding, as its ONNX graph does;
 * with a cascade threshold, the first member's logits alone where it is that sure; with a bag
 * member, its logits times `bagWeight` are then added to the intent and the sum divided by
 * `bagTemperature` (training/bag_graph.py). */
export function forward(ws: Workspace, ids: ArrayLike<number>, n: number, out: ForwardOutput): void {
  forwardCascade(ws, ids, n, out);
  if (!ws.bag) return;
  const logits = bagLogits(ws.bag, ids, n);
  // As the graph: Mul by the float32 weight, Add, then Mul by float32(1 / temperature).
  const weight = Math.fround(ws.w.arch.bagWeight ?? 0);
  const inverse = Math.fround(1 / (ws.w.arch.bagTemperature ?? 1));
  for (let i = 0; i < out.intent.length; i++) out.intent[i] = Math.fround(out.intent[i]! + Math.fround(logits[i]! * weight)) * inverse;
}

function forwardCascade(ws: Workspace, ids: ArrayLike<number>, n: number, out: ForwardOutput): void {
  forwardMember(ws, ids, n, out);
  const sum = ws.othersSum;
  const arch = ws.w.arch;
  if (!sum || isSure(out, arch.n_slots, n, arch.cascadeThreshold, arch.cascadeSlotThreshold)) return;
  const slots = n * arch.n_slots;
  const share = Math.fround(1 / (ws.others.length + 1));
  const all = ws.others.map((_, k) => k);
  if (arch.cascadeMoreThreshold === undefined) {
    // As the graph: the others' sum (float32), plus the first's, times float32(1 / members).
    sumOf(ws, all, ids, n, sum);
    for (let i = 0; i < out.intent.length; i++) out.intent[i] = Math.fround(out.intent[i]! + sum.intent[i]!) * share;
    for (let i = 0; i < slots; i++) out.slots[i] = Math.fround(out.slots[i]! + sum.slots[i]!) * share;
    return;
  }
  // Three stages (cascade_graph.py): S = A + B, the pair's mean S * 1/2 where it is sure, else
  // (S + the later members' sum) * 1/n. `out` holds S from here on.
  sumOf(ws, [0], ids, n, sum);
  for (let i = 0; i < out.intent.length; i++) out.intent[i] = out.intent[i]! + sum.intent[i]!;
  for (let i = 0; i < slots; i++) out.slots[i] = out.slots[i]! + sum.slots[i]!;
  for (let i = 0; i < out.intent.length; i++) sum.intent[i] = out.intent[i]! * 0.5;
  for (let i = 0; i < slots; i++) sum.slots[i] = out.slots[i]! * 0.5;
  if (isSure(sum, arch.n_slots, n, arch.cascadeMoreThreshold, arch.cascadeMoreSlotThreshold)) {
    out.intent.set(sum.intent);
    out.slots.set(sum.slots.subarray(0, slots));
    return;
  }
  sumOf(ws, all.slice(1), ids, n, sum);
  for (let i = 0; i < out.intent.length; i++) out.intent[i] = Math.fround(out.intent[i]! + sum.intent[i]!) * share;
  for (let i = 0; i < slots; i++) out.slots[i] = Math.fround(out.slots[i]! + sum.slots[i]!) * share;
}

function forwardMember(ws: Workspace, ids: ArrayLike<number>, n: number, out: ForwardOutput): void {
  const w = ws.w;
  const d = w.arch.d_model;
  if (n < 1 || n > ws.maxTokens) throw new RangeError(`the engine runs 1 to ${ws.maxTokens} tokens, got ${n}`);
  embed(ws, ids, n);
  for (const b of w.blocks) {
    convModule(ws, b.conv, n, d);
    if (b.attn) attention(ws, b.attn, n, d);
    feedForward(ws, b, n, d);
  }
  const h = ws.mid;
  layerNorm(ws.x, n, d, w.norm, h);
  // Attention pooling and max pooling over the tokens, side by side.
  linear(h, n, w.poolScore, ws.scores);
  softmaxInPlace(ws.scores, 0, n);
  for (let i = 0; i < d; i++) {
    let sum = 0;
    let max = -Infinity;
    for (let t = 0; t < n; t++) {
      const v = h[t * d + i]!;
      sum += ws.scores[t]! * v;
      if (v > max) max = v;
    }
    ws.sent[i] = sum;
    ws.sent[d + i] = max;
  }
  linear(ws.sent, 1, w.intentHidden, out.embedding);
  geluInPlace(out.embedding, d);
  linear(out.embedding, 1, w.intentOut, out.intent);
  // Slots: each token's own projection plus the utterance summary's.
  linear(ws.sent, 1, w.slotCtx, ws.ctx);
  linear(h, n, w.slotTok, ws.h);
  for (let t = 0; t < n; t++) for (let i = 0; i < d; i++) ws.h[t * d + i] = ws.h[t * d + i]! + ws.ctx[i]!;
  geluInPlace(ws.h, n * d);
  linear(ws.h, n, w.slotOut, out.slots);
}
