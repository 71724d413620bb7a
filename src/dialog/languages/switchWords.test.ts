/**
 * Light switch words in MASSIVE's languages without a pack, and the repair that weighs them
 * against the NLU's light reading. The sentences are written here, not taken from a suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { repairIntent } from '../repair/index.ts';
import { initialDialogState } from '../state.ts';
import { clean, unicodeForm } from '../normalize/text.ts';
import { langOf, packFor } from './index.ts';
import { brightnessSaidOnly } from './brightnessWords.ts';
import { colourWordIn } from './colourWords.ts';
import { LIGHT_WORD_LANGS, SWITCH_WORD_LANGS, saysLight, switchSaidOnly } from './switchWords.ts';
import { volumeSaidOnly } from './volumeWords.ts';

const said = (text: string, locale: string) => {
  const lang = langOf(locale);
  return switchSaidOnly(clean(text, lang), lang);
};

describe('switch words for languages without a pack', () => {
  it('covers only languages without a pack, and most of them', () => {
    for (const lang of SWITCH_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(SWITCH_WORD_LANGS.length).toBeGreaterThanOrEqual(30);
  });

  it.each<[string, string, 'on' | 'off' | null]>([
    ['sv-SE', 'kan du tända lampan i köket', 'on'],
    ['ms-MY', 'boleh tak onkan lampu ruang tamu', 'on'],
    ['ms-MY', 'offkan lampu dapur', 'off'],
    ['sv-SE', 'slå på taklampan', 'on'],
    ['sv-SE', 'stäng av ljuset i hallen', 'off'],
    ['sv-SE', 'släck lampan på kontoret', 'off'],
    ['sv-SE', 'köksbelysningen på', 'on'],
    ['nb-NO', 'taklampen på', 'on'],
    ['da-DK', 'slå lampen til', 'on'],
    ['da-DK', 'slå lyset fra i soveværelset', 'off'],
    ['da-DK', 'sluk lyset på badeværelset', 'off'],
    ['nb-NO', 'tenn lyset på kjøkkenet', 'on'],
    ['nb-NO', 'slå av lyset på kjøkkenet', 'off'],
    ['fi-FI', 'sytytä valot keittiöön', 'on'],
    ['fi-FI', 'valot päälle', 'on'],
    ['fi-FI', 'laita valot pois päältä', 'off'],
    ['fi-FI', 'sammuta makuuhuoneen valot', 'off'],
    ['hu-HU', 'kapcsold fel a lámpát', 'on'],
    ['hu-HU', 'kapcsold le a villanyt', 'off'],
    ['hu-HU', 'oltsd le a lámpát', 'off'],
    ['hu-HU', 'kapcsold ki a fényt a konyhában', 'off'],
    ['ro-RO', 'aprinde lumina în bucătărie', 'on'],
    ['ro-RO', 'stinge lumina', 'off'],
    ['el-GR', 'άναψε το φως στην κουζίνα', 'on'],
    ['el-GR', 'σβήσε τα φώτα', 'off'],
    ['he-IL', 'תדליק את האור במטבח', 'on'],
    ['he-IL', 'תכבה את האור', 'off'],
    ['ca-ES', 'encén el llum de la cuina', 'on'],
    ['ca-ES', 'apaga els llums', 'off'],
    ['id-ID', 'tolong nyalakan lampu dapur', 'on'],
    ['id-ID', 'matikan lampu kamar', 'off'],
    ['vi-VN', 'bật đèn phòng khách', 'on'],
    ['vi-VN', 'tắt hết đèn', 'off'],
    // เปิด (on) holds ปิด (off).
    ['th-TH', 'เปิดไฟห้องครัว', 'on'],
    ['th-TH', 'ปิดไฟห้องนอน', 'off'],
    ['fa-IR', 'چراغ آشپزخانه را روشن کن', 'on'],
    ['fa-IR', 'چراغ ها را خاموش کن', 'off'],
    ['ka-GE', 'შუქი ჩართე', 'on'],
    ['ka-GE', 'შუქი გამორთე', 'off'],
    // Both, or neither: the words do not decide.
    ['sv-SE', 'tänd och släck lampan', null],
    ['vi-VN', 'đèn phòng khách sáng quá', null],
    ['de-DE', 'mach das licht an', null],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(said(text, locale)).toBe(expected);
  });

  it.each<[string, string, 'on' | 'off' | null]>([
    // The everyday imperatives, polite forms, colloquial verbs and loanwords.
    ['kn-IN', 'ಲೈಟ್ ಹಾಕಿ', 'on'],
    ['kn-IN', 'ದೀಪ ಹಚ್ಚು', 'on'],
    ['kn-IN', 'ಲೈಟ್ ಆನ್ ಮಾಡು', 'on'],
    ['kn-IN', 'ಲೈಟ್ ಆರ್ಸು', 'off'],
    ['kn-IN', 'ಲೈಟ್ ಬಂದ್ ಮಾಡು', 'off'],
    ['te-IN', 'లైట్ వేయండి', 'on'],
    ['te-IN', 'లైట్ ఆర్పివేయి', 'off'],
    ['te-IN', 'లైట్ ఆన్ చెయ్యి', 'on'],
    ['ta-IN', 'லைட்ட போடு', 'on'],
    ['ta-IN', 'லைட் ஆப் பண்ணு', 'off'],
    ['ta-IN', 'விளக்கை அணைச்சிடு', 'off'],
    ['ml-IN', 'ലൈറ്റ് ഇടൂ', 'on'],
    ['ml-IN', 'ലൈറ്റ് ഓണാക്ക്', 'on'],
    ['ml-IN', 'ലൈറ്റ് ഓഫാക്ക്', 'off'],
    ['ml-IN', 'വിളക്ക് കെടുത്തൂ', 'off'],
    ['bn-BD', 'লাইটটা জ্বালিয়ে দাও', 'on'],
    ['bn-BD', 'লাইট জালাও', 'on'],
    ['bn-BD', 'বাতিটা নিভিয়ে দাও', 'off'],
    ['ur-PK', 'بتی کھول دو', 'on'],
    ['ur-PK', 'لائٹ بند کر دو', 'off'],
    ['fa-IR', 'چراغ رو روشنش کن', 'on'],
    ['am-ET', 'መብራቱን አብሪልኝ', 'on'],
    ['am-ET', 'መብራቱን ያጥፉ', 'off'],
    ['az-AZ', 'işığı açın', 'on'],
    ['ca-ES', 'obre el llum del menjador', 'on'],
    ['ca-ES', 'tanca els llums', 'off'],
    ['ca-ES', 'desactiva els llums', 'off'],
    ['cy-GB', "wnei di gynnau'r golau", 'on'],
    ['cy-GB', 'wnei di ddiffodd y golau', 'off'],
    ['el-GR', 'αναψε το φως', 'on'],
    ['el-GR', 'απενεργοποίησε τα φώτα', 'off'],
    ['fi-FI', 'sulje valot', 'off'],
    ['he-IL', 'תפתח את האור בסלון', 'on'],
    ['he-IL', 'תסגור את האורות', 'off'],
    ['hy-AM', 'լույսը մարիր', 'off'],
    ['id-ID', 'idupin lampu', 'on'],
    ['jv-ID', 'nguripke lampu', 'on'],
    ['jv-ID', 'patenana lampune', 'off'],
    ['ka-GE', 'შუქი ჩამიქრე', 'off'],
    ['km-KH', 'ពន្លត់ភ្លើង', 'off'],
    ['lv-LV', 'ieslēgt gaismu', 'on'],
    ['ms-MY', 'tolong on kan lampu', 'on'],
    ['ms-MY', 'lampu bilik off', 'off'],
    ['my-MM', 'မီးငြိမ်းပါ', 'off'],
    ['nb-NO', 'sløkk ljoset', 'off'],
    ['nb-NO', 'taklampen av', 'off'],
    ['ro-RO', 'dă drumul la lumină', 'on'],
    ['ro-RO', 'închide veioza', 'off'],
    ['sl-SL', 'ugasi luč', 'off'],
    ['sl-SL', 'vključi luč v kuhinji', 'on'],
    ['sq-AL', 'hape dritën', 'on'],
    ['sq-AL', 'mbylle dritën e dhomës', 'off'],
    ['th-TH', 'ดับไฟห้องนอน', 'off'],
    ['tl-PH', 'paki turn off ang ilaw', 'off'],
    ['tl-PH', 'pakisindi ang ilaw', 'on'],
    ['vi-VN', 'thắp đèn lên', 'on'],
    ['af-ZA', 'maak die lig aan', 'on'],
    ['af-ZA', 'maak asseblief die kombuisligte dood', 'off'],
    ['am-ET', 'የመኝታ ቤቱን መብራት ታበራለህ', 'on'],
    // Near misses: a level, the other direction inside a word, another meaning of the verb.
    ['sv-SE', 'sätt ljuset på 50 procent', null],
    ['da-DK', 'sæt lyset på 50 procent', null],
    ['fi-FI', 'laita valot himmeämmälle', null],
    ['fa-IR', 'روشنایی را کم کن', null],
    ['fa-IR', 'نور را روشن‌تر کن', null],
    ['hu-HU', 'fényerőt le', null],
    ['hy-AM', 'ավելի վառ', null],
    ['am-ET', 'የበለጠ አብሩህ', null],
    ['ta-IN', 'லைட்ட கம்மியா போடு', null],
    ['kn-IN', 'ಕೆಂಪು ಬಣ್ಣ ಆರಿಸು', null],
    ['kn-IN', 'ಅಲಾರಂ ತೆಗೆದುಹಾಕಿ', null],
    ['ml-IN', 'പാൽ ലിസ്റ്റിൽ ഇടുക', null],
    ['th-TH', 'ปรับระดับความสว่างไฟ', null],
    ['el-GR', 'αναβολή ξυπνητηριού', null],
    ['cy-GB', 'golau gwyn cynnes', null],
    ['bn-BD', 'বন্ধুকে ফোন করো', null],
    ['he-IL', 'תפעיל את מכונת הכביסה', null],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(said(text, locale)).toBe(expected);
  });

  it('is written as clean() leaves the text (NFKC with Thai ำ whole; Bengali ড় split)', () => {
    const tables = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(tables.length).toBeGreaterThan(20);
    for (const file of tables) {
      // The string literals: what the rules match (comments may quote text in any form).
      const literals = readFileSync(new URL(file, import.meta.url), 'utf8').match(/'(?:[^'\\\n]|\\.)*'/g) ?? [];
      expect(literals.filter((s) => unicodeForm(s) !== s), file).toEqual([]);
    }
  });

  it('reads hostile text quickly, in every word table of a language without a pack', () => {
    // Runs of what the patterns look for, unfinished: a pattern that backtracks shows here.
    const hostile = ['slå lyset '.repeat(20_000), 'صدا '.repeat(20_000), 'lys'.repeat(30_000) + ' på x', 'xanh '.repeat(20_000), 'ไฟ'.repeat(30_000)];
    const t0 = performance.now();
    for (const lang of SWITCH_WORD_LANGS) {
      for (const text of hostile) {
        switchSaidOnly(text, lang);
        saysLight(text, lang);
        volumeSaidOnly(text, lang);
        brightnessSaidOnly(text, lang);
        colourWordIn(text, lang);
      }
    }
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('light words for languages without a pack', () => {
  const light = (text: string, locale: string) => {
    const lang = langOf(locale);
    return saysLight(clean(text, lang), lang);
  };

  it('has light words wherever it has switch words', () => {
    expect([...LIGHT_WORD_LANGS].sort()).toEqual([...SWITCH_WORD_LANGS].sort());
  });

  it.each<[string, string, boolean]>([
    ['ro-RO', 'aprinzi veioza din dormitor', true],
    ['ro-RO', 'stinge becul de pe hol', true],
    ['el-GR', 'μπορείς να ανάψεις το πορτατίφ', true],
    ['sv-SE', 'tänd taklampan', true],
    ['fi-FI', 'sytytä kattovalo', true],
    ['id-ID', 'matikan lampu teras', true],
    ['vi-VN', 'tắt bóng đèn ngủ', true],
    ['hu-HU', 'kapcsold fel az olvasólámpát', true],
    ['th-TH', 'เปิดโคมไฟหัวเตียง', true],
    ['da-DK', 'tænd loftlampen', true],
    ['is-IS', 'kveiktu á leslampanum', true],
    // A power plug (ปลั๊กไฟ) and a file (ไฟล์) are no light.
    ['th-TH', 'ปิดปลั๊กไฟ', false],
    ['th-TH', 'เปิดไฟล์', false],
    ['sv-SE', 'spela musik', false],
    ['vi-VN', 'bật nhạc', false],
    // A case ending, and a syllable that changes with it.
    ['kn-IN', 'ಲೈಟನ್ನು ಆರಿಸಿ', true],
    ['mn-MN', 'гэрлийг асаа', true],
    ['az-AZ', 'işığı yandır', true],
    ['am-ET', 'መብራቱን አብራ', true],
    ['cy-GB', 'diffodd ei olau', true],
    ['af-ZA', 'skakel die kombuislig aan', true],
    ['ka-GE', 'ტორშერი ჩართე', true],
    // A flight, a train, a fire, coconut oil, a discussion, cancel, the new year, young, a body.
    ['bn-BD', 'ফ্লাইট কখন', false],
    ['te-IN', 'ఫ్లైట్ టికెట్', false],
    ['ur-PK', 'فلائٹ کب ہے', false],
    ['th-TH', 'รถไฟมากี่โมง', false],
    ['th-TH', 'ไฟไหม้', false],
    ['my-MM', 'မီးရထား ဘယ်အချိန်', false],
    ['ml-IN', 'വെളിച്ചെണ്ണ വാങ്ങണം', false],
    ['bn-BD', 'আলোচনা', false],
    ['bn-BD', 'অ্যালার্ম বাতিল করো', false],
    ['fa-IR', 'نوروز مبارک', false],
    ['hy-AM', 'ջահել', false],
    ['af-ZA', 'my liggaam is moeg', false],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(light(text, locale)).toBe(expected);
  });
});

describe('the switch-words repair', () => {
  const off = initialDialogState();
  const on = initialDialogState();
  on.devices.light.on = true;
  const repaired = (intent: string, text: string, locale: string, state = off, slots: [string, string][] = []) =>
    repairIntent(u(intent, text, slots, locale, 0.7), state).intent;

  it.each<[string, string, string, string]>([
    // Each reading as the NLU might give it; the words win.
    ['iot_hue_lightdim', 'det er mørkt i stuen tænd lampen', 'da-DK', 'iot_hue_lighton'],
    ['iot_hue_lightoff', 'slå lampen til i køkkenet', 'da-DK', 'iot_hue_lighton'],
    ['iot_hue_lighton', 'sammuta valot', 'fi-FI', 'iot_hue_lightoff'],
    ['iot_hue_lightdim', 'tắt đèn đi', 'vi-VN', 'iot_hue_lightoff'],
    ['iot_hue_lightchange', 'aprinde veioza', 'ro-RO', 'iot_hue_lighton'],
    ['iot_hue_lightdim', 'ലൈറ്റ് ഓഫാക്ക്', 'ml-IN', 'iot_hue_lightoff'],
    // A dimmer that holds no "on" ("روشنایی", the light, holds "روشن") stays dimmer.
    ['iot_hue_lightdim', 'روشنایی را کم کن', 'fa-IR', 'iot_hue_lightdim'],
    ['iot_hue_lightdim', 'லைட்ட கம்மியா போடு', 'ta-IN', 'iot_hue_lightdim'],
  ])('%s "%s" (%s) → %s', (intent, text, locale, expected) => {
    expect(repaired(intent, text, locale)).toBe(expected);
  });

  it('keeps a colour change that names a colour, a brighter light that is on, and other domains; dimmer yields', () => {
    expect(repaired('iot_hue_lightchange', 'bật đèn màu xanh', 'vi-VN', off, [['color_type', 'xanh']])).toBe('iot_hue_lightchange');
    expect(repaired('iot_hue_lightup', 'bật đèn sáng hơn', 'vi-VN', on)).toBe('iot_hue_lightup');
    expect(repaired('iot_hue_lightup', 'bật đèn sáng hơn', 'vi-VN', off)).toBe('iot_hue_lighton');
    expect(repaired('play_radio', 'bật radio', 'vi-VN')).toBe('play_radio');
    // Dimmer and "on" contradict each other, whatever the light's state.
    expect(repaired('iot_hue_lightdim', 'det er mørkt i stuen tænd lampen', 'da-DK', on)).toBe('iot_hue_lighton');
    // A language with a pack keeps its own rules.
    expect(repaired('iot_hue_lightdim', 'mach das licht an', 'de-DE', on)).toBe('iot_hue_lightdim');
  });

  describe('a reading of something else, unsure, with a light and a switch word', () => {
    const at = (intent: string, text: string, locale: string, confidence: number) => repairIntent(u(intent, text, [], locale, confidence), off);

    it.each<[string, string, string, string]>([
      ['iot_cleaning', 'aprinzi veioza', 'ro-RO', 'iot_hue_lighton'],
      ['play_audiobook', 'μπορείς να ανάψεις το πορτατίφ', 'el-GR', 'iot_hue_lighton'],
      ['iot_wemo_off', 'skakel af beligting', 'af-ZA', 'iot_hue_lightoff'],
      ['audio_volume_mute', 'tắt bóng đèn ngủ', 'vi-VN', 'iot_hue_lightoff'],
      ['play_music', 'skru på disco lys i stua', 'nb-NO', 'iot_hue_lighton'],
      ['play_radio', 'ಲೈಟನ್ನು ಆರಿಸಿ', 'kn-IN', 'iot_hue_lightoff'],
      ['iot_cleaning', 'መብራቱን አብራ', 'am-ET', 'iot_hue_lighton'],
    ])('%s "%s" (%s) → %s', (intent, text, locale, expected) => {
      const r = at(intent, text, locale, 0.5);
      expect(r.intent).toBe(expected);
      expect(r.repairedBy).toBe('switch-and-light-words');
    });

    it.each<[string, string, string, string]>([
      // The same rule in a pack's words.
      ['news_query', 'küchenlicht anmachen bitte', 'de-DE', 'iot_hue_lighton'],
      ['iot_wemo_on', 'allume le lampadaire du salon', 'fr-FR', 'iot_hue_lighton'],
      ['play_radio', 'شغل الأباجورة', 'ar-SA', 'iot_hue_lighton'],
      ['play_music', 'switch on the chandelier', 'en-US', 'iot_hue_lighton'],
      ['iot_wemo_off', 'apaga el foco de la cocina', 'es-ES', 'iot_hue_lightoff'],
      ['music_likeness', 'スタンドをつけて', 'ja-JP', 'iot_hue_lighton'],
    ])('(pack) %s "%s" (%s) → %s', (intent, text, locale, expected) => {
      expect(at(intent, text, locale, 0.5).intent).toBe(expected);
    });

    it('leaves a plug of the light, and a reminder, in a pack\'s words too', () => {
      expect(at('iot_wemo_on', 'allume la prise de la lumière', 'fr-FR', 0.75).intent).toBe('iot_wemo_on');
      expect(at('calendar_set', 'remind me to turn off the lights at ten', 'en-US', 0.5).intent).toBe('calendar_set');
      expect(at('music_query', 'מה האורך של השיר', 'he-IL', 0.4).intent).toBe('music_query');
    });

    it('leaves a confident reading, a reminder for later, and words that do not name a light', () => {
      // A smart plug the NLU is sure of ("hidupkan soket lampu": the lamp's socket).
      expect(at('iot_wemo_on', 'hidupkan soket lampu', 'ms-MY', 0.92).intent).toBe('iot_wemo_on');
      expect(at('calendar_set', 'påminn mig att släcka ljuset om tio minuter', 'sv-SE', 0.5).intent).toBe('calendar_set');
      expect(at('play_radio', 'bật radio', 'vi-VN', 0.4).intent).toBe('play_radio');
      // Both switch words: the words do not decide.
      expect(at('iot_cleaning', 'tänd och släck lampan', 'sv-SE', 0.4).intent).toBe('iot_cleaning');
    });
  });
});
