/**
 * The NLU pipeline on a loaded model: words → per-word token ids → encoder → intent, top-5,
 * word labels and character spans. One class used by the browser worker and the Node
 * evaluation CLI, so the app and the reported figures come from the same code.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import type { TextAssets } from './assets.ts';
import { decodeIntent, decodeWordLabels, spansFromWordLabels } from './decode.ts';
import { type Encoding, encodeWords, makeBatch, WordIdCache, type WordTokenizer } from './encode.ts';
import { NluError } from './errors.ts';
import type { LogitsRunner } from './ortSession.ts';
import type { ModelConfig, ModelLabels, NluResult, Word } from './types.ts';
import { splitWords } from './words.ts';

/** Longest text (UTF-16 units) that is looked at; the rest is dropped and flagged `truncated`. */
export const MAX_TEXT_CHARS = 10_000;

/** One utterance to parse. */
export interface ParseRequest {
  text: string;
  locale: string;
}

interface Prepared {
  req: ParseRequest;
  words: Word[];
  enc: Encoding;
  tokenizeMs: number;
}

const now = () => performance.now();

/** Builds the `@huggingface/tokenizers` tokenizer from the folder's JSON files. */
export function createTokenizer(assets: Pick<TextAssets, 'tokenizerJson' | 'tokenizerConfig'>): WordTokenizer {
  try {
    return new Tokenizer(assets.tokenizerJson, assets.tokenizerConfig);
  } catch (e) {
    throw new NluError('model-corrupt', `tokenizer.json could not be loaded: ${(e as Error).message}`);
  }
}

/** `model.unk_id` of a tokenizer.json (0 when absent, as in the tokenizers library). */
export function unkIdOf(tokenizerJson: object): number {
  const model = (tokenizerJson as { model?: { unk_id?: unknown } }).model;
  return typeof model?.unk_id === 'number' ? model.unk_id : 0;
}

/** A loaded model ready to parse text. */
export class NluModel {
  private readonly cache: WordIdCache;

  constructor(
    readonly runner: LogitsRunner,
    tokenizer: WordTokenizer,
    readonly config: ModelConfig,
    readonly labels: ModelLabels,
    unkId: number,
  ) {
    this.cache = new WordIdCache(tokenizer, unkId);
  }

  /** Words and model input for one text; throws `empty-text` when there is nothing to parse. */
  prepare(req: ParseRequest): Prepared {
    const t0 = now();
    let text = req.text;
    let cut = false;
    if (text.length > MAX_TEXT_CHARS) {
      const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
      text = text.slice(0, end);
      cut = true;
    }
    const words = splitWords(text, req.locale, this.config.char_split_locales);
    if (words.length === 0) throw new NluError('empty-text', 'nothing to understand: the text is empty or only whitespace');
    const enc = encodeWords(this.cache, words.map((w) => w.text), this.config.max_tokens);
    if (cut) enc.truncated = true;
    return { req, words, enc, tokenizeMs: now() - t0 };
  }

  /**
   * Parses several utterances in one padded batch. For a batch, `timings.inferenceMs` is the
   * batch's run time divided by its size.
   */
  async parseBatch(reqs: readonly ParseRequest[]): Promise<NluResult[]> {
    if (reqs.length === 0) return [];
    const prepared = reqs.map((r) => this.prepare(r));
    const batch = makeBatch(prepared.map((p) => p.enc), this.config.pad_id);
    const t0 = now();
    const { intentLogits, slotLogits, embedding } = await this.runner.run(batch);
    const inferenceMs = (now() - t0) / reqs.length;
    const expected = batch.batchSize * batch.seqLen * this.labels.slots.length;
    if (intentLogits.length !== batch.batchSize * this.labels.intents.length || slotLogits.length !== expected) {
      throw new NluError('model-corrupt', 'the model output sizes do not match labels.json (intents/slots count)');
    }
    const dim = embedding ? embedding.length / batch.batchSize : 0;
    if (embedding && !Number.isInteger(dim)) throw new NluError('model-corrupt', 'the embedding output size is not a multiple of the batch size');
    return prepared.map((p, row) => {
      const intent = decodeIntent(intentLogits, row, this.labels);
      const wordLabels = decodeWordLabels(slotLogits, row, batch.seqLen, p.enc.wordStarts, this.labels);
      return {
        text: p.req.text,
        locale: p.req.locale,
        ...intent,
        slots: spansFromWordLabels(p.req.text, p.words, wordLabels),
        words: p.words,
        wordLabels,
        timings: { tokenizeMs: p.tokenizeMs, inferenceMs },
        backend: this.runner.backend,
        truncated: p.enc.truncated,
        // A plain array: results cross postMessage and are kept in JSON-serializable state.
        ...(embedding ? { embedding: Array.from(embedding.subarray(row * dim, (row + 1) * dim)) } : {}),
      };
    });
  }

  /** Parses one utterance. */
  async parse(text: string, locale: string): Promise<NluResult> {
    const [result] = await this.parseBatch([{ text, locale }]);
    return result!;
  }

  /**
   * Runs one cold and `runs` timed inferences so that the first real request is not the slow
   * one; returns the mean ms of the timed runs (used to compare backends). With `runs` 0 (the
   * JS engine, before `ready`) the cold run is a short utterance, which runs every function of
   * the model once at a third of a long one's cost, and its ms are returned.
   */
  async warmup(runs = 3): Promise<number> {
    const text = 'set an alarm for seven tomorrow morning';
    const cold = now();
    await this.parse(runs === 0 ? 'wake me up' : text, 'en-US');
    if (runs === 0) return now() - cold;
    const t0 = now();
    for (let i = 0; i < runs; i++) await this.parse(text, 'en-US');
    return (now() - t0) / runs;
  }
}

/**
 * Assembles a model from loaded assets and a runner created on their ONNX bytes; pass a
 * `tokenizer` already built from the same assets to share it between runners.
 */
export function createNluModel(assets: TextAssets, runner: LogitsRunner, tokenizer: WordTokenizer = createTokenizer(assets)): NluModel {
  return new NluModel(runner, tokenizer, assets.config, assets.labels, unkIdOf(assets.tokenizerJson));
}
