/**
 * The JS engine against onnxruntime on the shipped model: same intents, word labels and
 * embeddings within float32 noise, on the project's example sentences of all 52 locales and
 * on padded batches; the cascade (the second member only where the first is unsure, the third only
 * where the first two are unsure together);
 * and its parts: the ONNX reader's errors, erf, the architecture check, the handover between engines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsFetcher } from '../../../scripts/node/fsFetcher.ts';
import { loadAssets, type ModelAssets } from '../assets.ts';
import { softmax } from '../decode.ts';
import type { Batch } from '../encode.ts';
import { NluError } from '../errors.ts';
import { DEFAULT_MODEL_ID } from '../index.ts';
import { createNluModel, type NluModel } from '../nluModel.ts';
import { type BatchLogits, createOrtRunner, type LogitsRunner } from '../ortSession.ts';
import { bagBuckets } from './bag.ts';
import { HandoverRunner } from './handover.ts';
import { createJsRunner } from './jsRunner.ts';
import { erf } from './kernels.ts';
import { readInitializers } from './onnxInitializers.ts';
import { architectureOf, readEngineWeights } from './weights.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MODEL_DIR = join(ROOT, 'public', 'models', DEFAULT_MODEL_ID);
const EXAMPLES = JSON.parse(readFileSync(join(ROOT, 'src', 'i18n', 'examples.json'), 'utf8')) as Record<string, string[]>;

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('JS engine parity with onnxruntime (shipped model)', () => {
  let assets: ModelAssets;
  let js: NluModel;
  let ort: NluModel;
  beforeAll(async () => {
    assets = await loadAssets(fsFetcher(MODEL_DIR));
    js = createNluModel(assets, createJsRunner(assets.onnx, architectureOf(assets.config)!, assets.config.max_tokens));
    ort = createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
  });
  afterAll(async () => {
    await js.runner.release();
    await ort.runner.release();
  });

  it('gives the same intent, word labels and embedding on every example of all 52 locales', async () => {
    let n = 0;
    let worstConfidence = 0;
    let worstEmbedding = 0;
    for (const [locale, texts] of Object.entries(EXAMPLES)) {
      for (const text of texts) {
        const a = await js.parse(text, locale);
        const b = await ort.parse(text, locale);
        expect(a.backend).toBe('js');
        expect({ locale, text, intent: a.intent, labels: a.wordLabels }).toEqual({ locale, text, intent: b.intent, labels: b.wordLabels });
        worstConfidence = Math.max(worstConfidence, Math.abs(a.confidence - b.confidence));
        worstEmbedding = Math.max(worstEmbedding, maxAbsDiff(a.embedding!, b.embedding!));
        n++;
      }
    }
    expect(Object.keys(EXAMPLES)).toHaveLength(52);
    expect(n).toBeGreaterThan(150);
    // Float32 noise: the two sum in different orders (measured: about 5e-6).
    expect(worstConfidence).toBeLessThan(1e-4);
    expect(worstEmbedding).toBeLessThan(1e-3);
  });

  it('runs a padded batch as onnxruntime does: raw logits agree on every real token', async () => {
    const reqs = [
      { text: 'wake me up at seven tomorrow morning please', locale: 'en-US' },
      { text: 'licht an', locale: 'de-DE' },
      { text: '明日の天気は', locale: 'ja-JP' },
      { text: '   ', locale: 'fr-FR' },
    ].filter((r) => r.text.trim());
    const prepared = reqs.map((r) => js.prepare(r));
    const { makeBatch } = await import('../encode.ts');
    const batch = makeBatch(prepared.map((p) => p.enc), assets.config.pad_id);
    const a = await js.runner.run(batch);
    const b = await ort.runner.run(batch);
    expect(maxAbsDiff(a.intentLogits, b.intentLogits)).toBeLessThan(1e-3);
    expect(maxAbsDiff(a.embedding!, b.embedding!)).toBeLessThan(1e-3);
    const nSlots = assets.labels.slots.length;
    prepared.forEach((p, row) => {
      const from = row * batch.seqLen * nSlots;
      const to = from + p.enc.inputIds.length * nSlots;
      expect(maxAbsDiff(a.slotLogits.subarray(from, to), b.slotLogits.subarray(from, to))).toBeLessThan(1e-3);
    });
    // The batch's rows equal the same utterances parsed alone.
    const alone = await js.parse(reqs[1]!.text, reqs[1]!.locale);
    expect((await js.parseBatch(reqs))[1]!.embedding).toEqual(alone.embedding);
  });

  it('agrees with onnxruntime on hostile text: emoji, control characters, lone surrogates, floods, 10,000 characters', async () => {
    const hostile = [
      '🙂🙂🙂 wake me up ⏰ at 7',
      'turn\u0000on\u0007the\u001b[31mlights',
      '\uD800 lone \uDFFF surrogates',
      '\u202Eright to left override\u202C سلام',
      `a${'\u0301'.repeat(500)} combining flood`,
      '((((((((((((((((((((1+2))))))))))))))))))))',
      '<script>alert(1)</script> DROP TABLE alarms;',
      'x'.repeat(10_000),
      Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '),
      'ทำให้ไฟในห้องนั่งเล่นสว่างขึ้น',
      '明日の朝七時に起こしてください',
      '   .   ',
    ];
    for (const text of hostile) {
      const a = await js.parse(text, 'en-US');
      const b = await ort.parse(text, 'en-US');
      expect({ text: text.slice(0, 40), intent: a.intent, labels: a.wordLabels, truncated: a.truncated }).toEqual({ text: text.slice(0, 40), intent: b.intent, labels: b.wordLabels, truncated: b.truncated });
      expect(Math.abs(a.confidence - b.confidence)).toBeLessThan(1e-4);
    }
  });

  it('runs the other members only where the first is unsure, and the third only where the first two are unsure together, as the graph does', async () => {
    const arch = architectureOf(assets.config)!;
    expect([arch.cascadeThreshold, arch.cascadeSlotThreshold, arch.cascadeMoreThreshold, arch.cascadeMoreSlotThreshold, arch.more?.length]).toEqual([0.8, 0.5, 0.6, 0.5, 1]);
    const max = assets.config.max_tokens;
    const nSlots = assets.labels.slots.length;
    // Each stage alone: the first member; the mean of the first two; the mean of all three. The
    // stages are decided on the encoders' logits (`core`), before the bag member is added; the
    // graph's answer is the chosen stage's with the bag (`withBag`).
    const stages = [
      { ...arch, cascadeThreshold: 0, cascadeSlotThreshold: undefined },
      { ...arch, cascadeThreshold: 2, cascadeMoreThreshold: 0, cascadeMoreSlotThreshold: undefined },
      { ...arch, cascadeThreshold: 2, cascadeMoreThreshold: 2 },
    ];
    const core = stages.map((a) => createJsRunner(assets.onnx, { ...a, bag: undefined, bagWeight: undefined, bagTemperature: undefined }, max));
    const [first, two, all] = [core[0]!, core[1]!, core[2]!];
    const withBag = stages.map((a) => createJsRunner(assets.onnx, a, max));
    expect(arch.bag).toBeDefined();
    const { makeBatch } = await import('../encode.ts');
    const seen = [0, 0, 0];
    // Fragments the first member is rarely sure of, beside the examples it mostly is.
    const fragments = ['hmm', 'and then', 'the blue one', 'tomorrow', 'jazz', 'mom', 'seven', 'kitchen', 'the thing from before', 'ok so', 'noch mal', 'encore', 'más', 'それ', '???'];
    /** Whether logits are sure at these thresholds; null where float32 noise could put them on either side. */
    const sure = (r: BatchLogits, threshold: number, slotThreshold: number, n: number) => {
      const top = Math.max(...softmax(r.intentLogits));
      let least = 1;
      for (let t = 0; t < n; t++) least = Math.min(least, Math.max(...softmax(r.slotLogits, t * nSlots, nSlots)));
      if (Math.abs(top - threshold) < 1e-4 || Math.abs(least - slotThreshold) < 1e-4) return null;
      return top >= threshold && least >= slotThreshold;
    };
    for (const [locale, texts] of [...Object.entries(EXAMPLES), ['en-US', fragments] as const]) {
      for (const text of texts) {
        const batch = makeBatch([js.prepare({ text, locale }).enc], assets.config.pad_id);
        const [graph, a, ab, abc] = [await ort.runner.run(batch), await first.run(batch), await two.run(batch), await all.run(batch)];
        const firstSure = sure(a, 0.8, 0.5, batch.seqLen);
        const pairSure = sure(ab, 0.6, 0.5, batch.seqLen);
        if (firstSure === null || pairSure === null) continue;
        const stage = firstSure ? 0 : pairSure ? 1 : 2;
        seen[stage]!++;
        const answers = await Promise.all(withBag.map((r) => r.run(batch)));
        const chosen = answers[stage]!;
        expect(maxAbsDiff(graph.intentLogits, chosen.intentLogits)).toBeLessThan(1e-4);
        expect(maxAbsDiff(graph.slotLogits, [a, ab, abc][stage]!.slotLogits)).toBeLessThan(1e-4);
        // ...and not another stage's answer, nor the encoders' without the bag.
        for (const other of answers.filter((r) => r !== chosen)) expect(maxAbsDiff(graph.intentLogits, other.intentLogits)).toBeGreaterThan(1e-3);
        expect(maxAbsDiff(graph.intentLogits, [a, ab, abc][stage]!.intentLogits)).toBeGreaterThan(1e-3);
      }
    }
    // Every stage is taken (measured: 210 by the first member, 4 by the first two, 9 by all three).
    expect(seen[0]).toBeGreaterThan(150);
    expect(seen[1]).toBeGreaterThan(2);
    expect(seen[2]).toBeGreaterThan(5);
  });

  it('refuses a model whose weights do not match the architecture, naming the weight', () => {
    const arch = architectureOf(assets.config)!;
    // A pair (training/model.py PairNLU) keeps its first member's weights under `model.a.`.
    const p = arch.pair ? 'model\\.a\\.' : 'model\\.';
    expect(() => readEngineWeights(assets.onnx, { ...arch, d_model: 256 })).toThrow(new RegExp(`${p}blocks\\.0\\.conv\\.norm\\.weight is \\[192\\] of type 1, expected \\[256\\]`));
    expect(() => readEngineWeights(assets.onnx, { ...arch, n_layers: 4 })).toThrow(new RegExp(`lacks the weight ${p}blocks\\.3\\.conv\\.norm\\.weight`));
    // One model read as a pair, or a pair as one model: the first table it looks for is missing.
    const other = arch.pair ? { ...arch, pair: undefined } : { ...arch, pair: { ...arch } };
    expect(() => readEngineWeights(assets.onnx, other)).toThrow(arch.pair ? /lacks the weight model\.embed\.weight_int8/ : /lacks the weight model\.a\.embed\.weight_int8/);
  });
});

describe('ONNX initializer reader', () => {
  it('reads the shipped model, three members on one table and a bag member: names, shapes and types of its 361 weights', () => {
    const onnx = new Uint8Array(readFileSync(join(MODEL_DIR, 'model.int8.onnx')));
    const t = readInitializers(onnx);
    // One model has 117; the second and third members add their own 114 each, all but the table (int8, scale, zero);
    // the bag 16: two tables and two layers (int8, scale, zero each), the layers' biases and its norm.
    expect(t.size).toBe(361);
    expect(t.get('model.bag.bigram.weight_int8')).toMatchObject({ dims: [24576, 16], dataType: 3 });
    expect(t.get('model.bag.unigram.weight_scale')).toMatchObject({ dims: [16], dataType: 1 });
    expect(t.get('model.a.embed.weight_int8')).toMatchObject({ dims: [32000, 128], dataType: 3 });
    expect(t.get('model.a.embed.weight_int8')!.bytes.length).toBe(32000 * 128);
    expect(t.has('model.b.embed.weight_int8')).toBe(false);
    expect(t.get('model.a.norm.bias')).toMatchObject({ dims: [192], dataType: 1 });
    expect(t.get('model.b.norm.bias')).toMatchObject({ dims: [192], dataType: 1 });
    expect(t.get('model.c.norm.bias')).toMatchObject({ dims: [160], dataType: 1 });
    expect(t.get('model.c.blocks.0.conv.dw.weight')).toMatchObject({ dims: [160, 1, 5], dataType: 1 });
    expect(t.has('model.c.embed.weight_int8')).toBe(false);
  });

  it('says model-corrupt for bytes that are not an ONNX model, or are cut short', () => {
    const onnx = new Uint8Array(readFileSync(join(MODEL_DIR, 'model.int8.onnx')));
    const html = new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>');
    for (const bytes of [html, onnx.subarray(0, onnx.length / 2), new Uint8Array(64).fill(0xff)]) {
      let error: unknown;
      try {
        readInitializers(bytes);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NluError);
      expect((error as NluError).code).toBe('model-corrupt');
      expect((error as NluError).message).toMatch(/model\.int8\.onnx/);
    }
  });
});

describe('engine parts', () => {
  it('erf matches reference values to better than 2e-7', () => {
    const reference: [number, number][] = [[0, 0], [0.1, 0.1124629160], [0.5, 0.5204998778], [1, 0.8427007929], [-1, -0.8427007929], [2, 0.9953222650], [-3, -0.9999779095], [6, 1]];
    for (const [x, want] of reference) expect(Math.abs(erf(x) - want)).toBeLessThan(2e-7);
  });

  it('knows an architecture only when every size is there', () => {
    const arch = { vocab_size: 10, emb_dim: 8, d_model: 8, n_layers: 1, n_heads: 2, ff_mult: 2, kernel: 3, attn_layers: 1, n_intents: 3, n_slots: 2 };
    expect(architectureOf({ architecture: arch })).toEqual(arch);
    expect(architectureOf({})).toBeNull();
    expect(architectureOf({ architecture: { ...arch, d_model: 'big' } })).toBeNull();
    expect(architectureOf({ architecture: { ...arch, n_heads: 3 } })).toBeNull();
    expect(architectureOf({ architecture: { ...arch, kernel: 2 } })).toBeNull();
  });

  it('reads a pair of models (training/model.py PairNLU) only when its members share table and labels', () => {
    const arch = { vocab_size: 10, emb_dim: 8, d_model: 8, n_layers: 1, n_heads: 2, ff_mult: 2, kernel: 3, attn_layers: 1, n_intents: 3, n_slots: 2 };
    const second = { ...arch, d_model: 12, n_layers: 2 };
    expect(architectureOf({ architecture: arch, pair_architecture: second })?.pair).toEqual(second);
    expect(architectureOf({ architecture: arch })?.pair).toBeUndefined();
    expect(architectureOf({ architecture: arch, pair_architecture: { ...second, emb_dim: 16 } })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: { ...second, n_intents: 4 } })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: { ...second, kernel: 2 } })).toBeNull();
    const cascade = architectureOf({ architecture: arch, pair_architecture: second, cascade_threshold: 0.8, cascade_slot_threshold: 0.5 });
    expect([cascade?.cascadeThreshold, cascade?.cascadeSlotThreshold]).toEqual([0.8, 0.5]);
    expect(architectureOf({ architecture: arch, pair_architecture: second, cascade_threshold: '0.8' })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: second, cascade_slot_threshold: 0.5 })).toBeNull();
  });

  it('reads members after the second (config.more_architectures) on the same terms', () => {
    const arch = { vocab_size: 10, emb_dim: 8, d_model: 8, n_layers: 1, n_heads: 2, ff_mult: 2, kernel: 3, attn_layers: 1, n_intents: 3, n_slots: 2 };
    const second = { ...arch, d_model: 12, n_layers: 2 };
    const third = { ...arch, d_model: 16, kernel: 5 };
    const three = architectureOf({ architecture: arch, pair_architecture: second, more_architectures: [third], cascade_threshold: 0.8 });
    expect([three?.pair?.d_model, three?.more?.map((m) => m.d_model), three?.cascadeThreshold]).toEqual([12, [16], 0.8]);
    expect(architectureOf({ architecture: arch, pair_architecture: second, more_architectures: [] })?.more).toBeUndefined();
    // A third member must share table and labels too; it needs a second; at most four members in all.
    expect(architectureOf({ architecture: arch, pair_architecture: second, more_architectures: [{ ...third, n_slots: 3 }] })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: second, more_architectures: [third, { ...third, d_model: 'x' }] })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: second, more_architectures: third })).toBeNull();
    expect(architectureOf({ architecture: arch, more_architectures: [third] })).toBeNull();
    expect(architectureOf({ architecture: arch, pair_architecture: second, more_architectures: [third, third, third] })).toBeNull();
  });

  it('reads a third stage (cascade_more_threshold) only after the first cascade and with a third member', () => {
    const arch = { vocab_size: 10, emb_dim: 8, d_model: 8, n_layers: 1, n_heads: 2, ff_mult: 2, kernel: 3, attn_layers: 1, n_intents: 3, n_slots: 2 };
    const base = { architecture: arch, pair_architecture: arch, more_architectures: [arch, arch], cascade_threshold: 0.8 };
    const staged = architectureOf({ ...base, cascade_more_threshold: 0.6, cascade_more_slot_threshold: 0.4 });
    expect([staged?.cascadeMoreThreshold, staged?.cascadeMoreSlotThreshold, staged?.more?.length]).toEqual([0.6, 0.4, 2]);
    expect(architectureOf({ ...base, cascade_more_threshold: 0.6 })?.cascadeMoreSlotThreshold).toBeUndefined();
    expect(architectureOf({ ...base, cascade_more_threshold: '0.6' })).toBeNull();
    expect(architectureOf({ ...base, cascade_more_slot_threshold: 0.4 })).toBeNull();
    expect(architectureOf({ ...base, cascade_threshold: undefined, cascade_more_threshold: 0.6 })).toBeNull();
    expect(architectureOf({ ...base, more_architectures: [], cascade_more_threshold: 0.6 })).toBeNull();
  });

  it('reads a bag member (config.bag_architecture and bag_weight) only beside a pair, on its vocabulary and labels', () => {
    const arch = { vocab_size: 10, emb_dim: 8, d_model: 8, n_layers: 1, n_heads: 2, ff_mult: 2, kernel: 3, attn_layers: 1, n_intents: 3, n_slots: 2 };
    const bag = { vocab_size: 10, n_buckets: 64, dim: 4, hidden: 8, n_intents: 3, dropout: 0.2, trigrams: false, max_pool: false };
    const pair = { architecture: arch, pair_architecture: arch, cascade_threshold: 0.8 };
    const read = architectureOf({ ...pair, bag_architecture: bag, bag_weight: 0.85 });
    expect([read?.bag?.n_buckets, read?.bag?.trigrams, read?.bagWeight, read?.bagTemperature]).toEqual([64, false, 0.85, 1]);
    expect(architectureOf({ ...pair, bag_architecture: bag, bag_weight: 1, bag_temperature: 1.7 })?.bagTemperature).toBe(1.7);
    expect(architectureOf({ ...pair, bag_architecture: bag, bag_weight: 1, bag_temperature: 0 })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: bag, bag_weight: 1, bag_temperature: '2' })).toBeNull();
    expect(architectureOf(pair)?.bag).toBeUndefined();
    // Written before the flags existed: both off.
    expect(architectureOf({ ...pair, bag_architecture: { ...bag, trigrams: undefined, max_pool: undefined }, bag_weight: 1 })?.bag?.max_pool).toBe(false);
    expect(architectureOf({ ...pair, bag_architecture: bag })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: bag, bag_weight: '1' })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: { ...bag, n_intents: 4 }, bag_weight: 1 })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: { ...bag, vocab_size: 11 }, bag_weight: 1 })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: { ...bag, n_buckets: 0 }, bag_weight: 1 })).toBeNull();
    expect(architectureOf({ ...pair, bag_architecture: { ...bag, trigrams: 1 }, bag_weight: 1 })).toBeNull();
    expect(architectureOf({ architecture: arch, bag_architecture: bag, bag_weight: 1 })).toBeNull();
  });

  it('hashes the bigrams and trigrams of the bag member as training/bag.py does, edges included', () => {
    // Python: (p * 32771 + q) % 97 over (10, 5), (5, 6), (6, 7), (7, 10), then
    // ((o * 32771 + p) * 7919 + q) % 97 over (10, 10, 5), (10, 5, 6), (5, 6, 7), (6, 7, 10).
    expect(bagBuckets([5, 6, 7], 3, 10, 97, false)).toEqual([[10, 5], [5, 6], [6, 7], [7, 10]].map(([p, q]) => (p! * 32771 + q!) % 97));
    const tri = bagBuckets([5, 6, 7], 3, 10, 97, true);
    expect(tri.slice(4)).toEqual([[10, 10, 5], [10, 5, 6], [5, 6, 7], [6, 7, 10]].map(([o, p, q]) => ((o! * 32771 + p!) * 7919 + q!) % 97));
    // The largest trigram product of a 32,000-piece vocabulary stays an exact integer in a double.
    expect((32000 * 32771 + 32000) * 7919 + 32000).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(bagBuckets([31999, 31999], 2, 32000, 32768, true)).toEqual([
      (32000 * 32771 + 31999) % 32768, (31999 * 32771 + 31999) % 32768, (31999 * 32771 + 32000) % 32768,
      ((32000 * 32771 + 32000) * 7919 + 31999) % 32768, ((32000 * 32771 + 31999) * 7919 + 31999) % 32768, ((31999 * 32771 + 31999) * 7919 + 32000) % 32768,
    ]);
  });
});

/** A runner that records what it did. */
function fakeRunner(backend: 'js' | 'wasm', log: string[]): LogitsRunner {
  return {
    backend,
    run: async () => {
      log.push(`run ${backend}`);
      return { intentLogits: new Float32Array(1), slotLogits: new Float32Array(1) } satisfies BatchLogits;
    },
    release: async () => void log.push(`release ${backend}`),
  };
}

describe('HandoverRunner', () => {
  const batch: Batch = { inputIds: new BigInt64Array(1), attentionMask: new BigInt64Array([1n]), batchSize: 1, seqLen: 1 };

  it('answers on the first engine, then on the second, releasing the first', async () => {
    const log: string[] = [];
    const r = new HandoverRunner(fakeRunner('js', log));
    expect(r.backend).toBe('js');
    await r.run(batch);
    await r.handOver(fakeRunner('wasm', log));
    expect(r.backend).toBe('wasm');
    await r.run(batch);
    await r.release();
    expect(log).toEqual(['run js', 'release js', 'run wasm', 'release wasm']);
  });

  it('releases an engine that arrives after the model was released', async () => {
    const log: string[] = [];
    const r = new HandoverRunner(fakeRunner('js', log));
    await r.release();
    await r.handOver(fakeRunner('wasm', log));
    expect(log).toEqual(['release js', 'release wasm']);
    // Still released: nothing answers on the late engine.
    expect(r.backend).toBe('js');
  });
});
