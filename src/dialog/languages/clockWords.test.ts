/**
 * Clock times said with digits and words in MASSIVE's languages without a pack: hour and
 * minute words, joins, counting back, and half or quarter towards the next hour.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { understood as u, testDialog } from '../../../testing/dialog.ts';
import { parseTime } from '../normalize/index.ts';
import { CLOCK_FORM_LANGS } from './clockWords.ts';
import { packFor } from './index.ts';

/** The time read, as h:mm, or null. */
function hm(text: string, locale: string): string | null {
  const t = parseTime(text, locale);
  return t && `${t.h}:${String(t.m).padStart(2, '0')}`;
}

describe('clock words for languages without a pack', () => {
  it('covers only languages without a pack', () => {
    for (const lang of CLOCK_FORM_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(CLOCK_FORM_LANGS.length).toBeGreaterThanOrEqual(20);
  });

  it.each<[string, string, string]>([
    ['hu-HU', '7 óra 30 perckor', '7:30'],
    ['hu-HU', 'reggel 6 óra 45-kor', '6:45'],
    ['hu-HU', 'fél 8-kor', '7:30'],
    ['hu-HU', 'negyed 9', '8:15'],
    ['hu-HU', 'háromnegyed 7', '6:45'],
    ['hu-HU', 'fél 1', '12:30'],
    ['vi-VN', '7 giờ 30 phút', '7:30'],
    ['vi-VN', 'lúc 6 giờ 15', '6:15'],
    ['vi-VN', '7 giờ kém 15', '6:45'],
    ['vi-VN', '9 giờ rưỡi', '9:30'],
    ['th-TH', '7 โมง 30 นาที', '7:30'],
    ['th-TH', '6โมงครึ่ง', '6:30'],
    ['ka-GE', '7 საათსა და 30 წუთზე', '7:30'],
    ['fa-IR', 'ساعت 7 و 30 دقیقه', '7:30'],
    ['fa-IR', '8 و 15 دقیقه', '8:15'],
    ['id-ID', 'jam 7 lewat 30', '7:30'],
    ['id-ID', 'pukul 7 kurang 15', '6:45'],
    ['id-ID', 'setengah 8', '7:30'],
    ['ms-MY', 'pukul 6 lebih 20 minit', '6:20'],
    ['jv-ID', 'jam 5 luwih 10 menit', '5:10'],
    ['ro-RO', 'la 7 și 30', '7:30'],
    ['ro-RO', 'ora 6 si 45 de minute', '6:45'],
    ['el-GR', 'στις 7 και 30', '7:30'],
    ['sq-AL', 'ora 7 e 30', '7:30'],
    ['ca-ES', 'a les 7 i 30', '7:30'],
    ['sl-SL', 'ob 6 in 30', '6:30'],
    ['mn-MN', '7 цаг 30 минутад', '7:30'],
    ['ta-IN', '7 மணி 30 நிமிடத்துக்கு', '7:30'],
    ['te-IN', '6 గంటల 15 నిమిషాలకు', '6:15'],
    ['kn-IN', '7 ಗಂಟೆ 30 ನಿಮಿಷಕ್ಕೆ', '7:30'],
    ['ml-IN', '7 മണി 30 മിനിറ്റിന്', '7:30'],
    ['bn-BD', '7টা 30 মিনিটে', '7:30'],
    ['ur-PK', '7 بج کر 30 منٹ', '7:30'],
    ['km-KH', 'ម៉ោង 7 និង 30 នាទី', '7:30'],
    ['km-KH', 'ម៉ោង 6 កន្លះ', '6:30'],
    ['az-AZ', '7 saat 30 dəqiqədə', '7:30'],
    ['af-ZA', '7 uur 30', '7:30'],
    // Quarters after the hour: Kannada "ಏಳು ಮುಕ್ಕಾಲಿಗೆ" (at seven and three quarters), Malayalam
    // "അഞ്ചേകാലിന്" (at five and a quarter, glued, with its ending), Amharic "አንድ ሰዓት ከሩብ".
    ['kn-IN', 'ಬೆಳಿಗ್ಗೆ ಏಳು ಮುಕ್ಕಾಲಿಗೆ', '7:45'],
    ['kn-IN', 'ಏಳು ಕಾಲು', '7:15'],
    ['ml-IN', 'രാവിലെ അഞ്ചേകാലിന്', '5:15'],
    ['am-ET', 'አንድ ሰዓት ከሩብ', '1:15'],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(hm(text, locale)).toBe(expected);
  });

  it.each<[string, string, string]>([
    // The forms need their words: a bare hour stays the hour, digits stay digits.
    ['hu-HU', '7 órakor', '7:00'],
    ['vi-VN', '7 giờ', '7:00'],
    ['id-ID', 'jam 7', '7:00'],
    ['hu-HU', '7:30-kor', '7:30'],
    // A count towards "fél" needs the hour right after it; "fél" of another word is not read.
    ['hu-HU', 'félórakor 8', '8:00'],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(hm(text, locale)).toBe(expected);
  });

  it('refuses minutes past the hour that no clock shows', () => {
    expect(parseTime('7 óra 75 perckor', 'hu-HU')).toBeNull();
  });

  it('leaves languages with a pack to their pack', () => {
    // German has its own clock (a pack): "7 uhr 30" is read there, not by these forms.
    expect(parseTime('7 uhr 30', 'de-DE')).toMatchObject({ h: 7, m: 30 });
  });
});

describe('an alarm said with clock words in a language without a pack', () => {
  // Friday 14 March 2025, 10:00 local.
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(2025, 2, 14, 10, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each<[string, string, [string, string][], number, number, number]>([
    // Before these forms each was an alarm at the bare hour (7:00, 6:00, 19:00, 8:00).
    ['hu-HU', 'ébressz fel 7 óra 30 perckor', [['time', '7 óra 30 perckor']], 1, 7, 30],
    ['vi-VN', 'đặt báo thức lúc 6 giờ 45 phút', [['time', '6 giờ 45 phút']], 1, 6, 45],
    ['id-ID', 'pasang alarm jam 19 lewat 15', [['time', 'jam 19 lewat 15']], 0, 19, 15],
    // The slot cut short: the whole utterance says half past seven.
    ['hu-HU', 'ébressz fel fél 8-kor', [['time', '8-kor']], 1, 7, 30],
    // Hours with minutes after them are also a length (below); in an alarm they stay the clock.
    ['hu-HU', 'ébressz fel 7 óra 30 perc', [['time', '7 óra 30 perc']], 1, 7, 30],
    ['vi-VN', 'báo thức 7 giờ', [['time', '7 giờ']], 1, 7, 0],
    // No time slot: Thai slots are whole unspaced chunks, here filed as the day. The hour word
    // makes "เจ็ดโมงเช้า" a clock time, not a bare number (before: "what time?").
    ['th-TH', 'พรุ่งนี้ตื่นตอนเจ็ดโมงเช้านะ', [['date', 'พรุ่งนี้ตื่นตอนเจ็ดโมงเช้านะ']], 1, 7, 0],
    // The whole request names the evening the slot left out (before: 7:00).
    ['ta-IN', 'மாலை எட்டு மணிக்கு அலாரம் வை', [['time', 'எட்டு மணிக்கு']], 0, 20, 0],
    // Amharic in Ethiopian time: one in the evening is 19:00, twelve in the morning 6:00.
    ['am-ET', 'ከምሽቱ አንድ ሰዓት ላይ ማንቂያ አዘጋጅ', [['time', 'አንድ ሰዓት']], 0, 19, 0],
    ['am-ET', 'ነገ ጠዋት አስራ ሁለት ሰዓት ቀስቅሰኝ', [['date', 'ነገ'], ['time', 'አስራ ሁለት ሰዓት']], 1, 6, 0],
    // Burmese and Khmer numerals, read next to their hour words.
    ['my-MM', 'ညနေ ငါးနာရီ နှိုးစက် ပေးပါ', [['time', 'ညနေ ငါးနာရီ']], 0, 17, 0],
    ['km-KH', 'ដាក់ម៉ោងរោទ៍នៅម៉ោងប្រាំបីកន្លះយប់', [['time', 'ម៉ោងប្រាំបីកន្លះយប់']], 0, 20, 30],
    // Georgian hours and minutes read as a length too, but in an alarm the clock words decide.
    ['ka-GE', 'გამაღვიძე 7 საათსა და 30 წუთზე', [['time', '7 საათსა და 30 წუთზე']], 1, 7, 30],
  ])('%s "%s"', async (locale, text, slots, day, h, m) => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', text, slots, locale));
    const alarm = dialog.state.getState().alarms[0];
    expect(alarm?.kind).toBe('alarm');
    expect(alarm && (alarm.at - new Date(2025, 2, 14).getTime()) / 60_000).toBe(day * 1440 + h * 60 + m);
  });
});

describe('hours and minutes as a length where the hour word also names the clock', () => {
  it.each<[string, string, string, number]>([
    // Before: half an hour (vi, "giờ" was no length unit) and a question (hu, "óra" was none).
    ['vi-VN', 'đặt hẹn giờ 1 giờ 30 phút', '1 giờ 30 phút', 5400],
    ['hu-HU', 'állíts be egy időzítőt 1 óra 30 percre', '1 óra 30 percre', 5400],
    ['hu-HU', 'ébressz fel 20 perc múlva', '20 perc múlva', 1200],
  ])('%s "%s" sets a timer', async (locale, text, slot, seconds) => {
    const { dialog } = testDialog();
    await dialog.handle(u('alarm_set', text, [['time', slot]], locale));
    expect(dialog.state.getState().alarms[0]).toMatchObject({ kind: 'timer', seconds });
  });
});
