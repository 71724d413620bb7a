import { describe, expect, it } from 'vitest';
import { Learner, memoryLearningStorage } from '../../learning/index.ts';
import { judge, withIntent, withLabels } from '../edits.ts';
import { fakeAnnotation, fakeResult } from '../testing.ts';
import { createLearningBridge, exampleIdOf } from './bridge.ts';

const SCENARIOS = { iot_hue_lighton: 'iot', iot_hue_lightoff: 'iot', weather_query: 'weather', alarm_set: 'alarm' };

function setup() {
  const learner = new Learner(memoryLearningStorage(), { parse: async (t, l) => ({ ...fakeResult(t, 'weather_query', l), embedding: [1, 0] }) });
  learner.setModel({ modelId: 'm', scenarios: SCENARIOS, locales: ['en-US'] });
  return { learner, bridge: createLearningBridge(learner) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the learning bridge', () => {
  it('teaches a corrected turn under one id, replaces it on a new correction, forgets it when judged right', async () => {
    const { learner, bridge } = setup();
    const a0 = fakeAnnotation('a1', 'lights up the kitchen', 'iot_hue_lightoff');
    bridge.onAnnotation(a0);
    const wrong = judge(a0, 'wrong', 2_000);
    const fixed = withIntent(wrong, 'iot_hue_lighton', 'iot', 3_000);
    bridge.onAnnotation(fixed);
    await flush();
    expect(learner.list().map((e) => [e.id, e.intent])).toEqual([[exampleIdOf(a0), 'iot_hue_lighton']]);
    const slots = withLabels(fixed, ['Other', 'Other', 'Other', 'house_place'], 4_000);
    bridge.onAnnotation(slots);
    await flush();
    expect(learner.list()).toHaveLength(1);
    expect(learner.list()[0]!.wordLabels).toEqual(['Other', 'Other', 'Other', 'house_place']);
    expect(learner.apply(fakeResult('Lights up the kitchen', 'iot_hue_lightoff')).intent).toBe('iot_hue_lighton');
    bridge.onAnnotation(judge(slots, 'right', 5_000));
    await flush();
    expect(learner.list()).toEqual([]);
  });

  it('offers a rephrase after a turn marked wrong, and teaches it only when confirmed', async () => {
    const { learner, bridge } = setup();
    const first = fakeAnnotation('a1', 'lamp kitchen yes', 'weather_query');
    bridge.onAnnotation(first);
    bridge.onAnnotation(judge(first, 'wrong', 1_500));
    bridge.onAnnotation({ ...fakeAnnotation('a2', 'turn on the kitchen light', 'iot_hue_lighton'), updatedAt: 9_000 });
    const [candidate] = bridge.state.getState().candidates;
    expect(candidate).toMatchObject({ intent: 'iot_hue_lighton', failed: { text: 'lamp kitchen yes' } });
    expect(learner.list()).toEqual([]);
    await bridge.confirm(candidate!);
    expect(bridge.state.getState().candidates).toEqual([]);
    expect(learner.list().map((e) => [e.text, e.intent, e.source])).toEqual([['lamp kitchen yes', 'iot_hue_lighton', 'rephrase']]);
  });

  it('shows why learning failed when the storage refuses', async () => {
    const storage = { ...memoryLearningStorage(), put: () => Promise.reject(new Error('QuotaExceededError')) };
    const learner = new Learner(storage, { parse: async (t, l) => fakeResult(t, 'weather_query', l) });
    const bridge = createLearningBridge(learner);
    const a = fakeAnnotation('a1', 'x y', 'weather_query');
    bridge.onAnnotation(withIntent(judge(a, 'wrong', 2_000), 'alarm_set', 'alarm', 3_000));
    await flush();
    await flush();
    expect(bridge.state.getState().error).toMatch(/Quota/);
    expect(learner.list()).toEqual([]);
  });
});
