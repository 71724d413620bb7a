/**
 * Export and import: the JSONL the app's MASSIVE reader takes unchanged, a fixed byte form
 * (export → import → export is identical), merging by id, and clear messages for bad lines.
 */
import { describe, expect, it } from 'vitest';
import { parseRecordLine } from '../nlu/massive.ts';
import { judge, withIntent, withLabels, withNote } from './edits.ts';
import { exportJsonl, importJsonl } from './massiveJsonl.ts';
import { fakeAnnotation } from './testing.ts';

const O = 'Other';

const sample = () => [
  withNote(withIntent(judge(fakeAnnotation('20261202T100000002-0002', 'wake me at five am', 'alarm_query'), 'wrong', 1), 'alarm_set', 'alarm', 2), 'said "five", meant 5:00\nsecond line', 3),
  judge(fakeAnnotation('20261202T100000001-0001', 'lights off', 'iot_hue_lightoff'), 'right', 1),
  withLabels(fakeAnnotation('20261202T100000003-0003', '明日の天気は', 'weather_query', 'ja-JP'), ['date', 'date', O, O, O, O], 2),
  fakeAnnotation('20261202T100000004-0004', 'not judged yet', 'general_quirky'),
];

describe('exportJsonl', () => {
  it('writes one line per judged turn, by id, in a fixed key order, `\\n` after each', () => {
    const text = exportJsonl(sample());
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(
      '{"id":"20261202T100000001-0001","locale":"en-US","partition":"tester","scenario":"iot","intent":"iot_hue_lightoff","utt":"lights off","annot_utt":"lights off","judgement":"right","corrected":false,"predicted_intent":"iot_hue_lightoff","note":""}',
    );
    expect(JSON.parse(lines[1]!)).toMatchObject({ intent: 'alarm_set', predicted_intent: 'alarm_query', corrected: true, judgement: 'wrong', note: 'said "five", meant 5:00\nsecond line' });
    expect(JSON.parse(lines[2]!)).toMatchObject({ locale: 'ja-JP', annot_utt: '[date : 明日] の天気は', corrected: true, judgement: 'wrong' });
  });

  it('is read by the app\'s MASSIVE reader to the same words and labels', () => {
    const lines = exportJsonl(sample()).trimEnd().split('\n');
    const ja = parseRecordLine(lines[2]!, 'x');
    expect(ja?.words).toEqual(['明', '日', 'の', '天', '気', 'は']);
    expect(ja?.wordLabels).toEqual(['date', 'date', O, O, O, O]);
    expect(ja?.partition).toBe('tester');
    expect(parseRecordLine(lines[1]!, 'x')?.scenario).toBe('alarm');
  });
});

describe('importJsonl', () => {
  it('gives back what was exported: export → import → export is byte-identical', () => {
    const first = exportJsonl(sample());
    const { annotations, errors } = importJsonl(first, 99);
    expect(errors).toEqual([]);
    expect(annotations).toHaveLength(3);
    expect(annotations.every((a) => a.prediction === undefined && a.updatedAt === 99)).toBe(true);
    expect(exportJsonl(annotations)).toBe(first);
    // ...and again, with the lines shuffled and CRLF line ends.
    const shuffled = first.trimEnd().split('\n').reverse().join('\r\n');
    expect(exportJsonl(importJsonl(`\uFEFF${shuffled}\r\n`, 1).annotations)).toBe(first);
  });

  it('reads plain MASSIVE records as gold judged right', () => {
    const line = JSON.stringify({ id: '1', locale: 'de-DE', partition: 'dev', scenario: 'alarm', intent: 'alarm_set', utt: 'weck mich um sieben', annot_utt: 'weck mich um [time : sieben]', worker_id: '8' });
    const { annotations } = importJsonl(line, 0);
    expect(annotations[0]).toMatchObject({ id: '1', judgement: 'right', corrected: false, predictedIntent: 'alarm_set', note: '', wordLabels: [O, O, O, 'time'] });
  });

  it('skips bad lines with their number and reason; a later line with the same id wins', () => {
    const ok = (id: string, intent: string) => JSON.stringify({ id, locale: 'en-US', partition: 'tester', scenario: 'x', intent, utt: 'a b', annot_utt: 'a b' });
    const text = [
      ok('1', 'alarm_set'),
      '{not json',
      JSON.stringify({ id: '2', locale: 'en-US', partition: 'tester', intent: 'alarm_set', utt: 'a b', annot_utt: 'a [time : b c]' }),
      JSON.stringify({ id: '3', locale: 'en-US', partition: 'tester', intent: 'alarm_set', utt: 'a b', annot_utt: 'a b', judgement: 'maybe' }),
      JSON.stringify({ id: '4', locale: 'en-US', intent: 'alarm_set', utt: 'a b', annot_utt: 'a b' }),
      '',
      ok('1', 'alarm_query'),
    ].join('\n');
    const { annotations, errors } = importJsonl(text, 0);
    expect(annotations.map((a) => [a.id, a.intent])).toEqual([['1', 'alarm_query']]);
    expect(errors).toEqual([
      expect.stringMatching(/^line 2: not valid JSON/),
      'line 3: annot_utt has 3 words, utt has 2',
      'line 4: "judgement" has the wrong type',
      'line 5: missing or non-string field(s) partition',
    ]);
  });
});
