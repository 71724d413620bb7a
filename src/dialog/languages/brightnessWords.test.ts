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
    // The comparative after the light ("make the light stronger").
    ['sv-SE', 'gör ljuset starkare i arbetsrummet', 'up'],
    ['da-DK', 'gør lyset kraftigere på kontoret', 'up'],
    ['is-IS', 'dempaðu ljósin í borðstofunni', 'down'],
    ['mn-MN', 'гэрлээ жаахан гэрэлтүүлээч', 'up'],
    ['vi-VN', 'cho đèn sáng hơn một chút', 'up'],
    ['vi-VN', 'làm đèn tối hơn', 'down'],
    ['fi-FI', 'valot kirkkaammiksi', 'up'],
    ['fi-FI', 'haluan valot vähemmän kirkkaiksi', 'down'],
    ['th-TH', 'หรี่ไฟในห้องนอน', 'down'],
    ['id-ID', 'buat lampunya lebih terang', 'up'],
    // Welsh "mwy" (more) and "llai" (less) mutate after a verb: "rho fwy o olau" (give more light).
    ['cy-GB', 'rho fwy o olau plis', 'up'],
    ['cy-GB', 'mwy o olau yn y gegin', 'up'],
    ['cy-GB', 'rho lai o olau', 'down'],
    // Said of the light as it is: no direction asked.
    ['ta-IN', 'இங்கே மிகவும் பிரகாசமாக உள்ளது', null],
    ['fi-FI', 'valot ovat liian kirkkaat', null],
  ])('%s "%s" → %s', (locale, text, expected) => {
    expect(said(text, locale)).toBe(expected);
  });

  it.each<[string, string, BrightnessDirection | null]>([
    // The light's noun with a verb that raises or lowers it, the spoken "more/less", and the loanwords.
    ['bn-BD', 'লাইটটা একটু কমিয়ে দাও', 'down'],
    ['bn-BD', 'আলো বাড়িয়ে দাও', 'up'],
    ['bn-BD', 'লাইট ডিম করো', 'down'],
    ['bn-BD', 'ব্রাইটনেস বাড়াও', 'up'],
    ['kn-IN', 'ಲೈಟ್ ಸ್ವಲ್ಪ ಡಿಮ್ ಮಾಡು', 'down'],
    ['kn-IN', 'ಬೆಳಕು ಜಾಸ್ತಿ ಮಾಡು', 'up'],
    ['kn-IN', 'ಬ್ರೈಟ್‌ನೆಸ್ ಹೆಚ್ಚಿಸು', 'up'],
    ['kn-IN', 'ಬೆಡ್ ರೂಮ್ ಲೈಟ್ ಮೂವತ್ತು ಪರ್ಸೆಂಟಿಗೆ ಇಳಿಸು', 'down'],
    ['kn-IN', 'ಲೈಟ್ ಇಳಿಸು', 'down'],
    ['ta-IN', 'லைட்ட கம்மியா வை', 'down'],
    ['ta-IN', 'வெளிச்சத்தை கூட்டு', 'up'],
    ['ta-IN', 'லைட்ட டிம் பண்ணு', 'down'],
    ['te-IN', 'లైట్ తగ్గించు', 'down'],
    ['te-IN', 'బ్రైట్‌నెస్ పెంచండి', 'up'],
    ['ml-IN', 'ലൈറ്റ് കുറയ്ക്കൂ', 'down'],
    ['ml-IN', 'വെളിച്ചം കുറച്ച് കൂട്ടൂ', 'up'],
    ['ml-IN', 'ലൈറ്റ് ഡിം ചെയ്യൂ', 'down'],
    ['ur-PK', 'لائٹ تھوڑی کم کر دو', 'down'],
    ['ur-PK', 'برائٹنس زیادہ کرو', 'up'],
    ['fa-IR', 'نور رو یه کم زیاد کن', 'up'],
    ['fa-IR', 'چراغ‌ها رو کمتر کن', 'down'],
    ['fa-IR', 'اتاق خواب رو پرنورتر کن', 'up'],
    ['jv-ID', 'lampu pawon disuremke', 'down'],
    ['jv-ID', 'padhange lampu ruang tamu dikurangi sithik', 'down'],
    ['jv-ID', 'padhange lampu ditambah', 'up'],
    ['jv-ID', 'lampune dipadhangke', 'up'],
    ['jv-ID', 'suremna lampune', 'down'],
    ['id-ID', 'kecilin lampunya', 'down'],
    ['id-ID', 'turunkan kecerahan jadi 30 persen', 'down'],
    ['ms-MY', 'tolong dim kan lampu', 'down'],
    ['tl-PH', 'paki dim ang ilaw', 'down'],
    ['tl-PH', 'lakasan ang ilaw', 'up'],
    ['th-TH', 'ขอสว่างอีกนิด', 'up'],
    ['vi-VN', 'giảm độ sáng xuống 30 phần trăm', 'down'],
    ['vi-VN', 'cho đèn bớt sáng', 'down'],
    ['he-IL', 'תוריד את האור', 'down'],
    ['he-IL', 'תעלה את הבהירות', 'up'],
    ['hu-HU', 'vedd lejjebb a fényerőt', 'down'],
    ['ka-GE', 'შუქს მოუმატე', 'up'],
    ['ka-GE', 'დაუწიე შუქს', 'down'],
    ['el-GR', 'χαμήλωσε τη φωτεινότητα στο 30 τοις εκατό', 'down'],
    ['da-DK', 'skru lyset ned', 'down'],
    ['nb-NO', 'skru ned lysstyrken', 'down'],
    ['sv-SE', 'sänk ljusstyrkan till 20 procent', 'down'],
    ['fi-FI', 'nosta kirkkautta', 'up'],
    ['fi-FI', 'laske olohuoneen kirkkaus kolmeenkymmeneen', 'down'],
    ['fi-FI', 'nosta keittiön valoisuutta vähän', 'up'],
    ['ca-ES', 'abaixa el llum', 'down'],
    ['ro-RO', 'mărește luminozitatea', 'up'],
    ['sq-AL', 'ule dritën', 'down'],
    ['hy-AM', 'բարձրացրու լույսը', 'up'],
    ['mn-MN', 'гэрлийг багасга', 'down'],
    ['my-MM', 'မီးလျှော့ပေးပါ', 'down'],
    ['am-ET', 'የመብራቱን ብርሃን ቀንስ', 'down'],
    ['az-AZ', 'işığı bir az azalt', 'down'],
    ['af-ZA', 'demp die ligte', 'down'],
    // Said of the light as it is, "a little" that holds "less", and a cigarette.
    ['bn-BD', 'আলো কম আছে', null],
    ['kn-IN', 'ಬೆಳಕು ಕಡಿಮೆ ಇದೆ', null],
    ['ta-IN', 'வெளிச்சம் குறைவா இருக்கு', null],
    ['ta-IN', 'இது அதிக பிரகாசமாக உள்ளது', null],
    ['ml-IN', 'വെളിച്ചം കുറവാണ്', null],
    ['ur-PK', 'روشنی کم ہے', null],
    ['fa-IR', 'نور خیلی زیاده', null],
    ['id-ID', 'lampunya kurang terang', null],
    ['mn-MN', 'гэрэл бүдэг байна', null],
    ['my-MM', 'မီးမှိန်နေတယ်', null],
    ['km-KH', 'ភ្លើងស្រអាប់ណាស់', null],
    ['th-TH', 'สูบบุหรี่', null],
    ['th-TH', 'หรี่เสียงหน่อย', null],
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
    ['iot_hue_lightup', 'ಲೈಟ್ ಕಡಿಮೆ ಮಾಡಿ', 'kn-IN', 'iot_hue_lightdim'],
    ['iot_hue_lightdim', 'আলো বাড়িয়ে দাও', 'bn-BD', 'iot_hue_lightup'],
    ['iot_hue_lightup', 'روشنایی را کم کن', 'fa-IR', 'iot_hue_lightdim'],
    ['iot_hue_lightchange', 'gör ljuset starkare i arbetsrummet', 'sv-SE', 'iot_hue_lightup'],
    ['iot_hue_lighton', 'gør lyset kraftigere på kontoret', 'da-DK', 'iot_hue_lightup'],
  ])('%s "%s" (%s) → %s', (intent, text, locale, expected) => {
    const r = at(intent, text, locale);
    expect(r.intent).toBe(expected);
    expect(r.repairedBy).toBe('brightness-table-words');
  });

  it('leaves a confident reading of another device alone', () => {
    expect(at('audio_volume_up', 'ব্রাইটনেস বাড়াও', 'bn-BD', 0.95).intent).toBe('audio_volume_up');
  });

  it('leaves a colour change ("a lighter colour") and other intents alone', () => {
    expect(at('iot_hue_lightchange', 'välj en ljusare färg för läsning', 'sv-SE').intent).toBe('iot_hue_lightchange');
    expect(at('weather_query', 'blir det ljusare i morgon', 'sv-SE').intent).toBe('weather_query');
  });
});
