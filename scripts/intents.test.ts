/**
 * The blind intent set's shape (e2e/intents/): 28 locales, 24 commands each with fixed
 * per-intent counts, every intent a label of the shipped model, recognizer-style text. No model
 * is loaded here; `npm run intents` runs the set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_LOCALES, INTENT_SET } from '../e2e/intents/index.ts';
import type { ModelLabels } from '../src/nlu/types.ts';
import { DEFAULT_MODEL_DIR } from './nodeModel.ts';

const LOCALES = [
  'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'ja-JP', 'zh-CN', 'hi-IN', 'ar-SA', 'ru-RU', 'sw-KE', 'nl-NL', 'pl-PL',
  'tr-TR', 'ko-KR', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'hu-HU', 'ro-RO', 'el-GR', 'he-IL', 'ca-ES', 'id-ID', 'vi-VN', 'zh-TW',
];

/** How many commands of each intent every locale has. */
const COUNTS: Record<string, number> = {
  iot_hue_lighton: 4,
  iot_hue_lightoff: 3,
  iot_hue_lightdim: 2,
  iot_hue_lightup: 2,
  iot_hue_lightchange: 2,
  alarm_set: 3,
  lists_createoradd: 2,
  audio_volume_up: 1,
  audio_volume_down: 1,
  audio_volume_mute: 1,
  calendar_set: 1,
  weather_query: 1,
  datetime_query: 1,
};

const labels = JSON.parse(readFileSync(`${DEFAULT_MODEL_DIR}/labels.json`, 'utf8')) as ModelLabels;

/** Punctuation, once an apostrophe between two letters (spelling: "it's", "l'alarme") is taken out. */
const punctuation = (s: string) => s.replace(/(?<=\p{L})['’](?=\p{L})/gu, '').match(/[\p{P}\p{S}]/gu) ?? [];

describe('blind intent set', () => {
  it('has the 28 locales, each with a file', () => {
    expect([...INTENT_LOCALES]).toEqual(LOCALES);
    expect(Object.keys(INTENT_SET).sort()).toEqual([...LOCALES].sort());
  });

  it('has 24 commands per locale with the fixed per-intent counts', () => {
    expect(Object.values(COUNTS).reduce((a, b) => a + b, 0)).toBe(24);
    for (const locale of LOCALES) {
      const cases = INTENT_SET[locale] ?? [];
      expect(cases, locale).toHaveLength(24);
      const counts: Record<string, number> = {};
      for (const c of cases) counts[c.intent] = (counts[c.intent] ?? 0) + 1;
      expect(counts, locale).toEqual(COUNTS);
    }
  });

  it('uses only intents the model knows', () => {
    for (const intent of Object.keys(COUNTS)) {
      expect(labels.intents, intent).toContain(intent);
      expect(labels.scenarios[intent], intent).toBeTypeOf('string');
    }
    for (const locale of LOCALES) for (const c of INTENT_SET[locale] ?? []) expect(labels.intents, `${locale}: ${c.say}`).toContain(c.intent);
  });

  it('is recognizer-style text: lower case, no punctuation, single spaces, no duplicates', () => {
    for (const locale of LOCALES) {
      const cases = INTENT_SET[locale] ?? [];
      for (const { say } of cases) {
        const where = `${locale}: ${say}`;
        expect(say, where).toBe(say.toLocaleLowerCase(locale));
        expect(punctuation(say), where).toEqual([]);
        expect(say, where).toBe(say.trim());
        expect(say, where).not.toMatch(/\s{2}|[\t\n]/);
        expect(say.length, where).toBeGreaterThan(1);
      }
      const says = cases.map((c) => c.say);
      expect(new Set(says).size, locale).toBe(says.length);
    }
  });

  it('writes each locale in its own script', () => {
    const script: Record<string, RegExp> = {
      'ja-JP': /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u,
      'zh-CN': /\p{scx=Han}/u,
      'zh-TW': /\p{scx=Han}/u,
      'ko-KR': /\p{scx=Hangul}/u,
      'hi-IN': /\p{scx=Devanagari}/u,
      'ar-SA': /\p{scx=Arabic}/u,
      'he-IL': /\p{scx=Hebrew}/u,
      'ru-RU': /\p{scx=Cyrillic}/u,
      'el-GR': /\p{scx=Greek}/u,
    };
    for (const [locale, re] of Object.entries(script)) {
      for (const { say } of INTENT_SET[locale] ?? []) expect(say, `${locale}: ${say}`).toMatch(re);
    }
  });
});
