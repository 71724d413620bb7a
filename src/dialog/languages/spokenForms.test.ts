/**
 * Lengths, clock times, levels and dates as the synthetic commands of the 24 locales templated
 * on 5 December 2026 say them (training/synthetic/templates): each case is one family that
 * the dialogue read as nothing before (docs/commands.md). The sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { isoDay, parseAmount, parseDate, parseDuration, parseTime } from '../normalize/index.ts';

function hm(text: string, locale: string): string | null {
  const t = parseTime(text, locale);
  return t && `${t.h}:${String(t.m).padStart(2, '0')}`;
}

describe('lengths and clock times as the templates of 5 December say them', () => {
  // Found by reading every time slot of the synthetic commands of the 24 locales written that
  // day (2,200 slots): 116 were read as no length and no clock, 12 are left (noon and midnight
  // words, forms with no number in them). Each family below is one of those.
  it.each<[string, string, number]>([
    ['my-MM', 'မိနစ်ဆယ့်ငါး', 900], // the unit said first: minutes fifteen
    ['my-MM', 'စက္ကန့်ကိုးဆယ်', 90],
    ['km-KH', 'កៅសិបនាទី', 5400], // ninety, and seventy and eighty, in the tables
    ['kn-IN', 'ತೊಂಬತ್ತು ನಿಮಿಷದ', 5400],
    ['kn-IN', 'ಅರವತ್ತು ಸೆಕೆಂಡಿನ', 60], // the seconds' stem without its virama
    ['ta-IN', 'தொண்ணூறு நிமிடத்திற்கு', 5400],
    ['te-IN', 'తొంభై సెకన్లు', 90],
    ['ml-IN', 'എൺപത് മിനിറ്റ്', 4800],
    ['ml-IN', 'നാൽപ്പത്തിയഞ്ച് സെക്കൻഡിന്റെ', 45],
    ['am-ET', 'ለዘጠና ደቂቃ', 5400],
    ['mn-MN', 'Ерэн минутын', 5400],
    ['tl-PH', 'siyamnapung segundo', 90],
    ['tl-PH', '20 minutes', 1200], // Taglish
    ['jv-ID', 'patang puluh limang menit', 2700], // the forms said before a noun
    ['jv-ID', 'telung jam', 10800],
    ['jv-ID', 'semenit', 60],
    ['jv-ID', 'seprapat jam', 900],
    ['lv-LV', 'astoņu minūšu', 480], // the genitive
    ['lv-LV', 'pusotru stundu', 5400],
    ['sl-SL', 'četrt ure', 900],
    ['sl-SL', 'minuto in pol', 90],
    ['hy-AM', 'մեկուկես ժամով', 5400],
    ['af-ZA', 'anderhalf uur', 5400],
    ['af-ZA', "'n kwartier", 900],
    ['ur-PK', 'ڈیڑھ گھنٹے', 5400],
    ['ur-PK', 'ڈھائی منٹ', 150],
    ['bn-BD', 'আড়াই মিনিটের', 150],
    ['ta-IN', 'அரை நிமிஷம்', 30],
    ['th-TH', 'นาทีครึ่ง', 90],
    ['ms-MY', 'sejam setengah', 5400],
    ['am-ET', 'ለደቂቃ ተኩል', 90],
  ])('%s "%s" lasts %i s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });

  it.each<[string, string, string]>([
    ['kn-IN', 'ಆರಕ್ಕೆ', '6:00'], // the dative of "ಆರು"
    ['ta-IN', 'நான்கரை மணிக்கு', '4:30'],
    ['ta-IN', 'மாலை நான்கே முக்கால் மணிக்கு', '16:45'],
    ['ta-IN', 'பதினொரு மணிக்கு', '11:00'],
    ['ml-IN', 'നാലേകാൽ മണിക്ക്', '4:15'], // quarters glued to the hour
    ['ml-IN', 'ഏഴേമുക്കാൽ മണിക്ക്', '7:45'],
    ['jv-ID', 'papat kurang seprapat', '3:45'],
    ['jv-ID', 'lima seprapat', '5:15'],
    ['tl-PH', 'kinse para alas tres', '2:45'],
    ['tl-PH', 'alas onse beinte', '11:20'],
    ['tl-PH', 'ala una y medya', '1:30'],
    ['tl-PH', 'nine am', '9:00'],
    ['lv-LV', 'uz pusdeviņiem no rīta', '8:30'], // the dative of the glued half
    ['lv-LV', 'trīspadsmitos', '13:00'],
    ['sl-SL', 'ob devetnajstih', '19:00'],
    ['hy-AM', 'տասնմեկն անց կեսին', '11:30'],
    ['hy-AM', 'քսաներկուսին', '22:00'],
    ['my-MM', 'ခုနစ်နာရီ နှစ်ဆယ်မိနစ်', '7:20'], // the minutes of a clock keep their place
    // Noon and midnight said alone.
    ['sl-SL', 'ob polnoči', '0:00'],
    ['sq-AL', 'në mesnatë', '0:00'],
    ['jv-ID', 'tengah wengi', '0:00'],
    ['th-TH', 'ตอนเที่ยงคืน', '0:00'],
    ['th-TH', 'ตอนเที่ยง', '12:00'],
    ['cy-GB', 'am ganol dydd', '12:00'],
    ['mn-MN', 'үд дунд', '12:00'],
    ['fa-IR', 'ساعت ۲ ظهر', '14:00'], // the midday word with an hour is still the afternoon
    ['am-ET', 'አምስት ፒ ኤም', '17:00'], // p.m. without its dots: the international hour
    ['am-ET', 'ሰባት ሰዓት ኤ ኤም', '7:00'],
  ])('%s "%s" is %s', (locale, text, expected) => {
    expect(hm(text, locale)).toBe(expected);
  });

  it.each<[string, string, number]>([
    // Levels said as what they become, and percentages in the unspaced scripts.
    ['ka-GE', 'ოცზე', 20], // Georgian stems of two letters, with their case ending
    ['ka-GE', 'ოცდაათამდე', 30],
    ['ta-IN', 'ஒன்பதாக', 9],
    ['ml-IN', 'ഏഴിലേക്ക്', 7],
    ['kn-IN', 'ಎಪ್ಪತ್ತೈದು ಪರ್ಸೆಂಟ್‌ಗೆ', 75],
    ['th-TH', 'แปดสิบเปอร์เซ็นต์', 80],
    ['km-KH', 'ម្ភៃប្រាំភាគរយ', 25],
    ['my-MM', 'နှစ်ဆယ်ရာခိုင်နှုန်း', 20],
    ['my-MM', 'ငါးရာခိုင်နှုန်း', 5], // five percent, not five hundred
    ['th-TH', 'หนึ่งร้อยเปอร์เซ็นต์', 100],
    ['km-KH', 'មួយរយភាគរយ', 100],
    ['my-MM', 'တစ်ရာရာခိုင်နှုန်း', 100],
    // The percent word holds a hundred ("مية"): thirty percent, not three thousand.
    ['ar-SA', 'لثلاثين بالمية', 30],
  ])('%s "%s" is the level %i', (locale, text, value) => {
    expect(parseAmount(text, locale)?.value).toBe(value);
  });

  it.each<[string, string, string]>([
    ['jv-ID', 'senen', '2025-03-17'], // Javanese weekday names beside the Indonesian ones
    ['jv-ID', 'benjing', '2025-03-15'],
    ['vi-VN', 'mai', '2025-03-15'], // "mai" alone is tomorrow in speech
    ['vi-VN', 'sáng mai', '2025-03-15'],
    ['ml-IN', 'തിങ്കളാഴ്ച', '2025-03-17'], // the chillu written as a consonant before -ാഴ്ച
    ['th-TH', 'วันที่ยี่สิบ', '2025-03-20'], // a day of the month with its marker, in the unspaced scripts
    ['km-KH', 'ថ្ងៃទីដប់ប្រាំ', '2025-03-15'],
    ['my-MM', 'ဆယ့်ငါးရက်နေ့', '2025-03-15'],
  ])('%s "%s" is %s', (locale, text, iso) => {
    const d = parseDate(text, locale, new Date(2025, 2, 14, 10, 0));
    expect(d && isoDay(d)).toBe(iso);
  });

  it.each<[string, string, string | null]>([
    // A month and its day (dateWords.ts `MONTHS`); today is 14 March 2025.
    ['jv-ID', 'tanggal pitulas agustus', '2025-08-17'],
    ['hy-AM', 'մայիսի քսանհինգին', '2025-05-25'], // genitive month, dative day
    ['mn-MN', 'арван хоёрдугаар сарын хорин тав', '2025-12-25'], // "арван" is December's, not a ten
    ['mn-MN', 'тавдугаар сарын наймны', '2025-05-08'],
    ['ta-IN', 'ஏப்ரல் பத்தாம் தேதி', '2025-04-10'], // the ordinal's ending off
    ['te-IN', 'ఆగస్టు పదిహేనున', '2025-08-15'],
    ['kn-IN', 'ಅಕ್ಟೋಬರ್ ಎರಡರಂದು', '2025-10-02'],
    ['ml-IN', 'ഏപ്രില്‍ ഇരുപതാം തീയതി', '2025-04-20'], // the older chillu, virama and ZWJ
    ['th-TH', 'วันที่ห้า เมษายน', '2025-04-05'],
    ['th-TH', '20 ธ.ค.', '2025-12-20'],
    ['km-KH', 'ថ្ងៃទីប្រាំពីរ ខែមករា', '2026-01-07'],
    ['my-MM', 'ဧပြီလ ဆယ့်ငါးရက်', '2025-04-15'],
    // Month words that are also other words stay words.
    ['ta-IN', 'மேல் மாடியில் 5 மணிக்கு', null],
    ['km-KH', 'តុលាការ ម៉ោង ៥', null],
    ['my-MM', 'ဇွန်း ၅ ချောင်း', null],
    ['hy-AM', 'մարտական 5', null],
  ])('%s "%s" is the day %s', (locale, text, iso) => {
    const day = parseDate(text, locale, new Date(2025, 2, 14, 10, 0));
    expect(day && isoDay(day)).toBe(iso);
  });

  it('keeps a number before its unit where a phrase would also match', () => {
    expect(parseDuration('2 ชั่วโมงครึ่ง', 'th-TH')).toBe(9000);
    expect(parseDuration('rong jam setengah', 'jv-ID')).toBe(9000);
    expect(parseDuration('ekspres sejam', 'ms-MY')).toBe(3600);
    expect(parseDuration('ခုနစ်နာရီ နှစ်ဆယ်မိနစ်', 'my-MM')).toBe(1200);
  });
});
