/**
 * Volume words in MASSIVE's languages without a pack, and the repair that weighs them against
 * the NLU's reading. The sentences are written here, not taken from a suite.
 */
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { clean } from '../normalize/text.ts';
import { repairIntent } from '../repair/index.ts';
import { initialDialogState } from '../state.ts';
import { langOf, packFor } from './index.ts';
import { SWITCH_WORD_LANGS } from './switchWords.ts';
import { VOLUME_WORD_LANGS, volumeSaidOnly, type VolumeDirection } from './volumeWords.ts';

const said = (text: string, locale: string) => {
  const lang = langOf(locale);
  return volumeSaidOnly(clean(text, lang), lang);
};

describe('volume words for languages without a pack', () => {
  it('covers only languages without a pack, the same ones as the switch words', () => {
    for (const lang of VOLUME_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect([...VOLUME_WORD_LANGS].sort()).toEqual([...SWITCH_WORD_LANGS].sort());
  });

  it.each<[string, string, VolumeDirection | null]>([
    ['sv-SE', 'skruva upp volymen lite', 'up'],
    ['sv-SE', 'kan du prata lite tystare', 'down'],
    ['sv-SE', 'stäng av ljudet på högtalaren', 'mute'],
    ['fi-FI', 'vähän hiljempaa kiitos', 'down'],
    ['fi-FI', 'musiikki kovemmalle', 'up'],
    ['he-IL', 'תרים את הווליום בבקשה', 'up'],
    ['he-IL', 'תנמיך קצת', 'down'],
    ['he-IL', 'בטל השתקה', 'up'],
    ['he-IL', 'תשתיק את הרמקול', 'mute'],
    ['id-ID', 'keraskan suaranya dong', 'up'],
    ['id-ID', 'pelankan musiknya', 'down'],
    ['vi-VN', 'tăng âm lượng lên', 'up'],
    ['vi-VN', 'tắt tiếng đi', 'mute'],
    ['vi-VN', 'bỏ tắt tiếng', 'up'],
    // เปิดเสียง (sound on) holds ปิดเสียง (mute).
    ['th-TH', 'ปิดเสียงลำโพง', 'mute'],
    ['th-TH', 'เปิดเสียงหน่อย', 'up'],
    ['el-GR', 'χαμήλωσε την ένταση', 'down'],
    ['el-GR', 'βγάλε από τη σίγαση το ηχείο', 'up'],
    ['sl-SI', 'utišaj zvočnik', 'mute'],
    ['sl-SI', 'utišaj glasnost', 'down'],
    ['ro-RO', 'dă mai tare', 'up'],
    ['hu-HU', 'halkítsd le a zenét', 'down'],
    ['fa-IR', 'صدا را کمی زیاد کن', 'up'],
    ['fa-IR', 'صدا را کم کن', 'down'],
    // Neither, or more than one: the words do not decide.
    ['fa-IR', 'بلندترین ساختمان جهان', null],
    ['ca-ES', "com es diu l'home més alt", null],
    ['ms-MY', 'adakah dolar lebih kuat dari paun', null],
    ['sv-SE', 'skruva upp och sedan skruva ner', null],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(said(text, locale)).toBe(expected);
  });
});

describe('the volume-table-words repair', () => {
  const at = (intent: string, text: string, locale: string, confidence: number) => repairIntent(u(intent, text, [], locale, confidence), initialDialogState());

  it.each<[string, string, string, number, string]>([
    ['iot_hue_lighton', 'vähän hiljempaa', 'fi-FI', 0.69, 'audio_volume_down'],
    ['audio_volume_mute', 'תרים את הווליום', 'he-IL', 0.52, 'audio_volume_up'],
    ['audio_volume_mute', 'keraskan suaranya', 'id-ID', 0.43, 'audio_volume_up'],
    // Between the volume intents the words decide, however sure the NLU.
    ['audio_volume_up', 'skruva ner volymen', 'sv-SE', 0.95, 'audio_volume_down'],
  ])('%s "%s" (%s, %s) → %s', (intent, text, locale, confidence, expected) => {
    const r = at(intent, text, locale, confidence);
    expect(r.intent).toBe(expected);
    expect(r.repairedBy).toBe('volume-table-words');
  });

  it('leaves a confident reading of something else, an alarm, and a light that the words name', () => {
    expect(at('qa_factoid', "com es diu l'home més fort", 'ca-ES', 0.9).intent).toBe('qa_factoid');
    expect(at('alarm_set', 'väck mig högre klockan sju', 'sv-SE', 0.5).intent).toBe('alarm_set');
    // "Lower the intensity of the kitchen lights": a light reading that names the light.
    expect(at('iot_hue_lightdim', 'χαμήλωσε την ένταση των φώτων στην κουζίνα', 'el-GR', 0.75).intent).toBe('iot_hue_lightdim');
  });
});
