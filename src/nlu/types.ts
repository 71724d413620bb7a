/**
 * Shared NLU types: the model folder's JSON files and the result of one parse.
 * Used by the worker, the main-thread client, the UI and the Node evaluation CLI alike.
 */

/** The execution backend an inference session runs on. */
export type BackendName = 'wasm' | 'webgpu';

/** What runs the model: an onnxruntime backend, or the project's own JS engine (src/nlu/engine). */
export type EngineName = BackendName | 'js';

/** `labels.json` of a model folder (see docs/model-format.md). */
export interface ModelLabels {
  /** Intent names in the order of `intent_logits`. */
  intents: string[];
  /** Slot names in the order of `slot_logits`; index 0 is `Other`. */
  slots: string[];
  /** Intent → scenario. */
  scenarios: Record<string, string>;
}

/** The preprocessing settings of `config.json` this runtime relies on. */
export interface ModelConfig {
  model_id: string;
  max_tokens: number;
  pad_id: number;
  char_split_locales: string[];
  /** Other keys (sizes, training settings) are kept but not interpreted. */
  [key: string]: unknown;
}

/** One whitespace (or character) word with its UTF-16 offsets in the original text. */
export interface Word {
  text: string;
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

/** A contiguous slot span in the original text. */
export interface SlotSpan {
  label: string;
  /** UTF-16 offset of the span's first character in the original text. */
  start: number;
  /** UTF-16 offset one past the span's last character. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

/** One entry of the intent ranking. */
export interface IntentScore {
  intent: string;
  /** Softmax probability, 0..1. */
  p: number;
}

/** Everything the runtime knows about one parsed utterance. */
export interface NluResult {
  text: string;
  locale: string;
  intent: string;
  scenario: string;
  /** Softmax probability of `intent`, 0..1. */
  confidence: number;
  top5: IntentScore[];
  slots: SlotSpan[];
  words: Word[];
  /** One label per word (`Other` outside slots), parallel to `words`. */
  wordLabels: string[];
  timings: { tokenizeMs: number; inferenceMs: number };
  backend: EngineName;
  /** True when the text was longer than the model accepts and its tail got `Other`. */
  truncated: boolean;
  /**
   * The utterance embedding (model format v2, `config.embedding_dim` numbers), which
   * on-device learning compares utterances with; absent for a v1 model.
   */
  embedding?: number[];
}
