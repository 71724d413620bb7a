import { describe, expect, it } from 'vitest';
import type { NluResult } from '../nlu/types.ts';
import { LearningMemory } from './memory.ts';
import type { LearnedExample } from './types.ts';
import { normalize } from './vector.ts';

const SCENARIOS = { alarm_set: 'alarm', iot_hue_lighton: 'iot', iot_hue_lightoff: 'iot', weather_query: 'weather' };

function words(text: string) {
  const out: NluResult['words'] = [];
  for (const m of text.matchAll(/\S+/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function result(text: string, intent: string, confidence: number, embedding: number[], locale = 'en-US'): NluResult {
  const w = words(text);
  return {
    text, locale, intent, scenario: SCENARIOS[intent as keyof typeof SCENARIOS] ?? 'x', confidence, top5: [{ intent, p: confidence }],
    slots: [], words: w, wordLabels: w.map(() => 'Other'), timings: { tokenizeMs: 0, inferenceMs: 0 }, backend: 'wasm', truncated: false, embedding,
  };
}

let n = 0;
function example(text: string, intent: string, embedding: number[], extra: Partial<LearnedExample> = {}): LearnedExample {
  n += 1;
  return {
    id: `e${n}`, locale: 'en-US', text, intent, wordLabels: words(text).map(() => 'Other'), embedding: normalize(embedding),
    modelId: 'm1', source: 'correction', createdAt: n, ...extra,
  };
}

const memory = () => new LearningMemory({ modelLocales: ['en-US', 'de-DE'] });

describe('LearningMemory', () => {
  it('gives a corrected utterance its corrected intent and slots, whatever its case and punctuation', () => {
    const m = memory();
    m.add(example('lights up the kitchen', 'iot_hue_lighton', [1, 0, 0], { wordLabels: ['Other', 'Other', 'Other', 'house_place'] }));
    const r = m.apply(result('Lights up, the KITCHEN!', 'iot_hue_lightoff', 0.97, [0, 1, 0]), SCENARIOS, 'm1');
    expect(r.intent).toBe('iot_hue_lighton');
    expect(r.scenario).toBe('iot');
    expect(r.confidence).toBe(1);
    expect(r.slots).toEqual([{ label: 'house_place', start: 15, end: 23, text: 'KITCHEN!' }]);
    expect(r.learned).toMatchObject({ kind: 'exact', exampleId: 'e1', modelIntent: 'iot_hue_lightoff', modelConfidence: 0.97 });
  });

  it('keeps the model where it is confident, and lets a near-identical example decide where it is unsure', () => {
    const m = memory();
    m.add(example('put the lamp on', 'iot_hue_lighton', [1, 0.1, 0]));
    const close = [1, 0.12, 0];
    expect(m.apply(result('put that lamp on', 'iot_hue_lightoff', 0.8, close), SCENARIOS, 'm1').intent).toBe('iot_hue_lightoff');
    const unsure = m.apply(result('put that lamp on', 'iot_hue_lightoff', 0.35, close), SCENARIOS, 'm1');
    expect(unsure.intent).toBe('iot_hue_lighton');
    expect(unsure.learned?.kind).toBe('neighbour');
    expect(unsure.learned?.similarity).toBeGreaterThan(0.95);
    // Not close enough: the model's answer stands.
    expect(m.apply(result('put that lamp on', 'iot_hue_lightoff', 0.35, [0.6, 0.8, 0]), SCENARIOS, 'm1').intent).toBe('iot_hue_lightoff');
  });

  it('ignores embeddings from another model and other locales', () => {
    const m = memory();
    m.add(example('put the lamp on', 'iot_hue_lighton', [1, 0, 0], { modelId: 'old' }));
    expect(m.apply(result('put a lamp on', 'iot_hue_lightoff', 0.2, [1, 0, 0]), SCENARIOS, 'm1').intent).toBe('iot_hue_lightoff');
    expect(m.apply(result('put the lamp on', 'weather_query', 0.9, [1, 0, 0], 'de-DE'), SCENARIOS, 'm1').intent).toBe('weather_query');
  });

  it('classifies a taught locale by the nearest intent centroid, with a probability', () => {
    const m = new LearningMemory({ modelLocales: ['en-US'] });
    const taught = { locale: 'gsw-CH', source: 'taught' as const };
    m.add(example('lampe aa', 'iot_hue_lighton', [1, 0, 0], taught));
    m.add(example('liecht aa', 'iot_hue_lighton', [0.9, 0.2, 0], taught));
    m.add(example('wie isch s wätter', 'weather_query', [0, 0, 1], taught));
    const r = m.apply(result('mach s liecht aa', 'alarm_set', 0.6, [0.95, 0.1, 0.05], 'gsw-CH'), SCENARIOS, 'm1');
    expect(r.intent).toBe('iot_hue_lighton');
    expect(r.learned).toMatchObject({ kind: 'prototype', exampleId: null, modelIntent: 'alarm_set' });
    expect(r.confidence).toBeGreaterThan(0.99);
    // Nothing near enough: unchanged.
    expect(m.apply(result('öppis anders', 'alarm_set', 0.6, [0, -1, 0], 'gsw-CH'), SCENARIOS, 'm1').intent).toBe('alarm_set');
  });

  it('lets the words decide in a taught locale where the embedding cannot tell two intents apart', () => {
    const taught = { locale: 'gsw-CH', source: 'taught' as const };
    const teach = (m: LearningMemory) => {
      m.add(example('mach s liecht aa', 'iot_hue_lighton', [1, 0.1, 0], taught));
      m.add(example('liecht aa bitte', 'iot_hue_lighton', [1, 0.2, 0], taught));
      m.add(example('mach s liecht us', 'iot_hue_lightoff', [1, 0.3, 0], taught));
      m.add(example('liecht us bitte', 'iot_hue_lightoff', [1, 0.4, 0], taught));
    };
    // The query's embedding lies nearer the "off" examples, as the model's does for a language it never saw.
    const query = () => result('bitte s liecht aa', 'alarm_set', 0.4, [1, 0.38, 0], 'gsw-CH');
    const withWords = new LearningMemory({ modelLocales: ['en-US'] });
    const embeddingOnly = new LearningMemory({ modelLocales: ['en-US'], lexicalWeight: 0 });
    teach(withWords);
    teach(embeddingOnly);
    expect(embeddingOnly.apply(query(), SCENARIOS, 'm1').intent).toBe('iot_hue_lightoff');
    const r = withWords.apply(query(), SCENARIOS, 'm1');
    expect(r.intent).toBe('iot_hue_lighton');
    expect(r.learned?.kind).toBe('prototype');
    // Far by the embedding (cosine 0.37), but the words are the "on" examples' words: accepted.
    const far = [0.37, 0, Math.sqrt(1 - 0.37 ** 2)];
    expect(embeddingOnly.apply(result('liecht aa', 'alarm_set', 0.4, far, 'gsw-CH'), SCENARIOS, 'm1').intent).toBe('alarm_set');
    expect(withWords.apply(result('liecht aa', 'alarm_set', 0.4, far, 'gsw-CH'), SCENARIOS, 'm1').intent).toBe('iot_hue_lighton');
    // As far, with none of the examples' words: the model's answer stands.
    expect(withWords.apply(result('öppis ganz anders', 'alarm_set', 0.4, far, 'gsw-CH'), SCENARIOS, 'm1').intent).toBe('alarm_set');
  });

  it('lists, counts, replaces and forgets', () => {
    const m = memory();
    const a = example('turn it on', 'iot_hue_lighton', [1, 0, 0]);
    const b = example('turn it on', 'iot_hue_lightoff', [1, 0, 0]);
    m.add(a);
    m.add(b);
    expect(m.count('en-US')).toBe(2);
    // The later example with the same words wins; forgetting it brings the older one back.
    expect(m.apply(result('turn it on', 'weather_query', 0.9, [0, 0, 1]), SCENARIOS, 'm1').intent).toBe('iot_hue_lightoff');
    expect(m.remove(b.id)).toBe(true);
    expect(m.apply(result('turn it on', 'weather_query', 0.9, [0, 0, 1]), SCENARIOS, 'm1').intent).toBe('iot_hue_lighton');
    expect(m.list().map((e) => e.id)).toEqual([a.id]);
    m.clear('en-US');
    expect(m.count()).toBe(0);
    expect(m.remove('nope')).toBe(false);
  });
});
