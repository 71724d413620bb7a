/**
 * The shared evaluation loop on the fixture model over in-memory records, against metrics
 * computed by hand (see the comments); the record selection and the JSON report's keys.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsFetcher } from '../../scripts/node/fsFetcher.ts';
import { loadAssets } from './assets.ts';
import { evaluateRecords, keepRecord, partitionLabel, reportJson } from './evalCore.ts';
import { type MassiveRecord, parseRecordLine } from './massive.ts';
import { createNluModel, type NluModel } from './nluModel.ts';
import { createOrtRunner } from './ortSession.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'tiny-model');
const rec = (locale: string, partition: string, intent: string, utt: string, annot: string): MassiveRecord =>
  parseRecordLine(JSON.stringify({ id: '1', locale, partition, scenario: intent.split('_')[0], intent, utt, annot_utt: annot }), 'x')!;

const RECORDS = [
  // exact: alarm_set, time = seven
  rec('en-US', 'dev', 'alarm_set', 'wake me at seven', 'wake me at [time : seven]'),
  // intent right; predicted spans music_genre(jazz) ✓ and date(tomorrow) ✗ → not exact
  rec('en-US', 'dev', 'play_music', 'play jazz tomorrow', 'play [music_genre : jazz] tomorrow'),
  // exact: weather_query, place_name = paris
  rec('en-US', 'test', 'weather_query', 'weather in paris', 'weather in [place_name : paris]'),
  // skipped by default (train)
  rec('en-US', 'train', 'alarm_set', 'nothing', 'nothing'),
  rec('ja-JP', 'dev', 'alarm_set', '明日起きる', '[date : 明日] 起きる'),
];

describe('evaluateRecords on the fixture model', () => {
  let model: NluModel;
  beforeAll(async () => {
    const assets = await loadAssets(fsFetcher(FIXTURE));
    model = createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
  });
  afterAll(() => model.runner.release());

  it('matches hand-computed per-locale and mean figures, from an array or an async iterable', async () => {
    const seen: string[] = [];
    const report = await evaluateRecords(model, RECORDS, { source: 'mem', batchSize: 2, onPrediction: (g, p) => seen.push(`${g.intent}>${p.intent}`) });
    // en-US: gold spans 3, predicted 4, correct 3 → P 0.75, R 1, F1 85.7; exact 2/3.
    expect(report.locales['en-US']).toEqual({ n: 3, intent_acc: 100, slot_f1: 85.7, exact_match: 66.7 });
    expect(report.locales['ja-JP']).toEqual({ n: 1, intent_acc: 100, slot_f1: 100, exact_match: 100 });
    expect(report.mean).toEqual({ intent_acc: 100, slot_f1: 92.9, exact_match: 83.3 });
    expect(report).toMatchObject({ model: 'tiny-fixture', utterances: 4, word_count_mismatches: 0 });
    expect(seen).toHaveLength(4);
    async function* stream() {
      yield* RECORDS;
    }
    const again = await evaluateRecords(model, stream(), { source: 'mem', batchSize: 64 });
    expect({ ...again, ms_per_utterance: 0 }).toEqual({ ...report, ms_per_utterance: 0 });
  });

  it('selects partitions and locales, and throws when nothing is left', async () => {
    const testOnly = await evaluateRecords(model, RECORDS, { source: 'mem', batchSize: 8, partitions: ['test'] });
    expect(Object.keys(testOnly.locales)).toEqual(['en-US']);
    expect(testOnly.utterances).toBe(1);
    await expect(evaluateRecords(model, RECORDS, { source: 'mem', batchSize: 8, locales: ['xx-XX'] })).rejects.toThrow('no records to evaluate in mem (partition not train)');
  });
});

describe('record selection and the JSON report', () => {
  it('keeps every partition but train by default', () => {
    expect(keepRecord({ locale: 'de-DE', partition: 'tester' }, {})).toBe(true);
    expect(keepRecord({ locale: 'de-DE', partition: 'train' }, {})).toBe(false);
    expect(keepRecord({ locale: 'de-DE', partition: 'train' }, { partitions: ['train'] })).toBe(true);
    expect(keepRecord({ locale: 'de-DE', partition: 'dev' }, { locales: ['fr-FR'] })).toBe(false);
    expect(partitionLabel()).toBe('not train');
    expect(partitionLabel([])).toBe('not train');
    expect(partitionLabel(['dev', 'test'])).toBe('dev,test');
  });

  it('writes the keys of `npm run eval --json`, in its order', () => {
    const report = { model: 'm', locales: {}, mean: { intent_acc: 1, slot_f1: 2, exact_match: 3 }, ms_per_utterance: 1.5, utterances: 0, word_count_mismatches: 0 };
    const json = reportJson(report, { modelDir: 'public/models/m', data: 'd.jsonl', batchSize: 64, loadMs: 12.6 });
    expect(Object.keys(json)).toEqual(['model', 'locales', 'mean', 'ms_per_utterance', 'utterances', 'word_count_mismatches', 'model_dir', 'data', 'partition', 'batch_size', 'load_ms']);
    expect(json).toMatchObject({ model_dir: 'public/models/m', data: 'd.jsonl', partition: 'not train', batch_size: 64, load_ms: 13 });
  });
});
