/**
 * Darkness remarks in every MASSIVE language, and the repair that reads "it's dark here, turn on
 * the lamp" as "on" rather than brighter. The sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { clean } from '../normalize/text.ts';
import { repairIntent } from '../repair/index.ts';
import { initialDialogState } from '../state.ts';
import { DARK_WORDS, darkRemarkSaid } from './darkWords.ts';
import { langOf } from './index.ts';

const said = (text: string, locale: string) => darkRemarkSaid(clean(text, langOf(locale)), langOf(locale));

describe('darkness remarks', () => {
  it('has lower-case entries for all 51 languages of MASSIVE', () => {
    expect(Object.keys(DARK_WORDS)).toHaveLength(51);
    for (const [lang, words] of Object.entries(DARK_WORDS)) {
      expect(words.length, lang).toBeGreaterThan(0);
      for (const w of words) expect(w, lang).toBe(w.toLocaleLowerCase(lang));
    }
  });

  it.each([
    ['en-US', "it's way too dark in here"],
    ['ru-RU', 'тут слишком темно'],
    ['pl-PL', 'strasznie tu ciemno'],
    ['tr-TR', 'burası çok karanlık'],
    ['zh-CN', '客厅太黑了'],
    ['ja-JP', '部屋が暗い'],
    ['vi-VN', 'trong phòng tối quá'],
  ])('%s "%s" remarks on the dark', (locale, text) => {
    expect(said(text, locale)).toBe(true);
  });

  it.each([
    // Comparatives ask for dimmer light; a shade is a colour.
    ['en-US', 'make it darker'],
    ['en-US', 'dark blue lights'],
    ['de-DE', 'mach das licht dunkler'],
    ['pl-PL', 'ustaw ciemnoniebieski'],
    ['zh-CN', '买黑胡椒'],
    ['vi-VN', '7 giờ tối'],
  ])('%s "%s" does not', (locale, text) => {
    expect(said(text, locale)).toBe(false);
  });
});

describe('the dark-remark repair', () => {
  const on = initialDialogState();
  on.devices.light.on = true;
  const at = (intent: string, text: string, locale: string, confidence = 0.5) => repairIntent(u(intent, text, [], locale, confidence), on);

  it.each([
    ['iot_hue_lightup', 'тут слишком темно включи лампу', 'ru-RU'],
    ['iot_hue_lightup', 'strasznie tu ciemno zapal lampę', 'pl-PL'],
    ['iot_hue_lightup', 'burası çok karanlık lambayı yak', 'tr-TR'],
    ['iot_hue_lightup', 'trong phòng tối quá bật đèn lên đi', 'vi-VN'],
    ['iot_hue_lightchange', "it's way too dark in here put the lamp on", 'en-US'],
  ])('%s "%s" (%s), with the light on, is "on"', (intent, text, locale) => {
    expect(at(intent, text, locale)).toMatchObject({ intent: 'iot_hue_lighton', repairedBy: 'dark-remark' });
  });

  it.each([
    // No remark on the dark: MASSIVE calls these brighter.
    ['iot_hue_lightup', 'włącz więcej światła', 'pl-PL'],
    ['iot_hue_lightup', 'podemos encender las luces', 'es-ES'],
    // A brightness word says which way.
    ['iot_hue_lightup', "it's too dark in here turn the lights on brighter", 'en-US'],
    // No "on" said: the remark alone leaves the reading.
    ['iot_hue_lightup', 'тут слишком темно', 'ru-RU'],
  ])('%s "%s" (%s) stays', (intent, text, locale) => {
    expect(at(intent, text, locale).intent).toBe(intent);
  });
});
