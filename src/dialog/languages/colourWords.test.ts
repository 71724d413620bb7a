/**
 * Colour words in MASSIVE's languages without a pack, read as the light skill reads them
 * (`parseColour`), and the colour change they make. The sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { testDialog, understood as u } from '../../../testing/dialog.ts';
import { parseColour } from '../normalize/index.ts';
import { COLOUR_WORD_LANGS } from './colourWords.ts';
import { packFor } from './index.ts';
import { SWITCH_WORD_LANGS } from './switchWords.ts';

describe('colour words for languages without a pack', () => {
  it('covers only languages without a pack, and every one with switch words', () => {
    for (const lang of COLOUR_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect([...COLOUR_WORD_LANGS].sort()).toEqual([...SWITCH_WORD_LANGS].sort());
  });

  it.each<[string, string, string, string]>([
    ['sv-SE', 'gör lampan blå', 'blue', 'blå'],
    ['sv-SE', 'ändra ljuset till rött', 'red', 'rött'],
    ['da-DK', 'sæt lyset til lyserød', 'pink', 'lyserød'],
    ['nb-NO', 'gjør lyset grønt', 'green', 'grønt'],
    ['fi-FI', 'vaihda valo siniseksi', 'blue', 'siniseksi'],
    ['hu-HU', 'legyen a lámpa zöld', 'green', 'zöld'],
    ['ro-RO', 'fă lumina albastră', 'blue', 'albastră'],
    ['ro-RO', 'schimbă lumina în alb', 'white', 'alb'],
    ['el-GR', 'κάνε το φως πράσινο', 'green', 'πράσινο'],
    ['he-IL', 'תשנה את האור לאדום', 'red', 'לאדום'],
    ['ca-ES', 'posa el llum de color lila', 'purple', 'lila'],
    ['id-ID', 'ubah lampu jadi merah muda', 'pink', 'merah muda'],
    ['id-ID', 'ubah lampu jadi merah', 'red', 'merah'],
    ['ms-MY', 'tukar lampu kepada warna biru', 'blue', 'biru'],
    ['vi-VN', 'đổi đèn sang màu đỏ', 'red', 'đỏ'],
    ['vi-VN', 'cho đèn màu xanh dương', 'blue', 'xanh dương'],
    ['vi-VN', 'đèn màu xanh lá cây', 'green', 'xanh lá cây'],
    ['is-IS', 'gerðu ljósið appelsínugult', 'orange', 'appelsínugult'],
    ['is-IS', 'gerðu ljósið fjólublátt', 'purple', 'fjólublátt'],
    ['th-TH', 'เปลี่ยนไฟเป็นสีแดง', 'red', 'แดง'],
    // SARA AM survives cleaning (normalize/text.ts): Thai's own word for blue.
    ['th-TH', 'เปลี่ยนไฟเป็นสีน้ำเงิน', 'blue', 'น้ำเงิน'],
    // English colour names as the South Indian languages say them, and light colours by their everyday names.
    ['kn-IN', 'ಲೈಟ್ ಬ್ಲೂ ಮಾಡು', 'blue', 'ಬ್ಲೂ'],
    ['te-IN', 'లైట్ ని గ్రీన్ చేయి', 'green', 'గ్రీన్'],
    ['ml-IN', 'ലൈറ്റ് റെഡ് ആക്കൂ', 'red', 'റെഡ്'],
    ['ta-IN', 'லைட்டை வைட் ஆக்கு', 'white', 'வைட்'],
    ['fa-IR', 'رنگ چراغ رو یاسی کن', 'purple', 'یاسی'],
    ['bn-BD', 'লাইটটা আকাশি করে দাও', 'blue', 'আকাশি'],
    ['jv-ID', 'lampune gawe merah', 'red', 'merah'],
    ['km-KH', 'ប្តូរភ្លើងទៅពណ៌ស្វាយ', 'purple', 'ស្វាយ'],
    ['km-KH', 'ប្តូរភ្លើងទៅពណ៌ស', 'white', 'ពណ៌ស'],
    ['fa-IR', 'رنگ چراغ را سبز کن', 'green', 'سبز'],
    ['ka-GE', 'შუქი წითელი გახადე', 'red', 'წითელი'],
    ['mn-MN', 'гэрлийг нил ягаан болго', 'purple', 'нил ягаан'],
    ['ta-IN', 'விளக்கை இளஞ்சிவப்பு நிறமாக்கு', 'pink', 'இளஞ்சிவப்பு'],
    ['tl-PH', 'gawing asul ang ilaw', 'blue', 'asul'],
    ['sl-SI', 'naj bo luč rdeča', 'red', 'rdeča'],
    // English colour words are said in every language.
    ['sv-SE', 'gör lampan orange', 'orange', 'orange'],
    ['vi-VN', 'đèn màu pink', 'pink', 'pink'],
  ])('%s "%s" → %s (%s)', (locale, text, name, word) => {
    expect(parseColour(text, locale)).toMatchObject({ name, word });
  });

  it.each<[string, string]>([
    // "alb" begins "album", Thai ฟ้า (sky blue) ends ไฟฟ้า (electricity), אדם (a person) is not אדום (red).
    ['ro-RO', 'pune albumul nou'],
    ['th-TH', 'ปิดไฟฟ้า'],
    ['he-IL', 'מי האדם הכי גבוה בעולם'],
    ['sv-SE', 'tänd lampan i vardagsrummet'],
    ['vi-VN', 'bật đèn phòng khách'],
    // Afrikaans "pers" (purple) begins "persent" (percent).
    ['af-ZA', 'verdof die ligte na dertig persent'],
  ])('%s "%s" names no colour', (locale, text) => {
    expect(parseColour(text, locale)).toBeNull();
  });

  it.each<[string, string, string]>([
    ['sv-SE', 'gör lampan blå', 'blue'],
    ['vi-VN', 'đổi đèn sang màu đỏ', 'red'],
    ['el-GR', 'κάνε το φως πράσινο', 'green'],
  ])('%s "%s": the light turns %s (it used to ask which colour)', async (locale, text, colour) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('iot_hue_lightchange', text, [], locale));
    expect(turn.effect).toBe(`light:colour:${colour}`);
  });

  it('turns the light on rather than a colour when the NLU tags a lamp as the colour', async () => {
    // "pots encendre la làmpada": the NLU, unsure, read a colour change with "làmpada" as the colour.
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('iot_hue_lightchange', "pots encendre la làmpada de l'habitació", [['color_type', 'làmpada']], 'ca-ES', 0.8));
    expect(turn.effect).toBe('light:on');
    // "Switch on another colour" names the word "colour": a colour change.
    const other = testDialog().dialog;
    const changed = await other.handle(u('iot_hue_lightchange', 'activa un color de llum diferent', [], 'ca-ES', 0.9));
    expect(changed.effect).not.toBe('light:on');
  });
});
