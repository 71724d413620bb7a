/**
 * Brightness words in MASSIVE's languages without a pack, and the repair that weighs them
 * against the NLU's brighten/dim reading. The sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { clean } from '../normalize/text.ts';
import { repairIntent } from '../repair/index.ts';
import { initialDialogState } from '../state.ts';
import { BRIGHTNESS_WORD_LANGS, brightnessSaidOnly, type BrightnessDirection } from './brightnessWords.ts';
import { langOf, packFor } from './index.ts';
import { SWITCH_WORD_LANGS } from './switchWords.ts';

const said = (text: string, locale: string) => {
  const lang = langOf(locale);
  return brightnessSaidOnly(clean(text, lang), lang);
};

describe('brightness words for languages without a pack', () => {
  it('covers only languages without a pack, the same ones as the switch words', () => {
    for (const lang of BRIGHTNESS_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect([...BRIGHTNESS_WORD_LANGS].sort()).toEqual([...SWITCH_WORD_LANGS].sort());
  });

  it.each<[string, string, BrightnessDirection | null]>([
    ['hu-HU', 'állítsd világosabbra a nappalit', 'up'],
    ['hu-HU', 'legyen sötétebb a hálószobában', 'down'],
    ['ro-RO', 'fă lumina mai luminoasă', 'up'],
    ['ca-ES', 'vull més llum al menjador', 'up'],
    ['ca-ES', 'atenua els llums', 'down'],
    ['sv-SE', 'gör det ljusare i köket', 'up'],
    ['sv-SE', 'dämpa belysningen', 'down'],
    ['vi-VN', 'cho đèn sáng hơn một chút', 'up'],
    ['vi-VN', 'làm đèn tối hơn', 'down'],
    ['fi-FI', 'valot kirkkaammiksi', 'up'],
    ['fi-FI', 'haluan valot vähemmän kirkkaiksi', 'down'],
    ['th-TH', 'หรี่ไฟในห้องนอน', 'down'],
    ['id-ID', 'buat lampunya lebih terang', 'up'],
    // Said of the light as it is: no direction asked.
    ['ta-IN', 'இங்கே மிகவும் பிரகாசமாக உள்ளது', null],
    ['fi-FI', 'valot ovat liian kirkkaat', null],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(said(text, locale)).toBe(expected);
  });
});

describe('the brightness-table-words repair', () => {
  const on = initialDialogState();
  on.devices.light.on = true;
  const at = (intent: string, text: string, locale: string, confidence = 0.9) => repairIntent(u(intent, text, [], locale, confidence), on);

  it.each<[string, string, string, string]>([
    ['iot_hue_lightdim', 'tudnál egy kicsit világosabbra állítani', 'hu-HU', 'iot_hue_lightup'],
    ['iot_hue_lightup', 'gör det lite mörkare här', 'sv-SE', 'iot_hue_lightdim'],
    // "On" while the light is on would do nothing; "more light" is what was asked.
    ['iot_hue_lighton', 'vull més llum aquí', 'ca-ES', 'iot_hue_lightup'],
  ])('%s "%s" (%s) → %s', (intent, text, locale, expected) => {
    const r = at(intent, text, locale);
    expect(r.intent).toBe(expected);
    expect(r.repairedBy).toBe('brightness-table-words');
  });

  it('leaves a colour change ("a lighter colour") and other intents alone', () => {
    expect(at('iot_hue_lightchange', 'välj en ljusare färg för läsning', 'sv-SE').intent).toBe('iot_hue_lightchange');
    expect(at('weather_query', 'blir det ljusare i morgon', 'sv-SE').intent).toBe('weather_query');
  });
});
