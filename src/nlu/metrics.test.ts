/** Metrics against hand-computed cases, including the adjacent-same-label merge rule. */
import { describe, expect, it } from 'vitest';
import { getEntities, meanScores, MetricsAccumulator, round1, toBio } from './metrics.ts';

describe('toBio', () => {
  it('converts word labels with the reference rule', () => {
    expect(toBio(['Other', 'date', 'date', 'Other', 'time', 'date'])).toEqual([
      'O', 'B-date', 'I-date', 'O', 'B-time', 'B-date',
    ]);
  });

  it('merges two adjacent slots with the same label into one span', () => {
    // "[date : monday] [date : tuesday]" → two gold slots, but one BIO chunk.
    expect(toBio(['date', 'date'])).toEqual(['B-date', 'I-date']);
    expect(getEntities(toBio(['date', 'date']))).toEqual([{ type: 'date', begin: 0, end: 1 }]);
  });
});

describe('getEntities (seqeval default mode)', () => {
  it('finds chunks in a well-formed sequence', () => {
    expect(getEntities(['O', 'B-date', 'I-date', 'O', 'B-time'])).toEqual([
      { type: 'date', begin: 1, end: 2 },
      { type: 'time', begin: 4, end: 4 },
    ]);
  });

  it('treats a leading I- and a type change as chunk starts, like seqeval', () => {
    expect(getEntities(['I-x', 'I-x', 'O', 'B-y', 'I-z'])).toEqual([
      { type: 'x', begin: 0, end: 1 },
      { type: 'y', begin: 3, end: 3 },
      { type: 'z', begin: 4, end: 4 },
    ]);
  });

  it('keeps dashes inside the type', () => {
    expect(getEntities(['B-a-b', 'I-a-b'])).toEqual([{ type: 'a-b', begin: 0, end: 1 }]);
  });
});

describe('MetricsAccumulator', () => {
  it('matches a hand-computed three-utterance case', () => {
    const m = new MetricsAccumulator();
    m.add('alarm_set', 'alarm_set', ['Other', 'time'], ['Other', 'time']);
    m.add('play_music', 'play_radio', ['date', 'date', 'Other'], ['date', 'Other', 'Other']);
    m.add('alarm_set', 'alarm_set', ['Other', 'Other'], ['Other', 'person']);
    const s = m.scores();
    // tp = 1, predicted spans = 3, gold spans = 2 → P = 1/3, R = 1/2, F1 = 0.4.
    expect(s.n).toBe(3);
    expect(s.intent_acc).toBeCloseTo(200 / 3, 10);
    expect(s.slot_f1).toBeCloseTo(40, 10);
    expect(s.exact_match).toBeCloseTo(100 / 3, 10);
  });

  it('scores the merged span: predicting two same-label slots as one run is correct', () => {
    const m = new MetricsAccumulator();
    m.add('calendar_query', 'calendar_query', ['date', 'date'], ['date', 'date']);
    m.add('calendar_query', 'calendar_query', ['date', 'date'], ['date', 'Other']);
    // gold spans: 2 (one per utterance), predicted: 2, correct: 1.
    expect(m.scores().slot_f1).toBeCloseTo(50, 10);
    expect(m.scores().exact_match).toBeCloseTo(50, 10);
  });

  it('gives 0 F1 when there are no spans at all, and exact match on all-O', () => {
    const m = new MetricsAccumulator();
    m.add('a', 'a', ['Other'], ['Other']);
    expect(m.scores()).toEqual({ n: 1, intent_acc: 100, slot_f1: 0, exact_match: 100 });
  });

  it('counts a length mismatch as not exact', () => {
    const m = new MetricsAccumulator();
    m.add('a', 'a', ['Other', 'Other'], ['Other']);
    expect(m.scores().exact_match).toBe(0);
  });
});

describe('meanScores / round1', () => {
  it('averages locales plainly and sums n', () => {
    const mean = meanScores([
      { n: 10, intent_acc: 80, slot_f1: 60, exact_match: 50 },
      { n: 30, intent_acc: 90, slot_f1: 70, exact_match: 40 },
    ]);
    expect(mean).toEqual({ n: 40, intent_acc: 85, slot_f1: 65, exact_match: 45 });
  });
  it('rounds to one decimal', () => {
    expect(round1(66.666)).toBe(66.7);
    expect(round1(33.349)).toBe(33.3);
  });
});
