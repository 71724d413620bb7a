/** The report's pure parts: gold slots, exact match, the scenario-blocked matrix, per-intent F1. */
import { describe, expect, it } from 'vitest';
import { goldSlots, isExact } from './analysis.ts';
import { confusionGrid, intentScores, scenarioOf } from './confusion.ts';

const CELLS = [
  { gold: 'alarm_set', predicted: 'alarm_set', count: 8 },
  { gold: 'alarm_set', predicted: 'iot_hue_lightoff', count: 2 },
  { gold: 'iot_hue_lightoff', predicted: 'iot_hue_lightoff', count: 5 },
  { gold: 'alarm_query', predicted: 'alarm_set', count: 1 },
  // An intent the model does not know, its scenario from the data.
  { gold: 'qa_factoid', predicted: 'general_quirky', count: 3 },
];
const SCENARIOS = { alarm_set: 'alarm', alarm_query: 'alarm', iot_hue_lightoff: 'iot', general_quirky: 'general', qa_factoid: 'qa' };

describe('goldSlots and isExact', () => {
  it('reads the [label : words] spans as written', () => {
    expect(goldSlots('wake me at [time : 5:30 am] on [date : friday]')).toEqual([
      { label: 'time', text: '5:30 am' },
      { label: 'date', text: 'friday' },
    ]);
    expect(goldSlots('[date : 金曜日] の [time : 午前九時] に起こして')).toEqual([
      { label: 'date', text: '金曜日' },
      { label: 'time', text: '午前九時' },
    ]);
    expect(goldSlots('no slots here')).toEqual([]);
  });

  it('counts exact as the metric does: same intent and same BIO tags', () => {
    const gold = { intent: 'a', wordLabels: ['Other', 'time', 'time'] };
    expect(isExact(gold, { intent: 'a', wordLabels: ['Other', 'time', 'time'] })).toBe(true);
    expect(isExact(gold, { intent: 'b', wordLabels: ['Other', 'time', 'time'] })).toBe(false);
    expect(isExact(gold, { intent: 'a', wordLabels: ['Other', 'time', 'date'] })).toBe(false);
    expect(isExact(gold, { intent: 'a', wordLabels: ['Other', 'time'] })).toBe(false);
  });
});

describe('confusionGrid', () => {
  it('keeps only the intents present, in scenario blocks along the diagonal', () => {
    const grid = confusionGrid(CELLS, SCENARIOS);
    expect(grid.blocks).toEqual([
      { scenario: 'alarm', intents: ['alarm_query', 'alarm_set'] },
      { scenario: 'general', intents: ['general_quirky'] },
      { scenario: 'iot', intents: ['iot_hue_lightoff'] },
      { scenario: 'qa', intents: ['qa_factoid'] },
    ]);
    expect(grid.intents).toEqual(['alarm_query', 'alarm_set', 'general_quirky', 'iot_hue_lightoff', 'qa_factoid']);
    expect(grid.counts).toEqual([
      [0, 1, 0, 0, 0],
      [0, 8, 0, 2, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 5, 0],
      [0, 0, 3, 0, 0],
    ]);
    expect(grid.rowTotals).toEqual([1, 10, 0, 5, 3]);
  });

  it('falls back to the part before _ for an intent of unknown scenario', () => {
    expect(scenarioOf('weather_query', {})).toBe('weather');
    expect(scenarioOf('x', {})).toBe('x');
  });
});

describe('intentScores', () => {
  it('gives precision, recall and F1 per intent, worst first', () => {
    const scores = intentScores(CELLS, SCENARIOS);
    const by = Object.fromEntries(scores.map((s) => [s.intent, s]));
    // alarm_set: tp 8, gold 10, predicted 9 → P 88.9, R 80, F1 84.2
    expect(by.alarm_set!.precision).toBeCloseTo(88.889, 2);
    expect(by.alarm_set!.recall).toBeCloseTo(80, 6);
    expect(by.alarm_set!.f1).toBeCloseTo(84.211, 2);
    // iot_hue_lightoff: tp 5, gold 5, predicted 7 → P 71.4, R 100, F1 83.3
    expect(by.iot_hue_lightoff!.f1).toBeCloseTo(83.333, 2);
    expect(by.general_quirky).toMatchObject({ support: 0, predicted: 3, f1: 0 });
    expect(scores.map((s) => s.intent)).toEqual(['alarm_query', 'general_quirky', 'qa_factoid', 'iot_hue_lightoff', 'alarm_set']);
  });
});
