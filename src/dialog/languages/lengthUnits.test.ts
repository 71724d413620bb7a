/**
 * Lengths said with digits in MASSIVE's languages without a pack: a timer, not a clock time
 * or a question; and what must stay no length (a unit alone, an hour word that names the
 * clock hour, a clock time).
 */
import { describe, expect, it } from 'vitest';
import { durationMeant, parseDuration } from '../normalize/index.ts';
import { packFor } from './index.ts';
import { understood as u, testDialog } from '../../../testing/dialog.ts';
import { LENGTH_UNIT_LANGS, timerSaidOnly } from './lengthUnits.ts';

describe('length units for languages without a pack', () => {
  it('covers only languages without a pack', () => {
    for (const lang of LENGTH_UNIT_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(LENGTH_UNIT_LANGS.length).toBeGreaterThanOrEqual(30);
  });

  it.each<[string, string, number]>([
    ['sv-SE', 'sätt en timer på 10 minuter', 600],
    ['sv-SE', 'väck mig om 2 timmar', 7200],
    ['da-DK', 'sæt en timer på 2 timer og 5 minutter', 7500],
    ['nb-NO', 'timer på 45 sekunder', 45],
    ['fi-FI', 'laita ajastin 10 minuutiksi', 600],
    ['el-GR', 'βάλε χρονόμετρο για 10 λεπτά', 600],
    ['ca-ES', 'posa un temporitzador de 3 hores', 10800],
    ['he-IL', 'טיימר של 15 דקות', 900],
    ['hu-HU', 'állíts be egy időzítőt 5 percre', 300],
    ['vi-VN', 'hẹn giờ 2 tiếng', 7200],
    ['id-ID', 'pasang timer 30 detik', 30],
    ['ro-RO', 'pune un cronometru de 20 de minute', 1200],
    ['th-TH', 'ตั้งเวลา 10 นาที', 600],
    ['ta-IN', '5 நிமிடங்கள் டைமர்', 300],
    ['fa-IR', 'تایمر 20 دقیقه', 1200],
    // Georgian "on N minutes" is a length when no hour comes before it.
    ['ka-GE', 'ტაიმერი 15 წუთზე', 900],
    ['ka-GE', 'ტაიმერი ერთ საათსა და ათ წუთზე', 4200], // in an alarm the clock words make it 1:10 (clockWords.test.ts)
  ])('%s "%s" → %i s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });

  it.each<[string, string]>([
    // A unit with no digit before it: Danish "timer" is hours, but "en timer" is a timer.
    ['da-DK', 'sæt en timer'],
    ['nb-NO', 'start en timer'],
    // The clock hour, said with the hour word.
    ['vi-VN', 'báo thức lúc 7 giờ sáng'],
    ['hu-HU', 'ébressz fel 7 órakor'],
    ['hu-HU', 'ébressz fel 7 óra 30 perckor'],
    ['ka-GE', 'გამაღვიძე 7 საათზე'],
    ['ka-GE', 'ცხრის 20 წუთზე'], // the hour in the genitive, then its minutes
    ['mn-MN', '7 цагт сэрээ'],
    ['sv-SE', 'väck mig klockan 7'],
    // A timer word with no number, and Burmese "နာရီ" (o'clock, and hours) with one.
    ['my-MM', 'တိုင်မာ ပေးပါ'],
    ['my-MM', 'ခုနစ်နာရီ နှိုးပေး'],
  ])('%s "%s" is no length', (locale, text) => {
    expect(parseDuration(text, locale)).toBeNull();
  });

  it.each<[string, string, boolean]>([
    // The loanword with its ending, the count-down phrases people say.
    ['ta-IN', 'ஐந்து நிமிடத்துக்கு டைமரை வை', true],
    ['kn-IN', 'ಟೈಮರನ್ನು ಹತ್ತು ನಿಮಿಷಕ್ಕೆ ಇಡು', true],
    ['ml-IN', 'ടൈമറിന്റെ സമയം മാറ്റൂ', true],
    ['te-IN', 'పది నిమిషాల కౌంట్\u200cడౌన్ పెట్టు', true],
    ['bn-BD', 'দশ মিনিটের কাউন্টডাউন শুরু করো', true],
    ['ur-PK', 'دس منٹ کی الٹی گنتی شروع کرو', true],
    ['he-IL', 'תספור לאחור עשר דקות', true],
    ['sv-SE', 'räkna ner tio minuter', true],
    ['da-DK', 'tæl ned fra fem minutter', true],
    ['ro-RO', 'pornește numărătoarea inversă de 5 minute', true],
    ['vi-VN', 'bấm giờ 5 phút', true],
    ['jv-ID', 'itung mundur limang menit', true],
    ['th-TH', 'ตั้งไทม์เมอร์ 10 นาที', true],
    ['hy-AM', 'միացրու հետհաշվարկը', true],
    ['ka-GE', 'დაიწყე უკუთვლა', true],
    // No timer: an account, the clock's minute hand, an alarm.
    ['ta-IN', 'என் அக்கவுண்ட் பேலன்ஸ் என்ன', false],
    ['ro-RO', 'minutarul ceasului', false],
    ['km-KH', 'ដាស់ខ្ញុំម៉ោងប្រាំមួយ', false],
  ])('%s "%s" names a timer: %s', (locale, text, expected) => {
    expect(timerSaidOnly(text, locale.slice(0, 2), ['timer'])).toBe(expected);
  });

  it('reads 100,000 hostile characters in every such language quickly', () => {
    const texts = ['1 '.repeat(50_000), `${'1'.repeat(99_990)} minuter`, 'óra 1 '.repeat(16_000), `${'de '.repeat(33_000)}1`];
    for (const lang of LENGTH_UNIT_LANGS) {
      for (const text of texts) {
        const t0 = performance.now();
        parseDuration(text, lang);
        expect(performance.now() - t0, lang).toBeLessThan(2000);
      }
    }
  });

  it('is a clock time when a day is said with it', () => {
    expect(durationMeant('10 minuter', 'väck mig i morgon 10 minuter', 'sv-SE', true)).toBeNull();
  });

  it.each<[string, string, string, number]>([
    // The NLU's slot and reading as v6 gave them: an alarm at 10:00 and a mute before.
    ['el-GR', 'βάλε χρονόμετρο για 10 λεπτά', '10 λεπτά', 600],
    ['fi-FI', 'laita ajastin 10 minuutiksi', '10 minuutiksi', 600],
    ['ca-ES', 'posa un temporitzador de 10 minuts', '10 minuts', 600],
    ['vi-VN', 'đặt hẹn giờ 10 phút', 'giờ 10 phút', 600],
    ['he-IL', 'תספור לאחור 10 דקות', '10 דקות', 600],
    ['ta-IN', '5 நிமிடத்துக்கு டைமரை வை', '5 நிமிடத்துக்கு', 300],
  ])('%s "%s" sets a timer', async (locale, text, slot, seconds) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', text, [['time', slot]], locale));
    expect(turn.effect).toBe('timer:set');
    expect(dialog.state.getState().alarms[0]).toMatchObject({ kind: 'timer', seconds });
  });
});

describe('timer words that also begin a request for an alarm', () => {
  it.each([
    ['th-TH', 'ตั้งเวลาปลุก 7 โมงเช้า', 'alarm:set'],
    ['vi-VN', 'hẹn giờ báo thức lúc 7 giờ sáng', 'alarm:set'],
    ['th-TH', 'ตั้งเวลา 10 นาที', 'timer:set'],
    ['vi-VN', 'hẹn giờ 10 phút', 'timer:set'],
  ])('%s "%s" → %s', async (locale, text, effect) => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('alarm_set', text, [], locale));
    expect(turn.effect).toBe(effect);
    expect(timerSaidOnly(text, locale.slice(0, 2), ['timer'])).toBe(effect === 'timer:set');
  });
});

describe('hours that are also the clock hour count as a length with the timer said', () => {
  it.each<[string, string, number | null]>([
    ['kn-IN', 'ಮಗ ಹೋಂವರ್ಕ್ ಮಾಡ್ತಿದಾನೆ ಒಂದು ಗಂಟೆ ಟೈಮರ್ ಇಡು', 3600],
    ['kn-IN', 'ಟೈಮರ್ ಎರಡು ಗಂಟೆ', 7200],
    ['te-IN', 'ఒక గంట టైమర్ పెట్టు', 3600],
    ['my-MM', 'တစ်နာရီ တိုင်မာပေးထား', 3600],
    // An hour and a half, two and a half hours, with the timer said.
    ['kn-IN', 'ಒಂದೂವರೆ ಗಂಟೆ ಟೈಮರ್ ಇಡು', 5400],
    ['my-MM', 'နှစ်နာရီခွဲ တိုင်မာပေးထား', 9000],
    // Amharic hours before minutes are a length: an hour and twenty minutes.
    ['am-ET', 'ታይመር ለአንድ ሰዓት ከሃያ ደቂቃ አስቀምጥ', 4800],
    // A quarter of an hour as a phrase.
    ['fa-IR', 'یه ربع تایمر بذار', 900],
    ['he-IL', 'תשים טיימר לרבע שעה', 900],
    ['ta-IN', 'கால் மணி நேரத்துக்கு ஒரு டைமர் வை', 900],
    ['sv-SE', 'ställ en timer på en kvart', 900],
    ['nb-NO', 'start en timer på et kvarter', 900],
    ['hu-HU', 'tegyél fel egy időzítőt negyed órára', 900],
    ['ro-RO', 'pune un timer de un sfert de oră', 900],
    ['ca-ES', "posa un temporitzador d'un quart d'hora", 900],
    ['sq-AL', 'vendos një kohëmatës për një çerek ore', 900],
    ['cy-GB', 'gosod amserydd am chwarter awr', 900],
    ['id-ID', 'pasang timer seperempat jam ya', 900],
    ['fi-FI', 'laita ajastin kahdeksi minuutiksi ja kolmeksikymmeneksi sekunniksi', 150],
    // Welsh "phymtheg" (fifteen, after "a"): three minutes and fifteen seconds.
    ['cy-GB', 'amserydd am dri munud a phymtheg eiliad', 195],
    // A quarter to or past is the clock's: no length.
    ['fi-FI', 'tee minulle herätys varttia vaille yhdeksän', null],
    ['is-IS', 'klukkan korter í fjögur', null],
    ['sv-SE', 'väck mig kvart över sju', null],
    ['kn-IN', 'ಒಂದೂವರೆ ಗಂಟೆಗೆ ಅಲಾರಾಂ ಇಡು', null],
    ['my-MM', 'နှစ်နာရီခွဲ နှိုးစက်', null],
    // Without the timer the hour is the clock's: no length.
    ['kn-IN', 'ಏಳು ಗಂಟೆಗೆ ಅಲಾರಾಂ ಇಡು', null],
    ['te-IN', 'ఏడు గంటలకు అలారం', null],
    ['my-MM', 'ခုနစ်နာရီ နှိုးစက်', null],
  ])('%s "%s" → %s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });
});
