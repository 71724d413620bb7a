import { describe, expect, it } from 'vitest';
import type { LearnedExample } from '../../learning/index.ts';
import { memoryFromJsonl, memoryToJsonl } from './memoryJsonl.ts';

const ex = (id: string, locale: string, text: string, intent: string, wordLabels: string[]): LearnedExample => ({
  id, locale, text, intent, wordLabels, embedding: [0.6, 0.8], modelId: 'm', source: 'correction', createdAt: 5,
});

describe('memory JSONL', () => {
  it('writes MASSIVE records (annot_utt included, no embedding) and reads them back to the same words and labels', () => {
    const examples = [
      ex('e1', 'en-US', 'wake me at seven', 'alarm_set', ['Other', 'Other', 'Other', 'time']),
      ex('e2', 'ja-JP', '七時に起こして', 'alarm_set', ['time', 'time', 'Other', 'Other', 'Other', 'Other', 'Other']),
    ];
    const text = memoryToJsonl(examples, { alarm_set: 'alarm' });
    const first = JSON.parse(text.split('\n')[0]!);
    expect(first).toEqual({
      id: 'e1', locale: 'en-US', partition: 'memory', scenario: 'alarm', intent: 'alarm_set', utt: 'wake me at seven',
      annot_utt: 'wake me at [time : seven]', source: 'correction', created_at: 5,
    });
    expect(text.endsWith('\n')).toBe(true);
    const back = memoryFromJsonl(text, ['alarm_set']);
    expect(back.errors).toEqual([]);
    expect(back.lines.map((l) => [l.locale, l.text, l.wordLabels])).toEqual(examples.map((e) => [e.locale, e.text, e.wordLabels]));
  });

  it('reports bad lines by number and keeps the rest', () => {
    const good = JSON.stringify({ utt: 'hi there', locale: 'en-US', intent: 'general_greet' });
    const { lines, errors } = memoryFromJsonl(`{oops\n${good}\n{"utt":"x","locale":"en-US","intent":"nope"}\n`, ['general_greet']);
    expect(lines).toHaveLength(1);
    expect(errors).toEqual([expect.stringMatching(/^line 1: /), 'line 3: unknown intent nope']);
  });
});
