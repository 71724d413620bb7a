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

  // The everyday forms: polite and colloquial imperatives, the object-marked noun, the loanwords.
  it.each<[string, string, VolumeDirection | null]>([
    ['af-ZA', 'verhoog die volume asseblief', 'up'],
    ['af-ZA', 'skakel die klank af', 'mute'],
    ['af-ZA', 'ontdemp die luidspreker', 'up'],
    ['am-ET', 'ድምፁን ጨምር', 'up'],
    ['am-ET', 'ድምጹን ትንሽ ቀንሺ', 'down'],
    ['az-AZ', 'musiqinin səsini artırın', 'up'],
    ['az-AZ', 'səsini bir az azalt', 'down'],
    ['bn-BD', 'আওয়াজটা একটু বাড়িয়ে দাও', 'up'],
    ['bn-BD', 'ভলিউম কমিয়ে দাও', 'down'],
    ['bn-BD', 'সাউন্ড বন্ধ করো', 'mute'],
    ['ca-ES', 'augmenta una mica el so', 'up'],
    ['ca-ES', 'treu el so', 'mute'],
    ['ca-ES', 'torna a activar el so', 'up'],
    ['cy-GB', 'codwch y sain', 'up'],
    ['cy-GB', 'yn dawelach os gwelwch yn dda', 'down'],
    ['cy-GB', 'dad-dewi', 'up'],
    ['da-DK', 'skru lidt op for lyden', 'up'],
    ['da-DK', 'sænk lydstyrken', 'down'],
    ['da-DK', 'tænd for lyden igen', 'up'],
    ['el-GR', 'ανέβασε λίγο τον ήχο', 'up'],
    ['el-GR', 'κλείσε τον ήχο', 'mute'],
    ['fa-IR', 'صداشو ببر بالا', 'up'],
    ['fa-IR', 'صدا رو بیار پایین', 'down'],
    ['fi-FI', 'lisää äänenvoimakkuutta', 'up'],
    ['fi-FI', 'volyymi pienemmälle', 'down'],
    ['fi-FI', 'poista mykistys', 'up'],
    ['he-IL', 'תעלה את הווליום', 'up'],
    ['he-IL', 'תורידי את הקול', 'down'],
    ['he-IL', 'תחזיר את הקול', 'up'],
    ['hu-HU', 'növeld a hangerőt', 'up'],
    ['hu-HU', 'vedd lejjebb a hangerőt', 'down'],
    ['hu-HU', 'kapcsold be a hangot', 'up'],
    ['hy-AM', 'ավելացրու ձայնը', 'up'],
    ['hy-AM', 'ձայնը մի քիչ պակասեցրու', 'down'],
    ['hy-AM', 'միացրու ձայնը', 'up'],
    ['id-ID', 'gedein volumenya dong', 'up'],
    ['id-ID', 'kecilin suaranya', 'down'],
    ['id-ID', 'matiin suara', 'mute'],
    ['is-IS', 'hækkaðu hljóðið', 'up'],
    ['is-IS', 'kveiktu á hljóðinu', 'up'],
    ['jv-ID', 'swarane dibanteri', 'up'],
    ['jv-ID', 'volumene dicilikke', 'down'],
    ['jv-ID', 'swarane dipateni', 'mute'],
    ['ka-GE', 'ხმას მოუმატე', 'up'],
    ['ka-GE', 'შეამცირე ხმა', 'down'],
    ['ka-GE', 'ჩართე ხმა', 'up'],
    ['km-KH', 'បង្កើនកម្រិតសម្លេង', 'up'],
    ['km-KH', 'បិទ\u200bសំឡេង', 'mute'],
    ['km-KH', 'បើកសំឡេង', 'up'],
    ['kn-IN', 'ವಾಲ್ಯೂಮನ್ನು ಸ್ವಲ್ಪ ಜಾಸ್ತಿ ಮಾಡು', 'up'],
    ['kn-IN', 'ಸೌಂಡ್ ಕಮ್ಮಿ ಮಾಡಿ', 'down'],
    ['kn-IN', 'ಸೌಂಡ್ ಆಫ್ ಮಾಡು', 'mute'],
    ['lv-LV', 'palieliniet skaļumu', 'up'],
    ['lv-LV', 'ieslēdz skaņu', 'up'],
    // "കുറച്ച്" (a little) is no "കുറയ്ക്ക" (reduce).
    ['ml-IN', 'വോളിയം കുറച്ച് കൂട്ടൂ', 'up'],
    ['ml-IN', 'ശബ്ദം കുറക്കൂ', 'down'],
    ['mn-MN', 'дууны түвшинг нэм', 'up'],
    ['ms-MY', 'rendahkan suara sikit', 'down'],
    ['ms-MY', 'nyahredam', 'up'],
    ['my-MM', 'အသံကို နည်းနည်း ချဲ့ပေး', 'up'],
    ['my-MM', 'အသံနှိမ့်ပေး', 'down'],
    ['nb-NO', 'skru lyden opp litt', 'up'],
    ['nb-NO', 'slå på lyden', 'up'],
    ['ro-RO', 'ridicați volumul', 'up'],
    ['ro-RO', 'opreşte sonorul', 'mute'],
    ['ro-RO', 'pune-l pe mut', 'mute'],
    ['sl-SI', 'zvišaj glasnost', 'up'],
    ['sl-SI', 'utišaj malo glasnost', 'down'],
    ['sq-AL', 'rrite zërin pak', 'up'],
    ['sq-AL', 'mbyll zërin', 'mute'],
    ['sv-SE', 'höj ljudet lite', 'up'],
    ['sv-SE', 'slå på ljudet', 'up'],
    ['ta-IN', 'சவுண்ட கூட்டு', 'up'],
    ['ta-IN', 'வால்யூம கம்மி பண்ணு', 'down'],
    ['te-IN', 'సౌండ్ కొంచెం ఎక్కువ చెయ్యి', 'up'],
    ['te-IN', 'వాల్యూమ్‌ని తగ్గించండి', 'down'],
    ['th-TH', 'เพิ่มวอลลุ่มหน่อย', 'up'],
    ['th-TH', 'หรี่เสียงลงหน่อย', 'down'],
    ['th-TH', 'ยกเลิกปิดเสียง', 'up'],
    ['tl-PH', 'pakilakasan', 'up'],
    ['tl-PH', 'babaan mo ang volume', 'down'],
    ['tl-PH', 'pakimute', 'mute'],
    ['ur-PK', 'آواز کو تھوڑا اونچی کرو', 'up'],
    ['ur-PK', 'والیوم کم کرو', 'down'],
    ['vi-VN', 'nhỏ tiếng lại', 'down'],
    ['vi-VN', 'bật lại tiếng', 'up'],
    // Near misses: the other direction, another thing, or no request.
    ['he-IL', 'מי הגבר הכי חזק בעולם', null], // "the man"
    ['ta-IN', 'சத்தம் ரொம்ப அதிகமா இருக்கு', null], // it is too loud: a remark
    ['ur-PK', 'آواز کم ہے', null],
    ['kn-IN', 'ಸೌಂಡ್ ಜಾಸ್ತಿ ಆಯ್ತು', null],
    ['bn-BD', 'খুব জোরে বাজছে', null],
    ['fi-FI', 'lisää äänikirja listalle', null],
    ['id-ID', 'tambahkan lagu ini ke playlist', null],
    ['nb-NO', 'hva er lyden av regn', null],
    ['fa-IR', 'صدای بالای ۸۰ دسیبل', null],
    ['mn-MN', 'дууг асаа', null], // put the song on
    ['vi-VN', 'bật âm nhạc', null],
    ['vi-VN', 'số nào bé hơn', null],
    ['ro-RO', 'mută melodia următoare', null],
    ['da-DK', 'skru lyden til 30', null],
    // "på" after the sound names the TV, not turning the sound on.
    ['sv-SE', 'sänk ljudet på tv:n', 'down'],
    ['th-TH', 'ปิดไฟ', null],
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
