/** Word-label spans: runs, setting a span over words, removing the span around a word. */
import { describe, expect, it } from 'vitest';
import { splitWords } from '../nlu/words.ts';
import { removeSpanAt, sameLabels, setSpan, spansOf, toSlotSpans } from './slots.ts';

const O = 'Other';

describe('slots', () => {
  it('finds maximal runs of one label', () => {
    expect(spansOf([O, 'time', 'time', 'date', O, 'time'])).toEqual([
      { label: 'time', start: 1, end: 3 },
      { label: 'date', start: 3, end: 4 },
      { label: 'time', start: 5, end: 6 },
    ]);
    expect(spansOf([])).toEqual([]);
  });

  it('sets a span in either direction and clamps it to the words', () => {
    expect(setSpan([O, O, O], 2, 0, 'date')).toEqual(['date', 'date', O]);
    expect(setSpan([O, O], 1, 9, 'time')).toEqual([O, 'time']);
  });

  it('removes the whole span around a word, nothing elsewhere', () => {
    expect(removeSpanAt([O, 'time', 'time', 'date'], 2)).toEqual([O, O, O, 'date']);
    expect(removeSpanAt([O, 'time'], 0)).toEqual([O, 'time']);
  });

  it('gives character spans of the utterance', () => {
    const utt = 'wake me at  five am';
    expect(toSlotSpans(utt, splitWords(utt, 'en-US'), [O, O, O, 'time', 'time'])).toEqual([{ label: 'time', start: 12, end: 19, text: 'five am' }]);
    expect(sameLabels([O], [O])).toBe(true);
    expect(sameLabels([O], [O, O])).toBe(false);
  });
});
