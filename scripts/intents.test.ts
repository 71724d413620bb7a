/**
 * The blind intent sets' shape (e2e/intents/: 28 locales; e2e/intents2/: the other 24;
 * e2e/intents3/: all 52 on a wider plan): 24 commands a locale with each set's fixed per-intent counts, every intent a label of the shipped model,
 * recognizer-style text in the locale's own script. No model is loaded here; `npm run intents`
 * runs a set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_LOCALES, INTENT_SET, type IntentCase } from '../e2e/intents/index.ts';
import { INTENT2_LOCALES, INTENT2_SET } from '../e2e/intents2/index.ts';
import { INTENT3_LOCALES, INTENT3_SET } from '../e2e/intents3/index.ts';
import type { ModelLabels } from '../src/nlu/types.ts';
import { DEFAULT_MODEL_DIR } from './nodeModel.ts';

const LOCALES1 = [
  'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'ja-JP', 'zh-CN', 'hi-IN', 'ar-SA', 'ru-RU', 'sw-KE', 'nl-NL', 'pl-PL',
  'tr-TR', 'ko-KR', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'hu-HU', 'ro-RO', 'el-GR', 'he-IL', 'ca-ES', 'id-ID', 'vi-VN', 'zh-TW',
];
const LOCALES2 = [
  'af-ZA', 'is-IS', 'lv-LV', 'sl-SL', 'sq-AL', 'cy-GB', 'tl-PH', 'az-AZ', 'ms-MY', 'jv-ID', 'fa-IR', 'ur-PK',
  'hy-AM', 'ka-GE', 'mn-MN', 'am-ET', 'bn-BD', 'ta-IN', 'te-IN', 'kn-IN', 'ml-IN', 'th-TH', 'km-KH', 'my-MM',
];

/** How many commands of each intent every locale of the first two sets has. */
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

/** The third set's plan: fewer lights, and the home's other devices, alarm questions, music and radio. */
const COUNTS3: Record<string, number> = {
  iot_hue_lighton: 2,
  iot_hue_lightoff: 2,
  iot_hue_lightdim: 1,
  iot_hue_lightup: 1,
  iot_hue_lightchange: 1,
  iot_cleaning: 1,
  iot_coffee: 1,
  iot_wemo_on: 1,
  iot_wemo_off: 1,
  alarm_set: 2,
  alarm_query: 1,
  alarm_remove: 1,
  audio_volume_up: 1,
  audio_volume_down: 1,
  audio_volume_mute: 1,
  play_music: 1,
  play_radio: 1,
  weather_query: 1,
  datetime_query: 1,
  lists_createoradd: 1,
  calendar_set: 1,
};

const labels = JSON.parse(readFileSync(`${DEFAULT_MODEL_DIR}/labels.json`, 'utf8')) as ModelLabels;

/** Punctuation, once an apostrophe that is spelling is taken out: between two letters ("it's", "l'alarme"), or opening a word (Afrikaans "'n", a). */
const punctuation = (s: string) => s.replace(/(?<=\p{L})['’](?=\p{L})|(?<!\S)['’](?=\p{L})/gu, '').match(/[\p{P}\p{S}]/gu) ?? [];

const SETS: readonly {
  name: string;
  locales: readonly string[];
  listed: readonly string[];
  cases: Readonly<Record<string, readonly IntentCase[]>>;
  counts: Record<string, number>;
}[] = [
  { name: 'intents', locales: LOCALES1, listed: INTENT_LOCALES, cases: INTENT_SET, counts: COUNTS },
  { name: 'intents2', locales: LOCALES2, listed: INTENT2_LOCALES, cases: INTENT2_SET, counts: COUNTS },
  { name: 'intents3', locales: [...LOCALES1, ...LOCALES2], listed: INTENT3_LOCALES, cases: INTENT3_SET, counts: COUNTS3 },
];

/** The script each locale of a set must be written in (at least one letter of it per command). */
const SCRIPT: Record<string, RegExp> = {
  'ja-JP': /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u,
  'zh-CN': /\p{scx=Han}/u,
  'zh-TW': /\p{scx=Han}/u,
  'ko-KR': /\p{scx=Hangul}/u,
  'hi-IN': /\p{scx=Devanagari}/u,
  'ar-SA': /\p{scx=Arabic}/u,
  'fa-IR': /\p{scx=Arabic}/u,
  'ur-PK': /\p{scx=Arabic}/u,
  'he-IL': /\p{scx=Hebrew}/u,
  'ru-RU': /\p{scx=Cyrillic}/u,
  'mn-MN': /\p{scx=Cyrillic}/u,
  'el-GR': /\p{scx=Greek}/u,
  'hy-AM': /\p{scx=Armenian}/u,
  'ka-GE': /\p{scx=Georgian}/u,
  'am-ET': /\p{scx=Ethiopic}/u,
  'bn-BD': /\p{scx=Bengali}/u,
  'ta-IN': /\p{scx=Tamil}/u,
  'te-IN': /\p{scx=Telugu}/u,
  'kn-IN': /\p{scx=Kannada}/u,
  'ml-IN': /\p{scx=Malayalam}/u,
  'th-TH': /\p{scx=Thai}/u,
  'km-KH': /\p{scx=Khmer}/u,
  'my-MM': /\p{scx=Myanmar}/u,
};

describe.each(SETS)('blind intent set $name', ({ locales, listed, cases: set, counts: plan }) => {
  it(`has its ${locales.length} locales, each with a file`, () => {
    expect([...listed]).toEqual(locales);
    expect(Object.keys(set).sort()).toEqual([...locales].sort());
  });

  it('has 24 commands per locale with the fixed per-intent counts', () => {
    expect(Object.values(plan).reduce((a, b) => a + b, 0)).toBe(24);
    for (const locale of locales) {
      const cases = set[locale] ?? [];
      expect(cases, locale).toHaveLength(24);
      const counts: Record<string, number> = {};
      for (const c of cases) counts[c.intent] = (counts[c.intent] ?? 0) + 1;
      expect(counts, locale).toEqual(plan);
    }
  });

  it('uses only intents the model knows', () => {
    for (const intent of Object.keys(plan)) {
      expect(labels.intents, intent).toContain(intent);
      expect(labels.scenarios[intent], intent).toBeTypeOf('string');
    }
    for (const locale of locales) for (const c of set[locale] ?? []) expect(labels.intents, `${locale}: ${c.say}`).toContain(c.intent);
  });

  it('is recognizer-style text: lower case, no punctuation, single spaces, no duplicates', () => {
    for (const locale of locales) {
      const cases = set[locale] ?? [];
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
    for (const locale of locales.filter((l) => SCRIPT[l])) {
      for (const { say } of set[locale] ?? []) expect(say, `${locale}: ${say}`).toMatch(SCRIPT[locale]!);
    }
  });
});
