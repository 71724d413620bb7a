/**
 * Number words for MASSIVE's languages without a pack: a number said in words reads as the
 * same digits, as a length, a clock time and a number; and words that are also numbers stay
 * words where they are not.
 */
import { describe, expect, it } from 'vitest';
import { digitize, isoDay, parseDate, parseDuration, parseNumber, parseTime } from '../normalize/index.ts';
import { clean } from '../normalize/text.ts';
import { packFor } from './index.ts';
import { timerSaidOnly } from './lengthUnits.ts';
import { ALARM_WORD_LANGS } from './alarmWords.ts';
import { DATE_WORD_LANGS } from './dateWords.ts';
import { MEDIA_WORD_LANGS, mediaSaidOnly } from './mediaWords.ts';
import { PERIOD_WORD_LANGS } from './periodWords.ts';
import { NUMBER_WORD_LANGS } from './numberWords.ts';
import { TIME_NOW_LANGS } from './timeNowWords.ts';
import { GROCERY_WORD_LANGS } from './groceryWords.ts';

function hm(text: string, locale: string): string | null {
  const t = parseTime(text, locale);
  return t && `${t.h}:${String(t.m).padStart(2, '0')}`;
}

const digits = (text: string, locale: string) => digitize(clean(text, locale.slice(0, 2)), locale.slice(0, 2));

describe('number words for languages without a pack', () => {
  it('covers only languages without a pack, and at least twenty', () => {
    for (const lang of NUMBER_WORD_LANGS) expect(packFor(lang), lang).toBeUndefined();
    expect(NUMBER_WORD_LANGS.length).toBeGreaterThanOrEqual(20);
  });

  it.each<[string, string, number]>([
    ['sv-SE', 'tjugofem', 25],
    ['sv-SE', 'fyrtiofem', 45],
    ['da-DK', 'femogtyve', 25],
    ['da-DK', 'halvtreds', 50],
    ['da-DK', 'fem og tyve', 25],
    ['nb-NO', 'tjuefem', 25],
    ['nb-NO', 'femogtjue', 25],
    ['is-IS', 'tuttugu og fimm', 25],
    ['af-ZA', 'vyfentwintig', 25],
    ['af-ZA', 'vyf en twintig', 25], // "vyf-en-twintig" with its hyphens cleaned away
    ['fi-FI', 'kaksikymmentäviisi', 25],
    ['hu-HU', 'harmincöt', 35],
    ['hu-HU', 'tizenöt', 15],
    ['ro-RO', 'douăzeci și cinci', 25],
    ['ca-ES', 'vint-i-cinc', 25],
    ['el-GR', 'είκοσι πέντε', 25],
    ['el-GR', 'δεκαπέντε', 15],
    ['id-ID', 'dua puluh lima', 25],
    ['id-ID', 'lima belas', 15],
    ['ms-MY', 'empat puluh lima', 45],
    ['sq-AL', 'njëzet e pesë', 25],
    ['sl-SI', 'petindvajset', 25],
    ['lv-LV', 'divdesmit pieci', 25],
    ['az-AZ', 'on beş', 15],
    ['az-AZ', 'iyirmi beş', 25],
    ['fa-IR', 'بیست و پنج', 25],
    ['tl-PH', 'labing-lima', 15],
    ['tl-PH', 'labinlima', 15],
    ['ur-PK', 'پچیس', 25],
    ['bn-BD', 'পঁচিশ', 25],
    ['vi-VN', 'hai mươi lăm', 25],
    ['vi-VN', 'mười lăm', 15],
    ['vi-VN', 'ba mươi mốt', 31],
    ['jv-ID', 'rong puluh', 20],
    // Welsh tens ("seven tens three"), Urdu's own words for 21–99, a Bengali case ending.
    ['cy-GB', 'saith deg tri', 73],
    ['cy-GB', 'hanner cant', 50],
    ['ur-PK', 'اڑتالیس', 48],
    ['bn-BD', 'পঞ্চাশে', 50],
    ['fi-FI', 'kahdenkymmenenviiden', 25], // the genitive of "viiden minuutin ajastin", compounded
  ])('%s "%s" is %d', (locale, text, value) => {
    expect(parseNumber(text, locale)).toBe(value);
  });

  it.each<[string, string, number]>([
    ['sv-SE', 'tio minuter', 600],
    ['sv-SE', 'en timme', 3600],
    ['da-DK', 'fem minutter', 300],
    ['nb-NO', 'tjue minutter', 1200],
    ['is-IS', 'tíu mínútur', 600],
    ['af-ZA', 'vyf minute', 300],
    ['fi-FI', 'viideksi minuutiksi', 300],
    ['fi-FI', 'kymmenen minuuttia', 600],
    ['hu-HU', 'tíz perc', 600],
    ['ro-RO', 'douăzeci de minute', 1200],
    ['ca-ES', 'cinc minuts', 300],
    ['el-GR', 'δέκα λεπτά', 600],
    ['id-ID', 'lima belas menit', 900],
    ['ms-MY', 'sepuluh minit', 600],
    ['sq-AL', 'pesë minuta', 300],
    ['sl-SI', 'deset minut', 600],
    ['lv-LV', 'desmit minūtes', 600],
    ['az-AZ', 'on dəqiqə', 600],
    ['fa-IR', 'ده دقیقه', 600],
    ['tl-PH', 'sampung minuto', 600],
    ['ur-PK', 'دس منٹ', 600],
    ['bn-BD', 'দশ মিনিট', 600],
    ['vi-VN', 'mười lăm phút', 900],
    ['th-TH', 'จับเวลาสามสิบนาทีให้หน่อย', 1800],
    // Khmer counts six to nine from five ("ប្រាំពីរ", 5+2); Burmese glues ten to its unit.
    ['km-KH', 'រាប់ថយក្រោយម្ភៃប្រាំនាទី', 1500],
    ['km-KH', 'ប្រាំពីរនាទី', 420],
    ['my-MM', 'နှစ်ဆယ့်ငါးမိနစ်', 1500],
    ['my-MM', 'သုံးဆယ် စက္ကန့်', 30],
    // Digits of their own scripts: Burmese, Khmer, Bengali.
    ['my-MM', '၁၀ မိနစ်', 600],
    ['km-KH', '១៥ នាទី', 900],
    ['bn-BD', '৪০ সেকেন্ড', 40],
    // Half an hour as one phrase, and "an hour" with no number.
    ['sv-SE', 'en halvtimme', 1800],
    ['el-GR', 'για μισή ώρα', 1800],
    ['vi-VN', 'nửa tiếng', 1800],
    ['km-KH', 'រាប់ថយក្រោយកន្លះម៉ោង', 1800],
    ['he-IL', 'לחצי שעה', 1800],
    ['fi-FI', 'puolen tunnin ajastin', 1800],
    ['fi-FI', 'tunnin ajastin', 3600],
    ['he-IL', 'טיימר לשעה ועשרים דקות', 4800],
    ['cy-GB', 'amserydd am awr a deg munud', 4200],
    ['af-ZA', 'een uur en twintig minute', 4800],
    ['hu-HU', 'egy félórás időzítő', 1800],
    // Hours with minutes after them where the hour word also says o'clock, and case forms of the numbers.
    ['te-IN', 'మూడు గంటల ఇరవై నిమిషాలు', 12000],
    ['is-IS', 'tvo klukkutíma og fimm mínútur', 7500],
    ['tl-PH', 'isang oras at labinlimang minuto', 4500],
  ])('%s "%s" lasts %d s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });

  it.each<[string, string, string]>([
    ['sv-SE', 'klockan sju', '7:00'],
    ['sv-SE', 'halv åtta', '7:30'],
    ['sv-SE', 'kvart över sju', '7:15'],
    ['sv-SE', 'kvart i åtta', '7:45'],
    ['sv-SE', 'tio över sex', '6:10'],
    ['da-DK', 'klokken halv otte', '7:30'],
    ['da-DK', 'kvart over syv', '7:15'],
    ['nb-NO', 'kvart på åtte', '7:45'],
    ['is-IS', 'klukkan hálf átta', '7:30'],
    ['is-IS', 'korter yfir sjö', '7:15'],
    ['af-ZA', 'half agt', '7:30'],
    ['af-ZA', 'kwart voor agt', '7:45'],
    ['fi-FI', 'kuudelta', '6:00'],
    ['fi-FI', 'kello puoli kahdeksan', '7:30'],
    ['fi-FI', 'varttia yli seitsemän', '7:15'],
    ['fi-FI', 'kymmentä vaille kahdeksan', '7:50'],
    ['hu-HU', 'hétkor', '7:00'],
    ['hu-HU', 'fél nyolckor', '7:30'],
    ['ro-RO', 'la ora șapte și jumătate', '7:30'],
    ['ro-RO', 'opt fără un sfert', '7:45'],
    ['ca-ES', 'a les set i mitja', '7:30'],
    ['ca-ES', 'dos quarts de vuit', '7:30'],
    ['ca-ES', 'tres quarts de vuit', '7:45'],
    ['el-GR', 'στις επτά και μισή', '7:30'],
    ['el-GR', 'οκτώ παρά τέταρτο', '7:45'],
    ['el-GR', 'επτά και τέταρτο', '7:15'],
    ['id-ID', 'jam tujuh', '7:00'],
    ['id-ID', 'setengah delapan', '7:30'],
    ['ms-MY', 'pukul tujuh setengah', '7:30'],
    ['sq-AL', 'ora shtatë e gjysmë', '7:30'],
    ['sl-SI', 'ob sedmih', '7:00'],
    ['sl-SI', 'pol osmih', '7:30'],
    ['lv-LV', 'septiņos', '7:00'],
    ['fa-IR', 'ساعت هفت و نیم', '7:30'],
    ['fa-IR', 'یه ربع به هشت', '7:45'],
    ['tl-PH', 'alas siyete y medya', '7:30'],
    ['ur-PK', 'سات بجے', '7:00'],
    ['bn-BD', 'সাতটায়', '7:00'],
    ['vi-VN', 'bảy giờ ba mươi', '7:30'],
    ['vi-VN', 'sáu giờ rưỡi', '6:30'],
    ['sv-SE', 'fem och trettio', '5:30'],
    ['nb-NO', 'sju og tjue', '7:20'],
    ['sq-AL', 'gjashtë e tridhjetë', '6:30'],
    ['ro-RO', 'cinci jumate dimineața', '5:30'],
    ['ro-RO', 'șapte și treizeci', '7:30'],
  ])('%s "%s" is %s', (locale, text, time) => {
    expect(hm(text, locale)).toBe(time);
  });

  it.each<[string, string, string]>([
    ['hu-HU', 'egy hét múlva', 'egy hét múlva'.replace('egy', '1')], // a week, not seven
    ['hu-HU', 'jövő hét', 'jövő hét'],
    ['vi-VN', 'năm nay', 'năm nay'], // this year, not five
    ['vi-VN', 'ngày mốt', 'ngày mốt'], // the day after tomorrow, not one
    ['ur-PK', 'لائٹ بند کر دو', 'لائٹ بند کر دو'], // "give" after a verb, not two
    ['vi-VN', 'thứ tư', 'thứ tư'], // Wednesday
    ['az-AZ', 'ona zəng et', 'ona zəng et'], // "call her", not ten
    ['fi-FI', 'kahdeksan', '8'],
    ['sv-SE', 'albumet sexton', 'albumet 16'],
    ['da-DK', 'sæt en timer på fem minutter', 'sæt en timer på 5 minutter'], // "timer" is also hours
    ['sv-SE', 'fem och sex', '5 och 6'],
    ['th-TH', 'ไปห้างซื้อเก้าอี้', 'ไปห้างซื้อเก้าอี้'], // a mall and a chair: "five" and "nine" inside other words
  ])('%s "%s" reads as "%s"', (locale, text, expected) => {
    expect(digits(text, locale)).toBe(expected);
  });
});

describe('a timer named in a language without a pack', () => {
  it.each<[string, string, boolean]>([
    ['da-DK', 'sæt en timer på fem minutter', true],
    ['da-DK', 'mute i to timer', false], // "timer" is hours: muted for two hours
    ['nb-NO', 'stille modus de neste tre timer', false],
    ['nb-NO', 'start timeren', true],
    ['sv-SE', 'sätt en timer på tio minuter', true],
    ['fa-IR', 'یه تایمر ده دقیقه ای بذار', true],
    ['fi-FI', 'aseta ajastin viiteen minuuttiin', true],
  ])('%s "%s": %s', (locale, text, said) => {
    expect(timerSaidOnly(text, locale.slice(0, 2), ['timer'])).toBe(said);
  });
});

describe('days, parts of the day and player words for languages without a pack', () => {
  it('has tables only for languages without a pack', () => {
    for (const [name, langs] of Object.entries({ DATE_WORD_LANGS, PERIOD_WORD_LANGS, MEDIA_WORD_LANGS, ALARM_WORD_LANGS, TIME_NOW_LANGS, GROCERY_WORD_LANGS })) {
      for (const lang of langs) expect(packFor(lang), `${name} ${lang}`).toBeUndefined();
      expect(langs.length, name).toBeGreaterThanOrEqual(15);
    }
  });

  const NOW = new Date(2026, 10, 24, 9, 0); // Tuesday 24 November 2026, 09:00
  const day = (text: string, locale: string) => {
    const d = parseDate(text, locale, NOW);
    return d && isoDay(d);
  };

  it.each<[string, string, string]>([
    ['sv-SE', 'i morgon', '2026-11-25'],
    ['sv-SE', 'på fredag', '2026-11-27'],
    ['da-DK', 'på onsdag', '2026-11-25'],
    ['fi-FI', 'torstaina', '2026-11-26'],
    ['fi-FI', 'ylihuomenna', '2026-11-26'],
    // A weekday of next week: the week after this one, not the coming day.
    ['sv-SE', 'onsdag nästa vecka', '2026-12-02'],
    ['sl-SL', 'naslednji teden v sredo', '2026-12-02'],
    ['hy-AM', 'հաջորդ շաբաթվա չորեքշաբթի', '2026-12-02'],
    ['af-ZA', 'volgende week maandag', '2026-11-30'],
    // The part of the day glued on (Afrikaans), "the other evening" (Icelandic: tomorrow evening).
    ['af-ZA', 'oormôreoggend', '2026-11-26'],
    ['af-ZA', 'môreaand', '2026-11-25'],
    ['is-IS', 'annað kvöld', '2026-11-25'],
    ['hu-HU', 'holnaputánra', '2026-11-26'],
    ['hu-HU', 'pénteken', '2026-11-27'],
    ['hu-HU', 'holnapra', '2026-11-25'],
    ['ro-RO', 'luni', '2026-11-30'],
    ['el-GR', 'την πέμπτη', '2026-11-26'],
    ['id-ID', 'hari rabu', '2026-11-25'],
    ['vi-VN', 'thứ sáu', '2026-11-27'],
    ['vi-VN', 'thứ 6', '2026-11-27'],
    ['fa-IR', 'سه شنبه', '2026-11-24'],
    ['fa-IR', 'سه شنبه بعد', '2026-12-01'], // next Tuesday, not today
    ['fa-IR', 'پنج شنبه', '2026-11-26'],
    ['he-IL', 'ביום שלישי', '2026-11-24'],
    ['az-AZ', 'bazar ertəsi', '2026-11-30'],
    ['az-AZ', 'bazar', '2026-11-29'],
    ['ca-ES', 'demà passat', '2026-11-26'],
    // Unspaced: the day inside a longer chunk, and Khmer "ខានស្អែក" (the day after) before "ស្អែក" (tomorrow).
    ['km-KH', 'ណាត់ជួបថ្ងៃព្រហស្បតិ៍', '2026-11-26'],
    ['km-KH', 'ខានស្អែក', '2026-11-26'],
    ['my-MM', 'မနက်ဖြန်ညနေ', '2026-11-25'],
    ['my-MM', 'စနေနေ့', '2026-11-28'],
    ['he-IL', 'ליום שני', '2026-11-30'],
  ])('%s "%s" is %s', (locale, text, iso) => {
    expect(day(text, locale)).toBe(iso);
  });

  it.each<[string, string]>([
    ['sv-SE', 'om 2 dagar'], // in two days: not the 2nd of the month
    ['fi-FI', 'joskus'],
    ['km-KH', 'អាទិត្យក្រោយ'], // next week: "អាទិត្យ" alone is no Sunday
  ])('%s "%s" is no day', (locale, text) => {
    expect(parseDate(text, locale, NOW)).toBeNull();
  });

  it.each<[string, string, string]>([
    ['ca-ES', 'nou del vespre', '21:00'],
    ['sv-SE', 'sju på kvällen', '19:00'],
    ['fi-FI', 'kello kuusi illalla', '18:00'],
    ['hu-HU', 'délután háromkor', '15:00'],
    ['id-ID', 'jam dua siang', '14:00'],
    ['id-ID', 'jam 8 malam', '20:00'],
    ['vi-VN', 'ba giờ chiều', '15:00'],
    ['vi-VN', 'mười một giờ đêm', '23:00'],
    ['fa-IR', 'ساعت پنج عصر', '17:00'],
    ['el-GR', 'πέντε το απόγευμα', '17:00'],
    ['he-IL', 'שבע בערב', '19:00'],
    ['ro-RO', 'zece dimineața', '10:00'],
    ['sl-SL', 'ob četrt na osem zjutraj', '7:15'],
    ['sl-SL', 'tri četrt na osem', '7:45'],
    ['lv-LV', 'pusdeviņos vakarā', '20:30'],
    ['lv-LV', 'ceturksni pāri septiņiem no rīta', '7:15'],
    ['ms-MY', 'pukul tujuh suku pagi', '7:15'],
    ['az-AZ', 'səhər saat altı yarımda', '6:30'],
    ['az-AZ', 'axşam saat ona', '22:00'],
    ['sq-AL', 'nëntë e gjysmë të mbrëmjes', '21:30'],
    ['bn-BD', 'সকাল সাড়ে পাঁচটায়', '5:30'],
    ['bn-BD', 'সাতটায় একটা', '7:00'], // "একটা" (one, a) after the hour is no minute
    ['ur-PK', 'صبح پونے سات بجے', '6:45'],
    ['mn-MN', 'өглөө долоо хагаст', '7:30'],
    ['cy-GB', "hanner awr wedi saith gyda'r nos", '19:30'],
    ['ka-GE', 'საღამოს ნახევარ რვაზე', '19:30'],
    ['ta-IN', 'சாயங்காலம் ஏழு மணிக்கு', '19:00'],
    ['ta-IN', 'காலையில ஏழரை மணிக்கு', '7:30'],
    ['te-IN', 'రేపు పొద్దున ఐదున్నరకి', '5:30'],
    ['th-TH', 'หกโมงเช้า', '6:00'],
    ['th-TH', 'สองทุ่มครึ่ง', '20:30'],
    ['th-TH', 'ตีห้าครึ่ง', '5:30'],
    ['th-TH', 'บ่ายสามโมง', '15:00'],
    ['th-TH', 'บ่ายโมงยี่สิบ', '13:20'],
    ['th-TH', 'แปดโมงสี่สิบห้า', '8:45'],
    ['km-KH', 'នៅម៉ោងប្រាំមួយព្រឹក', '6:00'],
    ['km-KH', 'ម៉ោងបួនរសៀល', '16:00'],
    ['my-MM', 'ရှစ်နာရီ ဆယ့်ငါးမိနစ်', '8:15'],
    ['my-MM', 'မနက်ဖြန် ည ကိုးနာရီ', '21:00'], // "မနက်ဖြန်" (tomorrow) holds "မနက်" (morning) but is none
    ['ta-IN', 'காலை ஆறு முப்பது மணிக்கு', '6:30'], // six thirty o'clock: "30" is no hour
    // Ethiopian time where the part of the day cannot hold the hour; international where it can, or with "a.m.".
    ['am-ET', 'ከሌሊቱ አስራ አንድ ሰዓት', '5:00'],
    ['am-ET', 'ከሰዓት በኋላ ስምንት ሰዓት ተኩል', '14:30'],
    ['am-ET', 'ምሽት አምስት ሰዓት', '17:00'],
    ['am-ET', 'ጠዋት ሶስት ሰዓት ኤ.ኤም.', '3:00'],
    ['am-ET', 'ጠዋት ስምንት ሰዓት', '8:00'],
    // "Of the day" counts from 6 am too; "ከጠዋቱ አንድ ሰዓት ከሩብ" is a quarter past one in the morning, 7:15.
    ['am-ET', 'ከቀኑ ዘጠኝ ሰዓት', '15:00'],
    ['am-ET', 'ከጠዋቱ አንድ ሰዓት ከሩብ', '7:15'],
    // Burmese midday, in its other spelling: two in the afternoon.
    ['my-MM', 'နေ့လည် နှစ်နာရီ', '14:00'],
    // Afrikaans glues the half to the hour it counts towards: "halftien vanaand" is 21:30.
    ['af-ZA', 'halftien vanaand', '21:30'],
    ['id-ID', 'jam enam lewat seperempat pagi', '6:15'],
    // Quarters with a case ending (Tamil) or glued with "ం" (Telugu).
    ['ta-IN', 'காலைல ஆறே காலுக்கு', '6:15'],
    ['te-IN', 'పొద్దున ఆరుంపావుకి', '6:15'],
    // Halves and quarters glued to or said after the hour.
    ['el-GR', 'στις οχτώμισι το βράδυ', '20:30'],
    ['ta-IN', 'காலை ஏழே கால் மணிக்கு', '7:15'],
    ['ta-IN', 'மாலை ஐந்தே முக்கால் மணிக்கு', '17:45'],
    ['bn-BD', 'রাত আড়াইটায়', '2:30'],
    ['th-TH', 'ตีสี่ยี่สิบนาที', '4:20'],
    ['th-TH', 'บ่ายโมงครึ่ง', '13:30'],
    ['he-IL', 'ברבע לשמונה בערב', '19:45'],
    // Counted from the half (Danish, Norwegian), minutes left to the hour and the hour's half (Azerbaijani), Urdu's "ڈیڑھ".
    ['da-DK', 'ti over halv otte', '7:40'],
    ['nb-NO', 'fem på halv ni', '8:25'],
    ['az-AZ', 'səkkizə iyirmi dəqiqə qalmış', '7:40'],
    ['az-AZ', 'gündüz saat dördün yarısı', '15:30'],
    ['ur-PK', 'دوپہر ڈیڑھ بجے', '13:30'],
    ['lv-LV', 'bez ceturkšņa astoņos', '7:45'],
    ['ms-MY', 'pukul lapan kurang suku', '7:45'],
    ['hy-AM', 'յոթն անց քսանին', '7:20'],
    ['hy-AM', 'տասներկուսն անց տասը', '12:10'],
    ['hy-AM', 'ժամը տասներկուսը', '12:00'],
    ['te-IN', 'ఏడు నలభై ఐదుకి', '7:45'],
    ['tl-PH', 'alas sais singkwenta', '6:50'],
    // Georgian minutes of the coming hour, the hour in the genitive: "of the seventh" is six and some.
    ['ka-GE', 'დილის შვიდის ათ წუთზე', '6:10'],
    ['ka-GE', 'საღამოს ცხრის ნახევარზე', '20:30'],
  ])('%s "%s" is %s', (locale, text, time) => {
    expect(hm(text, locale)).toBe(time);
  });

  it('leaves a time without a part of the day open', () => {
    expect(parseTime('klockan sju', 'sv-SE')?.ambiguous).toBe(true);
    expect(parseTime('sju på morgonen', 'sv-SE')?.ambiguous).toBe(false);
  });

  it.each<[string, string, 'pause' | 'resume' | 'next' | null, boolean]>([
    ['sv-SE', 'pausa låten', 'pause', true],
    ['fi-FI', 'laita musiikki tauolle', 'pause', true],
    ['vi-VN', 'tạm dừng nhạc', 'pause', true],
    ['ro-RO', 'continuă muzica', 'resume', true],
    ['el-GR', 'επόμενο τραγούδι', 'next', true],
    ['id-ID', 'matikan lampu', null, false],
    ['am-ET', 'ዘፈኑን አቁም', 'pause', true],
    ['kn-IN', 'ಸಂಗೀತ ನಿಲ್ಲಿಸಿ', 'pause', true],
    ['ml-IN', 'സംഗീതം തുടരൂ', 'resume', true],
    ['km-KH', 'ចាក់បទបន្ទាប់', 'next', false],
    ['my-MM', 'ဂီတကို ခဏရပ်ပါ', 'pause', true],
    ['my-MM', 'ဖြူဖြူကျော်သိန်း သီချင်း', null, true], // "ကျော်" (skip) inside a singer's name
  ])('%s "%s": %s, music named %s', (locale, text, action, noun) => {
    expect(mediaSaidOnly(text, locale.slice(0, 2))).toEqual({ action, noun });
  });
});
