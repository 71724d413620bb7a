/** MASSIVE reader: annot_utt walk, plain and gzipped files, both layouts, malformed lines. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MassiveFormatError, parseRecordLine, wordsAndLabels } from './massive.ts';
import { localeFiles, readRecords } from '../../scripts/node/massiveFiles.ts';
import { pySplit } from './words.ts';

const rec = (locale: string, partition: string, utt: string, annot: string, intent = 'alarm_set') =>
  JSON.stringify({ id: '1', locale, partition, scenario: intent.split('_')[0], intent, utt, annot_utt: annot, worker_id: null });

const EN = [
  rec('en-US', 'train', 'wake me up at five am', 'wake me up at [time : five am]'),
  rec('en-US', 'dev', 'olly what is on monday tuesday', 'olly what is on [date : monday] [date : tuesday]', 'calendar_query'),
  '',
  rec('en-US', 'test', 'turn off the lights', 'turn off the lights', 'iot_hue_lightoff'),
].join('\n');
const JA = rec('ja-JP', 'dev', '金曜日の午前九時に起こして', '[date : 金曜日] の [time : 午前九時] に起こして');

async function collect(path: string, filter = {}) {
  const out = [];
  for await (const r of readRecords(path, filter)) out.push(r);
  return out;
}

describe('wordsAndLabels', () => {
  it('walks annot_utt with the reference rules', () => {
    expect(wordsAndLabels('wake me up at [time : five am] please', 'en-US')).toEqual({
      words: ['wake', 'me', 'up', 'at', 'five', 'am', 'please'],
      labels: ['Other', 'Other', 'Other', 'Other', 'time', 'time', 'Other'],
    });
  });

  it('splits ja-JP per character, closing the slot on "]"', () => {
    const { words, labels } = wordsAndLabels('[date : 金曜日] の [time : 午前 9am]', 'ja-JP');
    expect(words).toEqual(['金', '曜', '日', 'の', '午', '前', '9am']);
    expect(labels).toEqual(['date', 'date', 'date', 'Other', 'time', 'time', 'time']);
  });

  it('yields the same words as the utterance split', () => {
    const annot = 'olly what is on [date : monday] [date : tuesday]';
    expect(wordsAndLabels(annot, 'en-US').words).toEqual(pySplit('olly what is on monday tuesday'));
  });

  it('rejects an empty slot label', () => {
    expect(() => wordsAndLabels('[ : x]', 'en-US')).toThrow(/empty slot label/);
  });
});

describe('parseRecordLine', () => {
  it('names file and line for invalid JSON and missing fields', () => {
    expect(() => parseRecordLine('{"id": ', 'x.jsonl:7')).toThrow(MassiveFormatError);
    expect(() => parseRecordLine('{"id": ', 'x.jsonl:7')).toThrow(/^x\.jsonl:7: not valid JSON/);
    expect(() => parseRecordLine('{"id": "1"}', 'y.jsonl:2')).toThrow(/y\.jsonl:2: missing or non-string field\(s\) locale, partition/);
    expect(() => parseRecordLine('[1]', 'z:1')).toThrow(/z:1: expected a JSON object/);
  });
  it('skips blank lines', () => {
    expect(parseRecordLine('   ', 'f:1')).toBeNull();
  });
});

describe('readRecords', () => {
  const root = mkdtempSync(join(tmpdir(), 'polyvox-massive-'));
  const flat = join(root, 'flat');
  mkdirSync(flat);
  writeFileSync(join(flat, 'en-US.jsonl.gz'), gzipSync(EN));
  writeFileSync(join(flat, 'ja-JP.jsonl'), JA + '\n');
  const official = join(root, 'amazon-massive-dataset-1.1');
  mkdirSync(join(official, '1.1', 'data'), { recursive: true });
  writeFileSync(join(official, '1.1', 'data', 'en-US.jsonl'), EN);

  it('reads a flat directory of plain and gzipped files', async () => {
    expect([...localeFiles(flat).keys()]).toEqual(['en-US', 'ja-JP']);
    const all = await collect(flat);
    expect(all.map((r) => r.locale)).toEqual(['en-US', 'en-US', 'en-US', 'ja-JP']);
    expect(all[1]!.wordLabels).toEqual(['Other', 'Other', 'Other', 'Other', 'date', 'date']);
    expect(all[3]!.words.join('')).toBe('金曜日の午前九時に起こして');
  });

  it('reads the official 1.1/data layout and a single file', async () => {
    expect((await collect(official)).length).toBe(3);
    expect((await collect(join(flat, 'ja-JP.jsonl'))).map((r) => r.intent)).toEqual(['alarm_set']);
  });

  it('filters by locale and partition', async () => {
    const notTrain = await collect(flat, { excludePartitions: ['train'], locales: ['en-US'] });
    expect(notTrain.map((r) => r.partition)).toEqual(['dev', 'test']);
    expect((await collect(flat, { partitions: ['dev'] })).length).toBe(2);
  });

  it('reports a malformed line with its file and line number', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'de-DE.jsonl.gz'), gzipSync(`${rec('de-DE', 'dev', 'a', 'a')}\n{broken\n`));
    await expect(collect(bad)).rejects.toThrow(`${join(bad, 'de-DE.jsonl.gz')}:2: not valid JSON`);
  });

  it('fails clearly on a path without data', async () => {
    await expect(collect(join(root, 'nope'))).rejects.toThrow(/MASSIVE data not found/);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => localeFiles(empty)).toThrow(/no MASSIVE \.jsonl or \.jsonl\.gz files/);
  });
});
