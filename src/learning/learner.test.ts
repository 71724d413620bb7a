/**
 * The learner on the shipped model (onnxruntime-web in Node, the app's own pipeline) and its
 * IndexedDB storage (fake-indexeddb): a correction is in effect at once and after a reload.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, openNodeModel } from '../../scripts/nodeModel.ts';
import type { NluModel } from '../nlu/nluModel.ts';
import { Learner } from './learner.ts';
import { indexedDbLearningStorage, memoryLearningStorage } from './storage.ts';

let model: NluModel;
let scenarios: Record<string, string>;
let locales: string[];

beforeAll(async () => {
  ({ model } = await openNodeModel(DEFAULT_MODEL_DIR));
  scenarios = model.labels.scenarios;
  locales = model.config.locales as string[];
}, 60_000);
afterAll(async () => {
  await model.runner.release();
});

function learner(storage = memoryLearningStorage()) {
  const l = new Learner(storage, { parse: (t, loc) => model.parse(t, loc) });
  l.setModel({ modelId: model.config.model_id, scenarios, locales });
  return l;
}

describe('Learner on the shipped model', () => {
  it('returns a 192-number embedding from the model (format v2)', async () => {
    const r = await model.parse('turn on the lights', 'en-US');
    expect(r.embedding).toHaveLength(192);
    expect(model.config.format_version).toBe(2);
  });

  it('understands a corrected utterance as corrected at once, slots included', async () => {
    const l = learner();
    const text = 'make it bright in the kitchen';
    const before = l.apply(await model.parse(text, 'en-US'));
    const labels = ['Other', 'Other', 'Other', 'Other', 'Other', 'house_place'];
    await l.teach({ text, locale: 'en-US', intent: 'iot_hue_lighton', wordLabels: labels, source: 'correction' });
    const after = l.apply(await model.parse('Make it bright in the kitchen', 'en-US'));
    expect(after.intent).toBe('iot_hue_lighton');
    expect(after.slots).toEqual([{ label: 'house_place', start: 22, end: 29, text: 'kitchen' }]);
    expect(after.learned?.modelIntent).toBe(before.intent);
    // Another locale is not touched.
    const de = await model.parse('mach es hell in der küche', 'de-DE');
    expect(l.apply(de)).toBe(de);
  });

  it('keeps what it learned across a reload (IndexedDB) and forgets on request', async () => {
    const storage = indexedDbLearningStorage(`learner-test-${Date.now()}`);
    const first = learner(storage);
    const ex = await first.teach({ text: 'lamp yes', locale: 'en-US', intent: 'iot_hue_lighton', source: 'correction' });
    expect(ex.embedding).toHaveLength(192);
    const second = learner(storage);
    await second.loaded;
    expect(second.list('en-US').map((e) => e.text)).toEqual(['lamp yes']);
    expect(second.apply(await model.parse('lamp yes', 'en-US')).intent).toBe('iot_hue_lighton');
    await second.forget(ex.id);
    const third = learner(storage);
    await third.loaded;
    expect(third.list()).toEqual([]);
  });

  it('understands a taught language from a few examples per intent', async () => {
    const l = learner();
    // Swiss German is not among MASSIVE's locales; the memory supplies the meaning.
    const lessons: [string, string][] = [
      ['mach s liecht aa', 'iot_hue_lighton'], ['liecht aa bitte', 'iot_hue_lighton'],
      ['mach s liecht us', 'iot_hue_lightoff'], ['liecht us bitte', 'iot_hue_lightoff'],
      ['wie wird s wätter morn', 'weather_query'], ['wie isch s wätter', 'weather_query'],
      ['weck mi am sächsi', 'alarm_set'], ['stell en wecker uf sibni', 'alarm_set'],
    ];
    for (const [text, intent] of lessons) await l.teach({ text, locale: 'gsw-CH', intent, source: 'taught' });
    const r = l.apply(await model.parse('bitte s liecht aa', 'gsw-CH'));
    expect(r.learned?.kind).toBe('prototype');
    expect(r.intent).toBe('iot_hue_lighton');
  });

  it('refuses to learn nothing', async () => {
    await expect(learner().teach({ text: '   ', locale: 'en-US', intent: 'iot_hue_lighton', source: 'correction' })).rejects.toThrow(/empty/);
  });
});
