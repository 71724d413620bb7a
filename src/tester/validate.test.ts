/** What a stored or imported annotation must be to be shown; the reason when it is not. */
import { describe, expect, it } from 'vitest';
import { judge } from './edits.ts';
import { fakeAnnotation } from './testing.ts';
import { validateAnnotation } from './validate.ts';

describe('validateAnnotation', () => {
  const good = judge(fakeAnnotation('1', 'wake me at five', 'alarm_set'), 'right', 2);

  it('keeps a good record, and only its known fields', () => {
    expect(validateAnnotation(good)).toEqual(good);
    expect(validateAnnotation({ ...good, extra: 1 })).toEqual(good);
    const { prediction: _p, ...imported } = good;
    expect(validateAnnotation(imported)).toEqual(imported);
  });

  it.each([
    [null, 'not an object'],
    [[], 'not an object'],
    [{ ...good, id: '' }, 'no usable id'],
    [{ ...good, utt: '   ' }, 'empty utterance'],
    [{ ...good, utt: 'x'.repeat(1001), wordLabels: ['Other'] }, 'utterance longer than 1000 characters'],
    [{ ...good, wordLabels: ['Other'] }, 'slot labels do not match the words'],
    [{ ...good, wordLabels: ['Other', 'Other', 'Other', 'bad label'] }, 'slot labels do not match the words'],
    [{ ...good, judgement: 'maybe' }, 'judgement is not right, wrong or null'],
    [{ ...good, corrected: 'no' }, 'corrected is not a boolean'],
    [{ ...good, note: 7 }, 'note is not text up to 2000 characters'],
    [{ ...good, updatedAt: Infinity }, 'no usable time'],
    [{ ...good, prediction: { ...good.prediction, confidence: 2 } }, 'prediction confidence is not within 0..1'],
  ])('refuses %j: %s', (raw, reason) => {
    expect(validateAnnotation(raw)).toBe(reason);
  });
});
