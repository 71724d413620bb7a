/**
 * Step 2–3 of docs/model-format.md: each word is tokenized on its own, ids are concatenated,
 * each word remembers its first token, and the sequence is cut at `max_tokens`.
 * Also packs several encodings into padded int64 batch tensors for the ONNX model.
 */

/** The part of a tokenizer this module needs (`@huggingface/tokenizers` `Tokenizer` fits). */
export interface WordTokenizer {
  encode(text: string, options?: { add_special_tokens?: boolean }): { ids: number[] };
  model?: { unk_token_id?: number } | null;
}

/** Model input for one utterance. */
export interface Encoding {
  /** Token ids, at most `maxTokens` of them. */
  inputIds: number[];
  /** Per word: index of its first token, or -1 when it fell beyond `maxTokens`. */
  wordStarts: number[];
  /** True when some word or token was cut off. */
  truncated: boolean;
}

/** Padded batch tensors' data, row-major `[batch, seqLen]`. */
export interface Batch {
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  batchSize: number;
  seqLen: number;
}

/** Caches per-word ids: words repeat a lot across utterances, and tokenizing is the slow part. */
/** Longest word (UTF-16 units) the cache keeps; real words are far shorter. */
const MAX_CACHED_WORD = 64;

export class WordIdCache {
  private readonly map = new Map<string, readonly number[]>();

  private readonly unkId: number;

  /**
   * @param unkId stands in for a word that yields no token, exactly as the Python side
   *   (`training/prepare.py` `encode_word`) does, so every word has a first token.
   *   Defaults to the tokenizer model's unk id.
   */
  constructor(
    private readonly tokenizer: WordTokenizer,
    unkId?: number,
    private readonly capacity = 50_000,
  ) {
    this.unkId = unkId ?? tokenizer.model?.unk_token_id ?? 0;
  }

  /** Ids of one word, tokenized alone without special tokens; never empty. */
  ids(word: string): readonly number[] {
    let ids = this.map.get(word);
    if (ids === undefined) {
      ids = this.tokenizer.encode(word, { add_special_tokens: false }).ids;
      if (ids.length === 0) ids = [this.unkId];
      // NOTE: the cap counts entries, not bytes: a long "word" (a pasted URL, 10,000 letters
      // without a space) is tokenized every time instead of being kept.
      if (word.length > MAX_CACHED_WORD) return ids;
      if (this.map.size >= this.capacity) this.map.clear();
      this.map.set(word, ids);
    }
    return ids;
  }
}

/**
 * Encodes pre-split words. Tokenization stops once `maxTokens` is reached, so a huge text
 * costs no more than a long one; the remaining words get `wordStarts = -1`.
 */
export function encodeWords(cache: WordIdCache, words: readonly string[], maxTokens: number): Encoding {
  const inputIds: number[] = [];
  const wordStarts: number[] = new Array<number>(words.length).fill(-1);
  let truncated = false;
  for (let w = 0; w < words.length; w++) {
    if (inputIds.length >= maxTokens) {
      truncated = true;
      break;
    }
    const ids = cache.ids(words[w]!);
    wordStarts[w] = inputIds.length;
    const room = maxTokens - inputIds.length;
    if (ids.length > room) truncated = true;
    for (let i = 0; i < ids.length && i < room; i++) inputIds.push(ids[i]!);
  }
  return { inputIds, wordStarts, truncated };
}

/**
 * Pads encodings to the longest one with `padId` (mask 0). Rows are at least one token long
 * so that an empty encoding never reaches the model with an all-zero mask.
 */
export function makeBatch(encodings: readonly Encoding[], padId: number): Batch {
  const seqLen = Math.max(1, ...encodings.map((e) => e.inputIds.length));
  const batchSize = encodings.length;
  const inputIds = new BigInt64Array(batchSize * seqLen).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(batchSize * seqLen);
  encodings.forEach((e, b) => {
    const row = b * seqLen;
    // NOTE: an all-zero mask makes attention softmax NaN; an empty row attends to one pad.
    if (e.inputIds.length === 0) attentionMask[row] = 1n;
    e.inputIds.forEach((id, t) => {
      inputIds[row + t] = BigInt(id);
      attentionMask[row + t] = 1n;
    });
  });
  return { inputIds, attentionMask, batchSize, seqLen };
}
