/** The session summary: counts, share right, worst intents by gold intent, per-locale counts. */
import { describe, expect, it } from 'vitest';
import { judge, withIntent } from './edits.ts';
import { summarize } from './summary.ts';
import { fakeAnnotation } from './testing.ts';

describe('summarize', () => {
  it('is empty before any turn', () => {
    expect(summarize([])).toEqual({ judged: 0, open: 0, right: 0, shareRight: null, corrected: 0, worst: [], locales: [] });
  });

  it('counts judged turns, the share right and the intents most often wrong', () => {
    const right = (id: string, intent: string, locale = 'en-US') => judge(fakeAnnotation(id, 'x', intent, locale), 'right', 1);
    const wrong = (id: string, predicted: string, gold: string, locale = 'en-US') =>
      withIntent(fakeAnnotation(id, 'x', predicted, locale), gold, gold.split('_')[0]!, 1);
    const list = [
      right('1', 'alarm_set'),
      right('2', 'alarm_set', 'de-DE'),
      wrong('3', 'alarm_set', 'alarm_query'),
      wrong('4', 'play_music', 'alarm_query', 'de-DE'),
      wrong('5', 'alarm_set', 'iot_hue_lightoff'),
      right('6', 'iot_hue_lightoff'),
      right('7', 'iot_hue_lightoff'),
      fakeAnnotation('8', 'not judged', 'alarm_set', 'ja-JP'),
    ];
    const s = summarize(list);
    expect(s).toMatchObject({ judged: 7, open: 1, right: 4, corrected: 3 });
    expect(s.shareRight).toBeCloseTo(4 / 7);
    expect(s.worst).toEqual([
      { intent: 'alarm_query', wrong: 2, total: 2 },
      { intent: 'iot_hue_lightoff', wrong: 1, total: 3 },
    ]);
    expect(s.locales).toEqual([
      { locale: 'de-DE', judged: 2, right: 1 },
      { locale: 'en-US', judged: 5, right: 3 },
      { locale: 'ja-JP', judged: 0, right: 0 },
    ]);
    expect(summarize(list, 1).worst).toHaveLength(1);
  });
});
