/**
 * Alarm and wake-me words in MASSIVE's languages without a pack: a new alarm is asked for
 * when an alarm word is said with no cancel or question word. The sentences are written here,
 * not taken from a suite.
 */
import { describe, expect, it } from 'vitest';
import { understood as u } from '../../../testing/dialog.ts';
import { repairIntent } from '../repair/index.ts';
import { timerRules } from '../repair/timer.ts';
import { initialDialogState } from '../state.ts';
import { ALARM_WORD_LANGS, newAlarmSaidOnly } from './alarmWords.ts';
import { langOf, packFor } from './index.ts';

const said = (text: string, locale: string) => newAlarmSaidOnly(text, langOf(locale));

describe('alarm words for languages without a pack', () => {
  it('covers only languages without a pack', () => {
    for (const lang of ALARM_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(ALARM_WORD_LANGS.length).toBeGreaterThanOrEqual(35);
  });

  it.each<[string, string]>([
    ['af-ZA', 'maak my om sesuur wakker'],
    ['az-AZ', 'sabah saat 7-də məni oyat'],
    ['bn-BD', 'একটা অ্যালার্ম সেট করো'], // "একটা" (one) ends like "কটা" (what time)
    ['bn-BD', 'সকাল সাতটায় জাগিয়ে দিও'],
    ['bn-BD', 'সকাল সাতটায় জাগি\u09af\u09bcে দিও'], // য় as letter and nukta
    ['cy-GB', 'deffra fi am saith'],
    ['el-GR', 'ξυπνήστε με στις 7'],
    ['fi-FI', 'aseta herätyksen kello kuudeksi'],
    ['he-IL', 'הער אותי בשש'],
    ['hy-AM', 'արթնացրու ինձ ժամը 7-ին'],
    ['jv-ID', 'tangekna aku jam enem'],
    ['ka-GE', 'გამაღვიძე დილის 7 საათზე'],
    ['lv-LV', 'pamodini mani septiņos'],
    ['mn-MN', 'өглөө 7 цагт намайг сэрээ'],
    ['ro-RO', 'trezeşte-mă la 7'], // ş with a cedilla
    ['ta-IN', 'நாளை காலை 6 மணிக்கு என்னை எழுப்பு'],
    ['te-IN', 'ఉదయం 6 గంటలకు అలారం పెట్టు'],
    ['te-IN', 'నన్ను 7 గంటలకు లేపు'],
    ['th-TH', 'ปลุกฉันตอนหกโมงเช้า'],
    ['ur-PK', 'مجھے صبح سات بجے جگا دینا'],
    ['vi-VN', 'gọi em dậy lúc 6 giờ'],
  ])('%s "%s" asks for an alarm', (locale, text) => {
    expect(said(text, locale)).toBe(true);
  });

  it.each<[string, string]>([
    // Cancelling, turning off, asking which or when.
    ['az-AZ', 'zəngli saatı söndür'],
    ['az-AZ', 'məni oyatma'], // do not wake me
    ['bn-BD', 'অ্যালার্ম বন্ধ করো'],
    ['bn-BD', 'কটায় অ্যালার্ম দেওয়া আছে'],
    ['cy-GB', "canslo'r larwm"],
    ['hy-AM', 'ջնջիր զարթուցիչը'],
    ['ka-GE', 'რომელ საათზე მაქვს მაღვიძარა'],
    ['lv-LV', 'izslēdz modinātāju'],
    ['mn-MN', 'сэрүүлгээ устга'],
    ['ta-IN', 'அலாரத்தை நீக்கு'],
    ['te-IN', 'అలారం ఆపు'],
    ['th-TH', 'ยกเลิกนาฬิกาปลุก'],
    ['th-TH', 'ปลุกกี่โมง'],
    ['ur-PK', 'الارم بند کرو'],
    ['ur-PK', 'الارم کب ہے'],
    ['sv-SE', 'ta bort väckningen'],
    // No alarm: the same verb raising a question, a note, being up already.
    ['ta-IN', 'கேள்வி எழுப்பு'],
    ['he-IL', 'יש לי הערה'],
    ['jv-ID', 'aku wis tangi'],
  ])('%s "%s" is no new alarm', (locale, text) => {
    expect(said(text, locale)).toBe(false);
  });

  it('sets the alarm that an unsure reading missed', () => {
    const empty = initialDialogState();
    // Below what the NLU is sure of, the alarm word alone asks "for what time?".
    expect(repairIntent(u('general_quirky', 'அலாரம் வை', [], 'ta-IN', 0.2), empty, timerRules)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-words' });
    expect(repairIntent(u('news_query', 'ตั้งปลุกให้หน่อย', [], 'th-TH', 0.2), empty, timerRules)).toMatchObject({ intent: 'alarm_set', repairedBy: 'alarm-words' });
    // A cancel word: no new alarm.
    expect(repairIntent(u('general_quirky', 'الارم بند کرو', [], 'ur-PK', 0.2), empty, timerRules).intent).toBe('general_quirky');
  });

  it('confirms an unsure reading as a new alarm, so the dialogue asks for the time', () => {
    const empty = initialDialogState();
    expect(repairIntent(u('alarm_set', 'ಒಂದು ಅಲಾರ್ಮ್ ಇಡು', [], 'kn-IN', 0.14), empty, timerRules)).toMatchObject({ intent: 'alarm_set', confidence: 0.5, repairedBy: 'alarm-words' });
    // Other alarm readings are the NLU's call: a question about alarms stays unsure.
    expect(repairIntent(u('alarm_query', 'ಒಂದು ಅಲಾರ್ಮ್ ಇಡು', [], 'kn-IN', 0.14), empty, timerRules).confidence).toBe(0.14);
  });
});
