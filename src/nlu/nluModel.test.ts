/**
 * End-to-end runtime tests on the hand-built fixture model (src/nlu/fixtures/tiny-model,
 * made by scripts/make-nlu-fixture.py) with the real tokenizer library and onnxruntime-web.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets, MODEL_FILES } from './assets.ts';
import { NluError } from './errors.ts';
import { fsFetcher } from '../../scripts/node/fsFetcher.ts';
import { createNluModel, MAX_TEXT_CHARS, type NluModel } from './nluModel.ts';
import { createOrtRunner } from './ortSession.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'tiny-model');

async function open(dir: string): Promise<NluModel> {
  const assets = await loadAssets(fsFetcher(dir));
  return createNluModel(assets, await createOrtRunner(assets.onnx, 'wasm'));
}

describe('NluModel on the fixture model', () => {
  let model: NluModel;
  beforeAll(async () => {
    model = await open(FIXTURE);
  });
  afterAll(async () => {
    await model.runner.release();
  });

  it('finds the intent and a slot with its character span', async () => {
    const r = await model.parse('Wake me at  SEVEN please', 'en-US');
    expect(r.intent).toBe('alarm_set');
    expect(r.scenario).toBe('alarm');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.top5).toHaveLength(5);
    expect(r.top5[0]!.intent).toBe('alarm_set');
    expect(r.slots).toEqual([{ label: 'time', start: 12, end: 17, text: 'SEVEN' }]);
    expect(r.wordLabels).toEqual(['Other', 'Other', 'Other', 'time', 'Other']);
    expect(r.backend).toBe('wasm');
    expect(r.truncated).toBe(false);
    expect(r.timings.inferenceMs).toBeGreaterThanOrEqual(0);
  });

  it('merges a multi-word slot and keeps the original spacing in its text', async () => {
    const r = await model.parse('weather in New   York tomorrow', 'en-US');
    expect(r.intent).toBe('weather_query');
    expect(r.slots.map((s) => [s.label, s.text, s.start, s.end])).toEqual([
      ['place_name', 'New   York', 11, 21],
      ['date', 'tomorrow', 22, 30],
    ]);
  });

  it('splits Japanese per character and maps spans to the original text', async () => {
    const r = await model.parse('明日7時に起こして', 'ja-JP');
    expect(r.words.map((w) => w.text).join('|')).toBe('明|日|7|時|に|起|こ|し|て');
    expect(r.intent).toBe('alarm_set');
    expect(r.slots).toEqual([{ label: 'date', start: 0, end: 2, text: '明日' }]);
  });

  it('gives the same answers batched and one by one', async () => {
    const reqs = [
      { text: 'play jazz', locale: 'en-US' },
      { text: 'weather in paris tomorrow and more words here', locale: 'en-US' },
      { text: '起きる', locale: 'ja-JP' },
    ];
    const batched = await model.parseBatch(reqs);
    for (const [i, req] of reqs.entries()) {
      const single = await model.parse(req.text, req.locale);
      expect(batched[i]!.intent).toBe(single.intent);
      expect(batched[i]!.wordLabels).toEqual(single.wordLabels);
      expect(batched[i]!.confidence).toBeCloseTo(single.confidence, 5);
    }
    expect(batched[0]!.slots).toEqual([{ label: 'music_genre', start: 5, end: 9, text: 'jazz' }]);
  });

  it('truncates beyond max_tokens and flags it, leaving later words Other', async () => {
    const text = `${'wake '.repeat(20)}seven`;
    const r = await model.parse(text, 'en-US');
    expect(r.truncated).toBe(true);
    expect(r.words).toHaveLength(21);
    expect(r.wordLabels[20]).toBe('Other');
    expect(r.intent).toBe('alarm_set');
  });

  it('survives huge text, control characters and emoji', async () => {
    const huge = await model.parse('seven '.repeat(50_000), 'en-US');
    expect(huge.truncated).toBe(true);
    expect(huge.words.length).toBeLessThanOrEqual(MAX_TEXT_CHARS / 2 + 1);
    const ctrl = await model.parse('wake\u0000 \u0007seven\u0001', 'en-US');
    expect(ctrl.intent).toBe('alarm_set');
    const emoji = await model.parse('⏰ wake 😀 seven 👍🏽', 'en-US');
    expect(emoji.slots).toEqual([{ label: 'time', start: 10, end: 15, text: 'seven' }]);
    const jaEmoji = await model.parse('明😀日', 'ja-JP');
    expect(jaEmoji.words.map((w) => w.text)).toEqual(['明', '😀', '日']);
  });

  it('rejects empty and blank text with code empty-text', async () => {
    await expect(model.parse('', 'en-US')).rejects.toMatchObject({ code: 'empty-text' });
    await expect(model.parse(' \u3000\n', 'ja-JP')).rejects.toBeInstanceOf(NluError);
  });
});

describe('loading broken model folders', () => {
  const copyFixture = () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-model-'));
    for (const f of Object.values(MODEL_FILES)) copyFileSync(join(FIXTURE, f), join(dir, f));
    return dir;
  };

  it('reports a missing file as model-missing naming the file', async () => {
    await expect(loadAssets(fsFetcher(join(tmpdir(), 'no-such-model')))).rejects.toMatchObject({
      code: 'model-missing',
      message: expect.stringContaining('not found'),
    });
  });

  it('reports invalid protobuf as model-corrupt', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, MODEL_FILES.onnx), 'this is not an onnx file at all, just text');
    await expect(open(dir)).rejects.toMatchObject({ code: 'model-corrupt', message: expect.stringContaining('model.int8.onnx') });
  });

  it('reports broken JSON and bad labels as model-corrupt', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, MODEL_FILES.labels), '<!doctype html><html></html>');
    await expect(open(dir)).rejects.toMatchObject({ code: 'model-corrupt', message: expect.stringContaining('HTML page') });
    writeFileSync(join(dir, MODEL_FILES.labels), JSON.stringify({ intents: ['a'], slots: ['time'], scenarios: {} }));
    await expect(open(dir)).rejects.toMatchObject({ code: 'model-corrupt', message: expect.stringContaining('"Other"') });
  });
});
