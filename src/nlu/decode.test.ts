/** Decoding on hand-made logits and span mapping back to original character offsets. */
import { describe, expect, it } from 'vitest';
import { argmax, decodeIntent, decodeWordLabels, softmax, spansFromWordLabels } from './decode.ts';
import type { ModelLabels } from './types.ts';
import { splitWords } from './words.ts';

const labels: ModelLabels = {
  intents: ['alarm_set', 'alarm_query', 'play_music', 'weather_query', 'iot_hue_lightoff', 'datetime_query'],
  slots: ['Other', 'time', 'date', 'place_name'],
  scenarios: { alarm_set: 'alarm', alarm_query: 'alarm', play_music: 'play', weather_query: 'weather', iot_hue_lightoff: 'iot', datetime_query: 'datetime' },
};

describe('softmax / argmax', () => {
  it('computes a stable softmax', () => {
    const p = softmax([1000, 1000 + Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
  });
  it('takes the first maximum on ties', () => {
    expect(argmax([1, 3, 3, 0])).toBe(1);
    expect(argmax([9, 1, 5, 7], 2, 2)).toBe(1);
  });
});

describe('decodeIntent', () => {
  it('reads the right batch row and ranks the top 5', () => {
    const row0 = [0, 0, 0, 0, 0, 0];
    const row1 = [Math.log(4), 0, Math.log(2), -50, Math.log(1), Math.log(1)];
    const d = decodeIntent(Float32Array.from([...row0, ...row1]), 1, labels);
    expect(d.intent).toBe('alarm_set');
    expect(d.scenario).toBe('alarm');
    // exp: 4, 1, 2, ~0, 1, 1 → sum ≈ 9.
    expect(d.confidence).toBeCloseTo(4 / 9, 5);
    expect(d.top5.map((t) => t.intent)).toEqual(['alarm_set', 'play_music', 'alarm_query', 'iot_hue_lightoff', 'datetime_query']);
    expect(d.top5[1]!.p).toBeCloseTo(2 / 9, 5);
  });
});

describe('decodeWordLabels', () => {
  it('reads each word at its first token and gives Other to truncated words', () => {
    const seqLen = 4;
    const n = labels.slots.length;
    const logits = new Float32Array(2 * seqLen * n);
    const set = (b: number, t: number, k: number) => { logits[(b * seqLen + t) * n + k] = 5; };
    set(1, 0, 0); set(1, 1, 1); set(1, 2, 3); set(1, 3, 1);
    set(0, 1, 2);
    expect(decodeWordLabels(logits, 1, seqLen, [0, 1, 3, -1], labels)).toEqual(['Other', 'time', 'time', 'Other']);
    expect(decodeWordLabels(logits, 0, seqLen, [1], labels)).toEqual(['date']);
  });
});

describe('spansFromWordLabels', () => {
  it('maps spans to original offsets across irregular whitespace', () => {
    const text = 'wake me  at   seven thirty tomorrow';
    const words = splitWords(text, 'en-US');
    const spans = spansFromWordLabels(text, words, ['Other', 'Other', 'Other', 'time', 'time', 'date']);
    expect(spans).toEqual([
      { label: 'time', start: 14, end: 26, text: 'seven thirty' },
      { label: 'date', start: 27, end: 35, text: 'tomorrow' },
    ]);
  });

  it('joins ja characters into one span without inventing spaces', () => {
    const text = '明日の 7時 に起こして';
    const words = splitWords(text, 'ja-JP');
    const labelsPerWord = words.map((w) => (w.text === '明' || w.text === '日' ? 'date' : w.text === '7' || w.text === '時' ? 'time' : 'Other'));
    expect(spansFromWordLabels(text, words, labelsPerWord)).toEqual([
      { label: 'date', start: 0, end: 2, text: '明日' },
      { label: 'time', start: 4, end: 6, text: '7時' },
    ]);
  });

  it('covers the whitespace between words of one span in RTL text', () => {
    const text = 'ما الطقس في  الدار البيضاء';
    const words = splitWords(text, 'ar-SA');
    const spans = spansFromWordLabels(text, words, ['Other', 'Other', 'Other', 'place_name', 'place_name']);
    expect(spans).toEqual([{ label: 'place_name', start: 13, end: 26, text: 'الدار البيضاء' }]);
  });

  it('merges adjacent same-label words and splits on a label change', () => {
    const text = 'a b c d';
    const spans = spansFromWordLabels(text, splitWords(text, 'en-US'), ['date', 'date', 'time', 'date']);
    expect(spans.map((s) => [s.label, s.text])).toEqual([['date', 'a b'], ['time', 'c'], ['date', 'd']]);
  });

  it('keeps emoji surrogate pairs intact in span text', () => {
    const text = '猫😀だ';
    const spans = spansFromWordLabels(text, splitWords(text, 'ja-JP'), ['Other', 'place_name', 'Other']);
    expect(spans).toEqual([{ label: 'place_name', start: 1, end: 3, text: '😀' }]);
  });
});
