/**
 * `npm run eval`'s Node path (files on disk → the shared loop in src/nlu/evalCore.ts) on the
 * fixture model and a hand-written MASSIVE file, against metrics
 * computed by hand (see the comments), plus the argument parser of the Node tools.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsFetcher } from './node/fsFetcher.ts';
import { loadAssets } from '../src/nlu/assets.ts';
import { createNluModel } from '../src/nlu/nluModel.ts';
import { createOrtRunner } from '../src/nlu/ortSession.ts';
import { arg, intArg, list, parseArgs } from './cliArgs.ts';
import { runEval } from './evalCore.ts';

const FIXTURE = join(import.meta.dirname, '..', 'src', 'nlu', 'fixtures', 'tiny-model');
const rec = (locale: string, partition: string, intent: string, utt: string, annot: string) =>
  JSON.stringify({ id: '1', locale, partition, scenario: intent.split('_')[0], intent, utt, annot_utt: annot });

describe('runEval on the fixture model', () => {
  it('matches hand-computed per-locale and mean figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-eval-'));
    writeFileSync(join(dir, 'en-US.jsonl'), [
      // exact: alarm_set, time = seven
      rec('en-US', 'dev', 'alarm_set', 'wake me at seven', 'wake me at [time : seven]'),
      // intent right; predicted spans music_genre(jazz) ✓ and date(tomorrow) ✗ → not exact
      rec('en-US', 'dev', 'play_music', 'play jazz tomorrow', 'play [music_genre : jazz] tomorrow'),
      // exact: weather_query, place_name = paris
      rec('en-US', 'test', 'weather_query', 'weather in paris', 'weather in [place_name : paris]'),
      // skipped by default (train)
      rec('en-US', 'train', 'alarm_set', 'nothing', 'nothing'),
    ].join('\n'));
    writeFileSync(join(dir, 'ja-JP.jsonl'), rec('ja-JP', 'dev', 'alarm_set', '明日起きる', '[date : 明日] 起きる'));
    const assets = await loadAssets(fsFetcher(FIXTURE));
    const model = createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
    const report = await runEval(model, { data: dir, batchSize: 2 });
    // en-US: gold spans 3, predicted 4, correct 3 → P 0.75, R 1, F1 85.7; exact 2/3.
    expect(report.locales['en-US']).toEqual({ n: 3, intent_acc: 100, slot_f1: 85.7, exact_match: 66.7 });
    expect(report.locales['ja-JP']).toEqual({ n: 1, intent_acc: 100, slot_f1: 100, exact_match: 100 });
    expect(report.mean).toEqual({ intent_acc: 100, slot_f1: 92.9, exact_match: 83.3 });
    expect(report).toMatchObject({ model: 'tiny-fixture', utterances: 4, word_count_mismatches: 0 });
    expect(report.ms_per_utterance).toBeGreaterThan(0);
    const devOnly = await runEval(model, { data: dir, batchSize: 8, partitions: ['test'] });
    expect(Object.keys(devOnly.locales)).toEqual(['en-US']);
    await expect(runEval(model, { data: dir, batchSize: 8, locales: ['xx-XX'] })).rejects.toThrow(/no records/);
    await model.runner.release();
  });
});

describe('parseArgs', () => {
  it('reads values, repeats, comma lists, = syntax and flags', () => {
    const a = parseArgs(['--data', 'd', '--locale', 'de-DE,fr-FR', '--locale=ja-JP', '--browser', '--n', '5'], ['data', 'locale', 'n'], ['browser']);
    expect(arg(a, 'data')).toBe('d');
    expect(list(a, 'locale')).toEqual(['de-DE', 'fr-FR', 'ja-JP']);
    expect(a.has('browser')).toBe(true);
    expect(intArg(a, 'n', 1)).toBe(5);
    expect(intArg(a, 'missing', 7)).toBe(7);
  });
  it('rejects unknown options and missing values', () => {
    expect(() => parseArgs(['--nope', '1'], ['data'])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['--data'], ['data'])).toThrow(/needs a value/);
    expect(() => intArg(parseArgs(['--n', '0'], ['n']), 'n', 1)).toThrow(/positive integer/);
  });
});
