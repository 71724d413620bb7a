/**
 * annot_utt written from word labels and read back, in the shapes MASSIVE itself uses: spaced
 * locales, ja/zh without spaces (slots cut out of a chunk), Latin text inside ja/zh, and words
 * with brackets that the notation would misread. Where the MASSIVE data is on disk, every
 * record of four locales is rewritten and read back to the same labels.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wordsAndLabels } from '../nlu/massive.ts';
import { splitWords } from '../nlu/words.ts';
import { readAnnotUtt, writeAnnotUtt } from './annotUtt.ts';

const O = 'Other';

describe('writeAnnotUtt', () => {
  it('writes spaced locales as MASSIVE does, adjacent slots apart', () => {
    const utt = 'wake me up at five am this week';
    const labels = [O, O, O, O, 'time', 'time', 'date', 'date'];
    const annot = writeAnnotUtt(utt, 'en-US', labels);
    expect(annot).toBe('wake me up at [time : five am] [date : this week]');
    expect(readAnnotUtt(utt, annot, 'en-US')).toEqual(labels);
  });

  it('cuts slots out of a ja chunk with spaces around them, as MASSIVE writes ja-JP', () => {
    const utt = '金曜日の午前九時に起こしてください';
    const labels = [...'金曜日'].map(() => 'date').concat([O], [...'午前九時'].map(() => 'time'), [...'に起こしてください'].map(() => O));
    const annot = writeAnnotUtt(utt, 'ja-JP', labels);
    expect(annot).toBe('[date : 金曜日] の [time : 午前九時] に起こしてください');
    expect(readAnnotUtt(utt, annot, 'ja-JP')).toEqual(labels);
  });

  it('writes Latin letters cut from a ja chunk one by one, so they stay one word each', () => {
    const utt = 'iPhoneの充電';
    const words = splitWords(utt, 'ja-JP');
    expect(words).toHaveLength(9);
    const labels = words.map((_, i) => (i < 6 ? 'device_type' : O));
    const annot = writeAnnotUtt(utt, 'ja-JP', labels);
    expect(annot).toBe('[device_type : i P h o n e] の充電');
    expect(wordsAndLabels(annot, 'ja-JP').words).toEqual(words.map((w) => w.text));
    expect(readAnnotUtt(utt, annot, 'ja-JP')).toEqual(labels);
  });

  it('keeps an ASCII chunk of zh one word inside and outside slots', () => {
    const utt = '播放 Taylor Swift 的歌';
    const labels = [O, O, 'artist_name', 'artist_name', O, O];
    const annot = writeAnnotUtt(utt, 'zh-CN', labels);
    expect(annot).toBe('播放 [artist_name : Taylor Swift] 的歌');
    expect(readAnnotUtt(utt, annot, 'zh-TW')).toEqual(labels);
  });

  it('writes brackets the notation would misread as ( and ), keeping the word count', () => {
    const utt = '[urgent] add ] and [ to list [x]';
    const words = splitWords(utt, 'en-US');
    const labels = words.map((w) => (w.text === 'list' || w.text === '[x]' ? 'list_name' : O));
    const annot = writeAnnotUtt(utt, 'en-US', labels);
    expect(annot).toBe('(urgent) add ) and ( to [list_name : list (x)]');
    expect(wordsAndLabels(annot, 'en-US').labels).toEqual(labels);
    expect(readAnnotUtt(utt, annot, 'en-US')).toEqual(labels);
    const ja = '[明日]の天気]';
    const jaLabels = splitWords(ja, 'ja-JP').map((w) => (w.text === '明' || w.text === '日' ? 'date' : O));
    const jaAnnot = writeAnnotUtt(ja, 'ja-JP', jaLabels);
    expect(readAnnotUtt(ja, jaAnnot, 'ja-JP')).toEqual(jaLabels);
  });

  it('writes a slot at the very start and end and one-word utterances', () => {
    expect(writeAnnotUtt('olly', 'en-US', [O])).toBe('olly');
    expect(writeAnnotUtt('tomorrow', 'en-US', ['date'])).toBe('[date : tomorrow]');
    expect(writeAnnotUtt('明日', 'ja-JP', ['date', 'date'])).toBe('[date : 明日]');
  });

  it('refuses labels that do not fit the words or the notation', () => {
    expect(() => writeAnnotUtt('two words', 'en-US', [O])).toThrow('1 labels for 2 words');
    expect(() => writeAnnotUtt('two words', 'en-US', [O, 'bad label'])).toThrow('cannot be written');
  });
});

describe('readAnnotUtt', () => {
  it('refuses an annot_utt whose words are not the utterance', () => {
    expect(() => readAnnotUtt('set an alarm', 'set [time : an alarm] now', 'en-US')).toThrow('annot_utt has 4 words, utt has 3');
    expect(() => readAnnotUtt('set an alarm', 'set an alert', 'en-US')).toThrow('word 3');
  });
});

const DATA = join(import.meta.dirname, '../../../shared/data/massive-1.1');

describe.skipIf(!existsSync(DATA))('on the MASSIVE data', () => {
  it.each(['en-US', 'ja-JP', 'zh-CN', 'th-TH'])('rewrites every %s record to the same words and labels', (locale) => {
    const lines = gunzipSync(readFileSync(join(DATA, `${locale}.jsonl.gz`))).toString('utf8').split('\n').filter(Boolean);
    let checked = 0;
    let sameText = 0;
    for (const line of lines) {
      const rec = JSON.parse(line) as { utt: string; annot_utt: string };
      const gold = wordsAndLabels(rec.annot_utt, locale);
      // Records whose annot_utt words differ from utt's (a few in MASSIVE) are not ours to fix.
      if (gold.words.join('\u0001') !== splitWords(rec.utt, locale).map((w) => w.text).join('\u0001')) continue;
      const written = writeAnnotUtt(rec.utt, locale, gold.labels);
      expect(readAnnotUtt(rec.utt, written, locale)).toEqual(gold.labels);
      checked += 1;
      if (written === rec.annot_utt) sameText += 1;
    }
    expect(checked).toBeGreaterThan(lines.length * 0.9);
    // Most records come out character for character as MASSIVE wrote them.
    expect(sameText / checked).toBeGreaterThan(0.9);
  });
});
