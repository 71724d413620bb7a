/** Tests for the word split: whitespace rules, ja/zh character split, offsets. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { encodeWords, WordIdCache, type WordTokenizer } from './encode.ts';
import { isAscii, pySplit, splitWords } from './words.ts';

const texts = (s: string, locale: string) => splitWords(s, locale).map((w) => w.text);

describe('splitWords', () => {
  it('splits Latin text on runs of whitespace with offsets', () => {
    const w = splitWords('  wake me up\tat  7 ', 'en-US');
    expect(w).toEqual([
      { text: 'wake', start: 2, end: 6 },
      { text: 'me', start: 7, end: 9 },
      { text: 'up', start: 10, end: 12 },
      { text: 'at', start: 13, end: 15 },
      { text: '7', start: 17, end: 18 },
    ]);
  });

  it('splits ja-JP per character but keeps ASCII chunks whole', () => {
    const w = splitWords('明日 7am に起こして', 'ja-JP');
    expect(w.map((x) => x.text)).toEqual(['明', '日', '7am', 'に', '起', 'こ', 'し', 'て']);
    expect(w[2]).toEqual({ text: '7am', start: 3, end: 6 });
    expect(w[3]).toEqual({ text: 'に', start: 7, end: 8 });
  });

  it('splits a mixed non-ASCII chunk per character in zh-CN, including its ASCII letters', () => {
    expect(texts('播放abc音乐', 'zh-CN')).toEqual(['播', '放', 'a', 'b', 'c', '音', '乐']);
    expect(texts('播放abc音乐', 'zh-TW')).toHaveLength(7);
  });

  it('does not split Chinese characters for other locales', () => {
    expect(texts('播放 音乐', 'ko-KR')).toEqual(['播放', '音乐']);
  });

  it('keeps Thai and Khmer whitespace chunks whole', () => {
    expect(texts('ตั้งปลุก ตีห้า', 'th-TH')).toEqual(['ตั้งปลุก', 'ตีห้า']);
    expect(texts('ដាស់ខ្ញុំ ម៉ោងប្រាំ', 'km-KH')).toEqual(['ដាស់ខ្ញុំ', 'ម៉ោងប្រាំ']);
  });

  it('keeps logical order and offsets for RTL text', () => {
    const text = 'أيقظني الساعة ٧';
    const w = splitWords(text, 'ar-SA');
    expect(w.map((x) => x.text)).toEqual(['أيقظني', 'الساعة', '٧']);
    for (const x of w) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('treats an emoji as one code point in char-split locales (surrogate pair offsets)', () => {
    const w = splitWords('猫😀だ', 'ja-JP');
    expect(w).toEqual([
      { text: '猫', start: 0, end: 1 },
      { text: '😀', start: 1, end: 3 },
      { text: 'だ', start: 3, end: 4 },
    ]);
  });

  it('keeps an emoji inside a word for whitespace locales', () => {
    expect(texts('play 🎵music now', 'en-US')).toEqual(['play', '🎵music', 'now']);
  });

  it('uses Python whitespace: NBSP and ideographic space split, BOM and ZWSP do not', () => {
    expect(texts('a\u00a0b\u3000c', 'en-US')).toEqual(['a', 'b', 'c']);
    expect(texts('a\ufeffb\u200bc', 'en-US')).toEqual(['a\ufeffb\u200bc']);
    expect(texts('a\x1fb\x85c', 'en-US')).toEqual(['a', 'b', 'c']);
  });

  it('returns no words for empty or blank text', () => {
    expect(splitWords('', 'en-US')).toEqual([]);
    expect(splitWords(' \n\t ', 'ja-JP')).toEqual([]);
  });

  it('honours a custom char-split list', () => {
    expect(texts('日本', 'ja-JP')).toEqual(['日', '本']);
    expect(splitWords('日本', 'ja-JP', []).map((x) => x.text)).toEqual(['日本']);
  });
});

describe('pySplit / isAscii', () => {
  it('matches Python str.split()', () => {
    expect(pySplit('  a  b\n')).toEqual(['a', 'b']);
    expect(pySplit('')).toEqual([]);
  });
  it('detects ASCII', () => {
    expect(isAscii('abc 123')).toBe(true);
    expect(isAscii('café')).toBe(false);
  });
});

/** Heap in use after a full garbage collection (gc is exposed at run time for this test). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  return process.memoryUsage().heapUsed;
}

describe('word texts and the word cache', () => {
  const tokenizer: WordTokenizer = { encode: (text) => ({ ids: [text.length % 97] }) };

  it('keeps a cached word without keeping its whole utterance alive', () => {
    const cache = new WordIdCache(tokenizer);
    const before = heapAfterGc();
    // 40 utterances of 1 MB, each with one long word that the cache keeps. A word that is a
    // slice of its utterance would keep all 40 MB reachable through the cache's keys.
    for (let i = 0; i < 40; i++) {
      const text = `${'x'.repeat(1_000_000)} supercalifragilistic${i}`;
      const words = splitWords(text, 'en-US');
      expect(words[1]).toEqual({ text: `supercalifragilistic${i}`, start: 1_000_001, end: 1_000_001 + words[1]!.text.length });
      cache.ids(words[1]!.text);
    }
    const grown = heapAfterGc() - before;
    expect(cache.ids('supercalifragilistic7')).toEqual([21]);
    expect(grown).toBeLessThan(8_000_000);
  });

  it('stays bounded however many different words it sees, and its ids do not change', () => {
    const cache = new WordIdCache(tokenizer, undefined, 100);
    const words = Array.from({ length: 20_000 }, (_, i) => `${i}${'w'.repeat(2_000)}`);
    const before = heapAfterGc();
    const enc = encodeWords(cache, words, 100_000);
    const grown = heapAfterGc() - before;
    expect(enc.inputIds).toEqual(words.map((w) => w.length % 97));
    // 20,000 keys of 2 kB would be 40 MB; a cache of 100 holds a few hundred kB.
    expect(grown).toBeLessThan(8_000_000);
  });

  it('gives the same words, offsets and ids as before the copy (lone surrogates included)', () => {
    const text = 'wake me \ud800up at seven-thirty-in-the-morning please';
    const words = splitWords(text, 'en-US');
    expect(words.map((w) => w.text)).toEqual(['wake', 'me', '\ud800up', 'at', 'seven-thirty-in-the-morning', 'please']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
