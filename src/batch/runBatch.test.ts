/**
 * A batch run on the fixture model gives exactly the figures of the CLI's `runEval` on the same
 * file (plain and gzipped), and reports bad lines, unknown locales and a corrupt gzip stream
 * with their line numbers while scoring everything else.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../../scripts/evalCore.ts';
import { fsFetcher } from '../../scripts/node/fsFetcher.ts';
import { loadAssets } from '../nlu/assets.ts';
import { createNluModel, type NluModel } from '../nlu/nluModel.ts';
import { createOrtRunner } from '../nlu/ortSession.ts';
import { BatchRunError, runBatch } from './runBatch.ts';

const FIXTURE = join(import.meta.dirname, '..', 'nlu', 'fixtures', 'tiny-model');
const rec = (locale: string, partition: string, intent: string, utt: string, annot: string, extra = {}) =>
  JSON.stringify({ id: String(utt.length), locale, partition, scenario: intent.split('_')[0], intent, utt, annot_utt: annot, ...extra });

const LINES = [
  rec('en-US', 'dev', 'alarm_set', 'wake me at seven', 'wake me at [time : seven]'),
  rec('en-US', 'dev', 'play_music', 'play jazz tomorrow', 'play [music_genre : jazz] tomorrow'),
  rec('en-US', 'test', 'weather_query', 'weather in paris', 'weather in [place_name : paris]'),
  rec('en-US', 'train', 'alarm_set', 'nothing', 'nothing'),
  rec('ja-JP', 'dev', 'alarm_set', '明日起きる', '[date : 明日] 起きる'),
  // The tester's export: extra fields and its own partition.
  rec('de-DE', 'tester', 'alarm_set', 'weck mich um sieben', 'weck mich um [time : sieben]', { note: 'ok', corrected: false }),
];
const KNOWN = ['en-US', 'ja-JP', 'de-DE'];
const RUN = { batchSize: 2, modelDir: '/models/tiny/', loadMs: 5, knownLocales: KNOWN };
const figures = (r: { locales: object; mean: object; utterances: number; word_count_mismatches: number }) => ({
  locales: r.locales,
  mean: r.mean,
  utterances: r.utterances,
  word_count_mismatches: r.word_count_mismatches,
});

describe('runBatch on the fixture model', () => {
  let model: NluModel;
  const dir = mkdtempSync(join(tmpdir(), 'polyvox-batch-'));
  beforeAll(async () => {
    const assets = await loadAssets(fsFetcher(FIXTURE));
    model = createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
  });
  afterAll(() => model.runner.release());

  it('gives the CLI figures and schema on the same file, plain or gzipped', async () => {
    const text = `${LINES.join('\n')}\n`;
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(path, text);
    const cli = await runEval(model, { data: path, batchSize: 64 });
    for (const blob of [new Blob([text]), new Blob([gzipSync(text)])]) {
      const { report, file, analysis } = await runBatch(model, blob, 'mixed.jsonl', RUN);
      expect(figures(report)).toEqual(figures(cli));
      expect(Object.keys(report.locales)).toEqual(['en-US', 'ja-JP', 'de-DE']);
      expect(report).toMatchObject({ model: 'tiny-fixture', model_dir: '/models/tiny/', data: 'mixed.jsonl', partition: 'not train', batch_size: 2, load_ms: 5 });
      expect(file).toMatchObject({ lines: 6, selected: 5, partitions: { dev: 3, test: 1, train: 1, tester: 1 }, errorCount: 0, cutAt: null });
      expect(analysis.confusion.reduce((a, c) => a + c.count, 0)).toBe(5);
      expect(analysis.scenarios).toMatchObject({ alarm_set: 'alarm', play_music: 'play' });
    }
  });

  it('lists the utterances that are not an exact match, with their line and slots', async () => {
    const { analysis } = await runBatch(model, new Blob([LINES.join('\n')]), 'f.jsonl', RUN);
    const jazz = analysis.failures.find((f) => f.utt === 'play jazz tomorrow');
    expect(jazz).toMatchObject({ line: 2, locale: 'en-US', gold: { intent: 'play_music', slots: [{ label: 'music_genre', text: 'jazz' }] } });
    expect(jazz!.predicted.slots).toContainEqual({ label: 'date', text: 'tomorrow' });
    expect(analysis.failureCount).toBe(analysis.failures.length);
  });

  it('scores the chosen partitions only', async () => {
    const { report, file } = await runBatch(model, new Blob([LINES.join('\n')]), 'f.jsonl', { ...RUN, partitions: ['tester'] });
    expect(Object.keys(report.locales)).toEqual(['de-DE']);
    expect(report.partition).toBe('tester');
    expect(file.selected).toBe(1);
  });

  it('reports bad lines and unknown locales with their line numbers and scores the rest', async () => {
    const lines = [LINES[0]!, '{not json', LINES[1]!, rec('xx-XX', 'dev', 'alarm_set', 'a', 'a'), JSON.stringify({ id: '1' }), LINES[4]!];
    const { report, file } = await runBatch(model, new Blob([lines.join('\n')]), 'bad.jsonl', RUN);
    expect(report.utterances).toBe(3);
    expect(file.errors.map((e) => [e.line, e.kind])).toEqual([[2, 'format'], [4, 'locale'], [5, 'format']]);
    expect(file.errors[0]!.detail).toMatch(/^not valid JSON/);
    expect(file.errors[1]!.detail).toBe('xx-XX');
    expect(file.errors[2]!.detail).toMatch(/missing or non-string field\(s\) locale, partition, intent, utt, annot_utt/);
  });

  it('keeps what was read before a corrupt gzip stream and says where it broke', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => rec('en-US', 'dev', 'alarm_set', `wake me at seven ${i}`, `wake me at [time : seven] ${i}`));
    const gz = gzipSync(many.join('\n'));
    const { report, file } = await runBatch(model, new Blob([gz.subarray(0, gz.length >> 1)]), 'cut.jsonl.gz', { ...RUN, batchSize: 64 });
    expect(file.cutAt).toBeGreaterThan(1);
    expect(file.errors).toEqual([expect.objectContaining({ kind: 'gzip', line: file.cutAt })]);
    expect(report.utterances).toBe(file.cutAt! - 1);
  });

  it('fails as a whole, with what it read, when nothing can be scored', async () => {
    const run = runBatch(model, new Blob(['garbage\n', LINES[3]!]), 'train.jsonl', RUN);
    await expect(run).rejects.toBeInstanceOf(BatchRunError);
    await expect(run).rejects.toMatchObject({ message: 'no records to evaluate in train.jsonl (partition not train)', file: { lines: 2, errorCount: 1 } });
  });
});
