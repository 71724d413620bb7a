/**
 * Parity of the shipped runtime with the Python pipeline, on the dev utterances export.py dumped:
 * 1. tokenizer: @huggingface/tokenizers (through the app's own per-word encoder) vs SentencePiece ids;
 * 2. model: onnxruntime (int8, the app's own runner) vs PyTorch fp32 — intent agreement and exact match.
 *
 *     npx tsx training/parity.ts training/out/full public/models/polyvox-nlu-v12 [--min-intent-agreement=99.5]
 *
 * The default threshold is issue 2's bar for a shipped model; the smoke test passes a lower one
 * because a 2-minute model has many near-tied intent logits that int8 rounding can flip.
 * Writes <run>/parity.json and exits non-zero when a threshold of issue 2 is missed.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Tokenizer } from '@huggingface/tokenizers';
import { argmax } from '../src/nlu/decode.ts';
import { encodeWords, makeBatch, WordIdCache } from '../src/nlu/encode.ts';
import { createOrtRunner } from '../src/nlu/ortSession.ts';

interface ParityRecord {
  locale: string;
  words: string[];
  ids: number[];
  first: number[];
  intent: number;
  slots: number[];
  fp32_intent: number;
  fp32_slots: number[];
}

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const minFlag = process.argv.find((a) => a.startsWith('--min-intent-agreement='));
const minIntentAgreement = minFlag ? Number(minFlag.split('=')[1]) : 99.5;
const [run, modelDir] = positional;
if (!run || !modelDir) {
  console.error('usage: npx tsx training/parity.ts <run-dir> <model-dir>');
  process.exit(2);
}
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const tokenizer = new Tokenizer(readJson(join(modelDir, 'tokenizer.json')), readJson(join(modelDir, 'tokenizer_config.json')));
const config = readJson(join(modelDir, 'config.json'));
const nSlots: number = config.n_slots;
const nIntents: number = config.n_intents;
const cache = new WordIdCache(tokenizer);
const runner = await createOrtRunner(new Uint8Array(readFileSync(join(modelDir, 'model.int8.onnx'))), 'wasm');

const sameArray = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

let n = 0;
let tokMismatch = 0;
let intentAgree = 0;
let slotAgree = 0;
let emFp32 = 0;
let emInt8 = 0;
const mismatchExamples: string[] = [];
const perLocaleMismatch: Record<string, number> = {};

async function flush(batch: ParityRecord[]) {
  const encs = batch.map((r) => ({ inputIds: r.ids, wordStarts: r.first, truncated: false }));
  const b = makeBatch(encs, config.pad_id);
  const { intentLogits, slotLogits } = await runner.run(b);
  batch.forEach((r, i) => {
    const intent = argmax(intentLogits, i * nIntents, nIntents);
    const slots = r.first.map((p) => argmax(slotLogits, (i * b.seqLen + p) * nSlots, nSlots));
    const gold = r.intent === intent && sameArray(r.slots, slots);
    intentAgree += Number(intent === r.fp32_intent);
    slotAgree += Number(sameArray(slots, r.fp32_slots));
    emInt8 += Number(gold);
    emFp32 += Number(r.intent === r.fp32_intent && sameArray(r.slots, r.fp32_slots));
  });
}

const lines = createInterface({ input: createReadStream(join(run, 'parity_dev.jsonl')) });
let batch: ParityRecord[] = [];
for await (const line of lines) {
  const r = JSON.parse(line) as ParityRecord;
  n++;
  const enc = encodeWords(cache, r.words, config.max_tokens);
  // Python keeps only the words that start inside max_tokens; TypeScript marks the rest -1.
  const starts = enc.wordStarts.filter((p) => p >= 0);
  if (!sameArray(enc.inputIds, r.ids) || !sameArray(starts, r.first)) {
    tokMismatch++;
    perLocaleMismatch[r.locale] = (perLocaleMismatch[r.locale] ?? 0) + 1;
    if (mismatchExamples.length < 10) mismatchExamples.push(`${r.locale}: ${r.words.join(' ')} | py ${r.ids} | js ${enc.inputIds}`);
  }
  batch.push(r);
  if (batch.length === 128) {
    await flush(batch);
    batch = [];
  }
  if (n % 10000 === 0) process.stderr.write(`\rparity: ${n} utterances`);
}
if (batch.length) await flush(batch);
process.stderr.write('\n');

const pct = (x: number) => Math.round((1000 * x) / Math.max(n, 1)) / 10;
const report = {
  utterances: n,
  tokenizer_mismatches: tokMismatch,
  tokenizer_mismatches_per_locale: perLocaleMismatch,
  tokenizer_mismatch_examples: mismatchExamples,
  intent_agreement_int8_vs_fp32: pct(intentAgree),
  slot_sequence_agreement_int8_vs_fp32: pct(slotAgree),
  exact_match_fp32: pct(emFp32),
  exact_match_int8: pct(emInt8),
};
writeFileSync(join(run, 'parity.json'), JSON.stringify(report, null, 1));
console.log(JSON.stringify(report, null, 1));
await runner.release();
const ok = report.intent_agreement_int8_vs_fp32 >= minIntentAgreement && Math.abs(report.exact_match_fp32 - report.exact_match_int8) <= 0.5;
if (!ok) console.error('PARITY FAILED: need intent agreement >= ' + minIntentAgreement + ' and exact match within 0.5 points');
process.exit(ok ? 0 : 1);
