/** Per-word encoding, unk fallback, truncation and batch padding on a scripted tokenizer. */
import { describe, expect, it } from 'vitest';
import { encodeWords, makeBatch, WordIdCache, type WordTokenizer } from './encode.ts';

/** Word → ids table; counts calls to check the cache. */
function table(map: Record<string, number[]>): WordTokenizer & { calls: number } {
  const tok = {
    calls: 0,
    model: { unk_token_id: 1 },
    encode(text: string) {
      tok.calls += 1;
      return { ids: map[text] ?? [] };
    },
  };
  return tok;
}

describe('encodeWords', () => {
  const tok = table({ wake: [10], me: [11], seven: [12, 13, 14], '': [] });

  it('concatenates per-word ids and records first-token positions', () => {
    const e = encodeWords(new WordIdCache(tok), ['wake', 'me', 'seven', 'me'], 16);
    expect(e).toEqual({ inputIds: [10, 11, 12, 13, 14, 11], wordStarts: [0, 1, 2, 5], truncated: false });
  });

  it('uses the unk id for a word without tokens, like the Python side', () => {
    expect(encodeWords(new WordIdCache(tok), ['wake', 'zzz'], 16).inputIds).toEqual([10, 1]);
    expect(encodeWords(new WordIdCache(tok, 7), ['zzz'], 16).inputIds).toEqual([7]);
  });

  it('cuts at maxTokens: a word starting inside keeps its position, later words get -1', () => {
    const e = encodeWords(new WordIdCache(tok), ['wake', 'seven', 'me', 'wake'], 3);
    expect(e).toEqual({ inputIds: [10, 12, 13], wordStarts: [0, 1, -1, -1], truncated: true });
    const exact = encodeWords(new WordIdCache(tok), ['wake', 'me'], 2);
    expect(exact.truncated).toBe(false);
  });

  it('tokenizes each distinct word once', () => {
    const t = table({ a: [1], b: [2] });
    const cache = new WordIdCache(t);
    encodeWords(cache, ['a', 'b', 'a', 'a', 'b'], 10);
    expect(t.calls).toBe(2);
  });
});

describe('makeBatch', () => {
  it('pads with padId and mask 0, row-major', () => {
    const b = makeBatch([
      { inputIds: [5, 6, 7], wordStarts: [], truncated: false },
      { inputIds: [8], wordStarts: [], truncated: false },
    ], 0);
    expect(b.batchSize).toBe(2);
    expect(b.seqLen).toBe(3);
    expect([...b.inputIds]).toEqual([5n, 6n, 7n, 8n, 0n, 0n]);
    expect([...b.attentionMask]).toEqual([1n, 1n, 1n, 1n, 0n, 0n]);
  });

  it('never emits an all-zero mask row', () => {
    const b = makeBatch([{ inputIds: [], wordStarts: [], truncated: false }], 3);
    expect([...b.inputIds]).toEqual([3n]);
    expect([...b.attentionMask]).toEqual([1n]);
  });
});

describe('WordIdCache', () => {
  it('tokenizes a repeated word once, but does not keep words over 64 characters', () => {
    const tok = table({ wake: [10] });
    const cache = new WordIdCache(tok);
    cache.ids('wake');
    cache.ids('wake');
    expect(tok.calls).toBe(1);
    const long = 'x'.repeat(65);
    expect(cache.ids(long)).toEqual([1]);
    expect(cache.ids(long)).toEqual([1]);
    expect(tok.calls).toBe(3);
  });
});
