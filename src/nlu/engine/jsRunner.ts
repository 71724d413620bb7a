/**
 * A LogitsRunner on the project's own JS engine: no runtime to download or compile, so it
 * answers a few hundred milliseconds after the model file arrives, while onnxruntime-web's
 * 14 MB wasm is still starting (2 s on a first visit here). The loader hands over to
 * onnxruntime once that is ready (handover.ts); the engine then only serves the wait.
 */
import type { Batch } from '../encode.ts';
import { NluError } from '../errors.ts';
import type { BatchLogits, LogitsRunner } from '../ortSession.ts';
import { type ForwardOutput, forward, Workspace } from './forward.ts';
import { type Architecture, readEngineWeights } from './weights.ts';

/** Builds the engine from the ONNX bytes; throws `model-corrupt` when a weight is missing or misshapen. */
export function createJsRunner(onnx: Uint8Array, arch: Architecture, maxTokens: number): LogitsRunner {
  const ws = new Workspace(readEngineWeights(onnx, arch), Math.max(1, maxTokens));
  const { d_model: d, n_intents: nIntents, n_slots: nSlots } = arch;
  let released = false;
  return {
    backend: 'js',
    async run(batch: Batch): Promise<BatchLogits> {
      if (released) throw new NluError('backend-failed', 'the JS engine was released');
      const { batchSize, seqLen } = batch;
      const intentLogits = new Float32Array(batchSize * nIntents);
      const slotLogits = new Float32Array(batchSize * seqLen * nSlots);
      const embedding = new Float32Array(batchSize * d);
      const ids = new Int32Array(seqLen);
      for (let b = 0; b < batchSize; b++) {
        // makeBatch puts a row's real tokens first; the rest is padding (mask 0).
        let n = 0;
        while (n < seqLen && batch.attentionMask[b * seqLen + n] === 1n) {
          ids[n] = Number(batch.inputIds[b * seqLen + n]);
          n++;
        }
        if (n === 0) throw new NluError('backend-failed', 'the JS engine got a row without tokens');
        const out: ForwardOutput = {
          intent: intentLogits.subarray(b * nIntents, (b + 1) * nIntents),
          slots: slotLogits.subarray(b * seqLen * nSlots, (b * seqLen + n) * nSlots),
          embedding: embedding.subarray(b * d, (b + 1) * d),
        };
        forward(ws, ids, n, out);
      }
      return { intentLogits, slotLogits, embedding };
    },
    async release() {
      released = true;
    },
  };
}
