/** Tests for the word split: whitespace rules, ja/zh character split, offsets. */
import { describe, expect, it } from 'vitest';
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
