/**
 * Tokenizer parity: `@huggingface/tokenizers` through the app's per-word encoder must give the
 * ids SentencePiece gives in Python (fixture from scripts/make-tokenizer-fixture.py). Runs on
 * whichever tokenizer.json on disk the fixture was recorded for (shipped model or training run).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { encodeWords, WordIdCache } from './encode.ts';
import { DEFAULT_MODEL_ID } from './index.ts';
import { isAscii, splitWords } from './words.ts';

interface ParityFixture {
  tokenizer_sha256: string;
  cases: { locale: string; word: string; ids: number[] }[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'tokenizer-parity.json'), 'utf8')) as ParityFixture;
const CANDIDATES = [`public/models/${DEFAULT_MODEL_ID}`, 'training/out/full'].map((d) => join(ROOT, d));

/** The first candidate folder whose tokenizer.json is the one the fixture was recorded for. */
function matchingFolder(): string | undefined {
  return CANDIDATES.find((dir) => {
    const file = join(dir, 'tokenizer.json');
    return existsSync(file) && createHash('sha256').update(readFileSync(file)).digest('hex') === fixture.tokenizer_sha256;
  });
}

const folder = matchingFolder();
if (!folder) console.warn(`tokenizer parity: no tokenizer.json with sha256 ${fixture.tokenizer_sha256.slice(0, 12)}… found; regenerate the fixture with scripts/make-tokenizer-fixture.py`);

describe.skipIf(!folder)('tokenizer parity with SentencePiece', () => {
  const load = (f: string) => JSON.parse(readFileSync(join(folder!, f), 'utf8')) as object;
  const tokenizer = folder ? new Tokenizer(load('tokenizer.json'), load('tokenizer_config.json')) : null;

  it('gives the Python ids for every fixture word (20 locales, edge cases)', () => {
    const cache = new WordIdCache(tokenizer!);
    const mismatches = fixture.cases.filter((c) => {
      const ids = cache.ids(c.word);
      return ids.length !== c.ids.length || ids.some((id, i) => id !== c.ids[i]);
    });
    expect(fixture.cases.length).toBeGreaterThan(300);
    expect(mismatches.map((c) => `${c.locale} ${JSON.stringify(c.word)}: ${c.ids.join(',')} vs ${cache.ids(c.word).join(',')}`)).toEqual([]);
  });

  it('rebuilds whole-utterance ids and first-token positions from the word split', () => {
    // The fixture words of each locale come from whole utterances; re-split their join.
    const ja = fixture.cases.filter((c) => c.locale === 'ja-JP' && !isAscii(c.word)).slice(0, 12);
    const text = ja.map((c) => c.word).join('');
    const words = splitWords(text, 'ja-JP').map((w) => w.text);
    expect(words).toEqual(ja.map((c) => c.word));
    const enc = encodeWords(new WordIdCache(tokenizer!), words, 10_000);
    expect(enc.inputIds).toEqual(ja.flatMap((c) => c.ids));
    let pos = 0;
    expect(enc.wordStarts).toEqual(ja.map((c) => ((pos += c.ids.length), pos - c.ids.length)));
  });
});
