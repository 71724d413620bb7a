/** A tester's changes to one annotation, and the `corrected` flag they keep true to the prediction. */
import { describe, expect, it } from 'vitest';
import { judge, makeId, newAnnotation, scenarioOf, withIntent, withLabels, withNote } from './edits.ts';
import { fakeResult } from './testing.ts';
import { MAX_NOTE_CHARS } from './validate.ts';

const O = 'Other';

describe('edits', () => {
  it('makes ids that sort by time and differ in the same millisecond', () => {
    const t = Date.UTC(2026, 11, 2, 23, 15, 0, 123);
    expect(makeId(t, () => 0.5)).toBe('20261202T231500123-8000');
    expect(makeId(t, () => 0)).not.toBe(makeId(t, () => 0.99));
    expect(makeId(t + 1, () => 0) > makeId(t, () => 0.99)).toBe(true);
  });

  it('starts a turn with the model reading as gold, unjudged', () => {
    const a = newAnnotation('1', fakeResult('wake me at five', 'alarm_set', 'en-US', [O, O, O, 'time'], 0.8), 5);
    expect(a).toMatchObject({ intent: 'alarm_set', scenario: 'alarm', judgement: null, corrected: false, predictedIntent: 'alarm_set', note: '', updatedAt: 5 });
    expect(a.prediction).toEqual({ intent: 'alarm_set', scenario: 'alarm', confidence: 0.8, wordLabels: [O, O, O, 'time'] });
  });

  it('pads a prediction whose word split differs with Other', () => {
    const r = { ...fakeResult('a b c', 'general_quirky'), wordLabels: ['time'] };
    expect(newAnnotation('1', r, 0).wordLabels).toEqual(['time', O, O]);
  });

  it('marks corrections, and `right` puts the prediction back', () => {
    const a = newAnnotation('1', fakeResult('wake me at five', 'alarm_set', 'en-US', [O, O, O, 'time']), 0);
    const wrongIntent = withIntent(judge(a, 'wrong', 1), 'alarm_query', 'alarm', 2);
    expect(wrongIntent).toMatchObject({ judgement: 'wrong', intent: 'alarm_query', corrected: true, updatedAt: 2 });
    const backToPredicted = withIntent(wrongIntent, 'alarm_set', 'alarm', 3);
    expect(backToPredicted.corrected).toBe(false);
    const slotFix = withLabels(a, [O, O, 'time', 'time'], 4);
    expect(slotFix).toMatchObject({ judgement: 'wrong', corrected: true });
    expect(judge(slotFix, 'right', 5)).toMatchObject({ judgement: 'right', corrected: false, wordLabels: [O, O, O, 'time'], intent: 'alarm_set' });
    expect(() => withLabels(a, [O], 6)).toThrow('1 labels for 4 words');
  });

  it('counts a slot change on a record read back from an export (no prediction) as a correction', () => {
    const { prediction: _p, ...imported } = newAnnotation('1', fakeResult('wake me at five', 'alarm_set'), 0);
    expect(withLabels(imported, [O, O, O, 'time'], 1).corrected).toBe(true);
    expect(withIntent(imported, 'alarm_set', 'alarm', 1).corrected).toBe(false);
    expect(judge({ ...imported, intent: 'alarm_query' }, 'right', 2, { alarm_set: 'alarm' })).toMatchObject({ intent: 'alarm_set', scenario: 'alarm' });
  });

  it('keeps notes within the limit and the judgement as it was', () => {
    const a = judge(newAnnotation('1', fakeResult('hi', 'general_greet'), 0), 'right', 1);
    const noted = withNote(a, 'x'.repeat(MAX_NOTE_CHARS + 5), 2);
    expect(noted.note).toHaveLength(MAX_NOTE_CHARS);
    expect(noted.judgement).toBe('right');
  });

  it('finds the scenario from the labels, else the intent prefix', () => {
    expect(scenarioOf('iot_hue_lightchange')).toBe('iot');
    expect(scenarioOf('x_y', { x_y: 'other' })).toBe('other');
  });
});
