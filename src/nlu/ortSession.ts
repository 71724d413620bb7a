/**
 * Wraps an onnxruntime-web InferenceSession behind a small `LogitsRunner` interface: batch
 * tensors in, flat logits out. The same code runs in the browser worker and in Node (the
 * evaluation CLI), so both score with identical numerics. Session errors become NluErrors.
 */
import type * as Ort from 'onnxruntime-web';
import type { Batch } from './encode.ts';
import { NluError } from './errors.ts';
import type { BackendName, EngineName } from './types.ts';

/** Logits of one batch, flat and row-major. */
export interface BatchLogits {
  /** `[batch, nIntents]`. */
  intentLogits: Float32Array;
  /** `[batch, seqLen, nSlots]`. */
  slotLogits: Float32Array;
  /** `[batch, embeddingDim]`: the utterance embedding of model format v2; absent for v1 models. */
  embedding?: Float32Array;
}

/** Runs the encoder on padded batches. */
export interface LogitsRunner {
  readonly backend: EngineName;
  run(batch: Batch): Promise<BatchLogits>;
  release(): Promise<void>;
}

/** The onnxruntime-web module (any of its entries: default, `/wasm`, `/webgpu`). */
export type OrtModule = typeof Ort;

/** Gives the onnxruntime-web module to use for a backend, configured and ready. */
export type OrtProvider = (backend: BackendName) => Promise<OrtModule>;

let provider: OrtProvider = () => import('onnxruntime-web');

/**
 * Replaces how the onnxruntime module is obtained. The worker uses this to load the small
 * CPU-only build for WASM and the larger WebGPU-capable one only when WebGPU is tried.
 */
export function setOrtProvider(next: OrtProvider): void {
  provider = next;
}

// NOTE: a 67-byte ONNX graph (y = Identity(x), opset 14), made with onnx.helper.
const TINY_ONNX = 'CAcSADo3ChAKAXgSAXkiCElkZW50aXR5EgF3Wg8KAXgSCgoICAESBAoCCAFiDwoBeRIKCggIARIECgIIAUIECgAQDg==';

/**
 * Initializes the runtime for `backend` (fetching and compiling its wasm) with a throwaway
 * session, so that this work overlaps the model download. Failures are left to the real session.
 */
export async function prewarmOrt(backend: BackendName): Promise<void> {
  try {
    const ort = await provider(backend);
    const bytes = Uint8Array.from(atob(TINY_ONNX), (c) => c.charCodeAt(0));
    const session = await ort.InferenceSession.create(bytes, { executionProviders: [backend] });
    await session.release();
  } catch {
    // the real session creation reports the problem with the model's own file name
  }
}

const INPUTS = ['input_ids', 'attention_mask'];
const OUTPUTS = ['intent_logits', 'slot_logits'];
/** Model format v2's optional output (docs/model-format.md). */
const EMBEDDING = 'embedding';

function sessionError(err: unknown, backend: BackendName): NluError {
  const message = err instanceof Error ? err.message : String(err);
  if (/protobuf|load model|invalid model|ModelProto|Load model/i.test(message)) {
    return new NluError('model-corrupt', `model.int8.onnx is not a valid ONNX model: ${message}`);
  }
  return new NluError('backend-failed', `could not start the ${backend} backend: ${message}`);
}

/** Creates a session from ONNX bytes on the given backend and checks its signature. */
export async function createOrtRunner(
  onnx: Uint8Array,
  backend: BackendName,
  options: Ort.InferenceSession.SessionOptions = {},
): Promise<LogitsRunner> {
  let ort: OrtModule;
  let session: Ort.InferenceSession;
  try {
    ort = await provider(backend);
    session = await ort.InferenceSession.create(onnx, {
      executionProviders: [backend],
      graphOptimizationLevel: 'all',
      // NOTE: without this, every int8 weight goes through DequantizeLinear on every call
      // (8.6 ms p50 per utterance in Node). Disabling the QDQ transformer lets constant
      // folding turn each weight into float once at load: ~2.5 ms p50, same predictions
      // (the weights are the int8 values, dequantized once instead of per call).
      extra: { session: { disable_quant_qdq: '1' } },
      ...options,
    });
  } catch (err) {
    throw sessionError(err, backend);
  }
  const missing = [...INPUTS.filter((n) => !session.inputNames.includes(n)), ...OUTPUTS.filter((n) => !session.outputNames.includes(n))];
  if (missing.length) {
    await session.release();
    throw new NluError('model-corrupt', `model.int8.onnx lacks the input/output(s) ${missing.join(', ')} (see docs/model-format.md)`);
  }
  const hasEmbedding = session.outputNames.includes(EMBEDDING);
  return {
    backend,
    async run(batch: Batch): Promise<BatchLogits> {
      const dims = [batch.batchSize, batch.seqLen];
      const out = await session.run({
        input_ids: new ort.Tensor('int64', batch.inputIds, dims),
        attention_mask: new ort.Tensor('int64', batch.attentionMask, dims),
      });
      const intent = out.intent_logits;
      const slots = out.slot_logits;
      const emb = hasEmbedding ? out[EMBEDDING] : undefined;
      if (!intent || !slots) throw new NluError('model-corrupt', 'the model returned no intent_logits or slot_logits');
      const intentLogits = (await intent.getData()) as Float32Array;
      const slotLogits = (await slots.getData()) as Float32Array;
      const embedding = emb ? ((await emb.getData()) as Float32Array) : undefined;
      intent.dispose();
      slots.dispose();
      emb?.dispose();
      return embedding ? { intentLogits, slotLogits, embedding } : { intentLogits, slotLogits };
    },
    release: () => session.release(),
  };
}
