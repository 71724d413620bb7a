/**
 * Units of a length said with digits, for MASSIVE's languages that have no pack yet: "sätt en
 * timer på 10 minuter", "βάλε χρονόμετρο για 10 λεπτά". Without them the dialogue read "10"
 * as a clock time (an alarm at 10:00 for a ten-minute timer) or asked what "10 minuter"
 * means. Only a number in digits before the unit counts (the unit regexes start with a
 * lookbehind for a digit; numberWords.ts turns "tio minuter" into "10 minuter" first), and a unit alone ("sæt en timer", where
 * "timer" is Danish for hours) is no length. An hour word that also names the clock hour in
 * that language ("7 óra", "7 giờ", "7 საათზე") is left out, or only its length forms are kept.
 * Regex sources for seconds, minutes, hours; suffixes and vowel signs follow the stems.
 */
import { alarmWordSaid } from './alarmWords.ts';
import { UNSPACED_WITHOUT_PACK } from './index.ts';
import type { DurationWords } from './types.ts';

/** Letters and combining marks: endings, and the vowel signs of Indic scripts. */
const END = '[\\p{L}\\p{M}]*';

const UNITS: Readonly<Record<string, readonly [string, string, string | null]>> = {
  // "7 uur" is seven o'clock; "1 uur en 15 minute" is a length.
  af: [`sekonde${END}`, `minuut|minute`, 'ure|uur(?= en \\d+ minu)'],
  // "ሰዓት" is also the clock hour: a length only before minutes ("1 ሰዓት 20 ደቂቃ", an hour and twenty minutes).
  am: [`ሰከንድ${END}`, `ደቂቃ${END}`, `ሰዓት(?= \\d+ ደቂቃ)`],
  az: [`saniy${END}`, `dəqiq${END}`, `saat${END}`],
  bn: [`সেকেন্ড${END}`, `মিনিট${END}`, `ঘণ্টা${END}`],
  ca: ['segons?', 'minuts?', 'hor(?:a|es)'],
  cy: ['eiliad', 'munud', 'awr'],
  da: [`sekund${END}`, `minut${END}`, 'time|timer|timen'],
  el: [`δευτερόλεπτ${END}`, `λεπτ${END}`, `ώρ${END}|ωρ${END}`],
  fa: [`ثانیه${END}`, `دقیقه${END}`, `ساعت${END}`],
  fi: [`sekun${END}`, `minuu${END}`, `tun${END}`],
  he: ['שניות|שנייה|שניה', 'דקות|דקה', 'שעות|שעה|שעתיים'],
  // "7 óra" is seven o'clock and "30 perckor" at half past: hours only with minutes after them
  // ("1 óra 30 percre"); "7 óra 30 perc" in an alarm is still the clock (clockWords.ts decides).
  hu: [`másodperc(?!kor)${END}`, `perc(?!kor)${END}`, `óra(?= \\d{1,2} ?perc(?!kor))`],
  hy: [`վայրկյան${END}`, `րոպե${END}`, `ժամ${END}`],
  id: ['detik', 'menit', 'jam'],
  is: [`sekúnd${END}`, `mínút${END}`, `klukkustund${END}|klukkutím${END}|klst`],
  jv: ['detik', 'menit', 'jam'],
  // "7 საათზე" is at seven, "ცხრის ოც წუთზე" twenty past eight (the hour in the genitive). "2
  // წუთზე" with no hour before it is a length ("ტაიმერი დააყენე 2 წუთზე", a timer on two minutes);
  // hours count with minutes after them ("ერთ საათსა და ოცდახუთ წუთზე": in an alarm the clock
  // words make it 1:25, with a timer word it is 85 minutes).
  ka: [`წამ${END}`, `წუთ(?!ზე)${END}|(?<!(?:\\p{L}*ის|\\d) (?:და )?\\d{1,2} ?)წუთზე`, `საათ${END}(?= (?:და )?\\d+ წუთ)`],
  km: ['វិនាទី', 'នាទី', 'ម៉ោង'],
  // "7 ಗಂಟೆಗೆ" is at seven: hours only with minutes after them and not in the dative ("2 ಗಂಟೆ 10 ನಿಮಿಷ"; as a
  // clock time the alarm's clock words decide), or with the timer said ("ಒಂದು ಗಂಟೆ ಟೈಮರ್ ಇಡು", a one-hour timer).
  kn: [`ಸೆಕೆಂಡ${END}`, `ನಿಮಿಷ${END}`, `ಗಂಟೆ(?!ಗೆ)${END}(?= \\d+ ನಿಮಿಷ|.*ಟೈಮರ್)|(?<=ಟೈಮರ್.*)ಗಂಟೆ(?!ಗೆ)${END}`],
  // "minūšu" is the genitive plural ("45 minūšu taimeris").
  lv: [`sekund${END}`, `minūt${END}|minūš${END}`, `stund${END}`],
  // Stems without the final virama: "മിനിറ്റിന്റെ" (of minutes) writes a vowel sign in its place.
  ml: [`സെക്കൻഡ${END}`, `മിനിറ്റ${END}`, `മണിക്കൂ(?:ർ|റ)${END}`],
  // "7 цагт" is at seven.
  mn: [`секунд${END}`, `минут${END}`, `цаг(?!т)${END}`],
  ms: ['saat', 'minit', 'jam'],
  // "7 နာရီ" is seven o'clock as well as seven hours: hours only with the timer said.
  my: ['စက္ကန့်', 'မိနစ်', 'နာရီ(?=.*တိုင်မာ)|(?<=တိုင်မာ.*)နာရီ'],
  nb: [`sekund${END}`, `minutt${END}`, 'time|timer|timen'],
  // "20 de minute": from twenty on, "de" comes between the number and the unit.
  ro: [`(?:de )?secund${END}`, `(?:de )?minut${END}`, '(?:de )?(?:ore|oră)'],
  sl: [`sekund${END}`, `minut${END}`, 'ur|ure|uro'],
  sq: [`sekond${END}`, `minut${END}`, `orë|ore|orësh`],
  sv: [`sekund${END}`, `minut${END}`, `timm${END}|tim`],
  // "7 மணிக்கு" is at seven; மணி நேரம் is hours.
  ta: [`வினாடி${END}|நொடி${END}|செகண்ட${END}`, `நிமிட${END}|நிமிஷ${END}`, `மணி நேர${END}`],
  te: [`సెకన్${END}|సెకను${END}`, `నిమిష${END}`, `గంట(?!కి|కు)${END}(?= \\d+ నిమిష|.*టైమర్)|(?<=టైమర్.*)గంట(?!కి|కు)${END}`],
  th: ['วินาที', 'นาที', 'ชั่วโมง'],
  // Taglish lengths in English too ("i-set ang timer ng 20 minutes").
  tl: ['segundo|seconds?', 'minuto|minutes?', 'oras|hours?'],
  ur: [`سیکنڈ${END}`, `منٹ${END}`, `گھنٹ${END}`],
  // "7 giờ" is seven o'clock; a length of hours is "tiếng", or "giờ" with minutes after it
  // ("hẹn giờ 1 giờ 30 phút"); "6 giờ 45 phút" in an alarm is still the clock (clockWords.ts).
  vi: ['giây', 'phút', 'tiếng|giờ(?= ?\\d)'],
};

/**
 * Words for a timer (besides the English "timer", read in every language), lower case,
 * matched as substrings: "ajastin" of "ajastimen", "időzítő" of "időzítőt".
 */
const TIMER_WORDS: Readonly<Record<string, readonly string[]>> = {
  af: ['tydhouer', 'afteller', 'aftelling'],
  am: ['ታይመር', 'ሰዓት ቆጣሪ'],
  // "Timer" as the recognizer writes it in each script: the loanword people say.
  az: ['taymer', 'geri sayım', 'geri say'],
  bn: ['টাইমার', 'কাউন্টডাউন', 'কাউন্ট ডাউন'],
  ca: ['temporitzador', 'compte enrere', 'compte a enrere'],
  cy: ['amserydd', 'cyfrif i lawr', 'cyfri lawr'],
  // "minutur": a kitchen timer.
  da: ['nedtælling', 'æggeur', 'nedtæller', 'tæl ned', 'minutur'],
  el: ['χρονόμετρ', 'τάιμερ', 'αντίστροφη μέτρηση', 'χρονομετρ', 'ταιμερ', 'αντιστροφη μετρηση'],
  fa: ['تایمر', 'زمان‌سنج', 'زمان سنج', 'شمارش معکوس', 'زمانسنج'],
  fi: ['ajastin', 'ajastim', 'munakello', 'lähtölasken', 'taimeri'],
  he: ['טיימר', 'ספירה לאחור', 'ספירה אחורה', 'ספור לאחור', 'תספור לאחור', 'תספור אחורה'],
  hu: ['időzítő', 'visszaszámlál'],
  id: ['pengatur waktu', 'hitung mundur', 'pewaktu', 'penghitung waktu'],
  hy: ['թայմեր', 'ժամաչափ', 'տայմեր', 'հետհաշվարկ'],
  is: ['tímamæli', 'niðurtalning', 'tímastilli', 'teldu niður', 'telja niður'],
  jv: ['hitung mundur', 'itung mundur'],
  ka: ['ტაიმერ', 'უკუთვლ'],
  // កំណត់ម៉ោង (set the hour) also begins កំណត់ម៉ោងរោទ៍ (set the alarm): left out.
  km: ['រាប់ថយក្រោយ'],
  // The stem without the virama also finds "ಟೈಮರನ್ನು" (the timer, object).
  kn: ['ಟೈಮರ್', 'ಟೈಮರ', 'ಕೌಂಟ್ಡೌನ್', 'ಕೌಂಟ್\u200cಡೌನ್', 'ಕೌಂಟ್ ಡೌನ್'],
  lv: ['taimer', 'atpakaļskait'],
  // "ടൈമറിന്", "ടൈമർ" written with the atomic chillu or the older virama and ZWJ.
  ml: ['ടൈമർ', 'ടൈമറ', 'ടൈമര്\u200d', 'കൗണ്ട്ഡൗ', 'കൗണ്ട് ഡൗ'],
  mn: ['таймер'],
  ms: ['pemasa', 'kira detik', 'kiraan detik', 'kira undur'],
  my: ['တိုင်မာ', 'တိုင်မား', 'နောက်ပြန်ရေ'],
  nb: ['nedtelling', 'eggeklokke', 'nedteller', 'tell ned'],
  // Not "minutar": that is the clock's minute hand.
  ro: ['cronometru', 'temporizator', 'numărătoare inversă', 'numaratoare inversa', 'numărătoarea inversă'],
  sl: ['časovnik', 'odštevanje', 'odštevalnik'],
  sq: ['kohëmatës', 'kohemates', 'tajmer', 'numërim mbrapsht', 'numerim mbrapsht', 'numëro mbrapsht'],
  sv: ['nedräkning', 'äggklocka', 'räkna ner', 'räkna ned'],
  // "கவுண்ட்" alone is also the end of "அக்கவுண்ட்" (account).
  ta: ['டைமர்', 'டைமர', 'கவுண்ட்டவுன்', 'கவுண்ட் டவுன்'],
  te: ['టైమర్', 'టైమర', 'కౌంట్\u200cడౌన్', 'కౌంట్డౌన్', 'కౌంట్ డౌన్'],
  th: ['จับเวลา', 'ตั้งเวลา', 'นับถอยหลัง', 'ไทเมอร์', 'ไทม์เมอร์'],
  tl: ['taymer'],
  ur: ['ٹائمر', 'الٹی گنتی'],
  // "bấm giờ": time it ("bấm giờ 5 phút").
  vi: ['hẹn giờ', 'đếm ngược', 'bấm giờ'],
};

/**
 * Timer words that also begin a request for an alarm: Thai "ตั้งเวลาปลุก 7 โมงเช้า" and
 * Vietnamese "hẹn giờ báo thức lúc 7 giờ" (set the time to wake, 7 am) are alarms. With an
 * alarm word of alarmWords.ts said, these words name no timer.
 */
const SETS_AN_ALARM_TOO: Readonly<Record<string, readonly string[]>> = { th: ['ตั้งเวลา'], vi: ['hẹn giờ'] };

/** Danish and Norwegian "timer" is also hours ("mute i to timer"): there the English word needs its article or the definite form. */
const HOURS_ARE_TIMER: Readonly<Record<string, RegExp>> = {
  da: /(?<![\p{L}\p{M}])(?:(?:en|et) timer|timeren)(?![\p{L}\p{M}])/u,
  nb: /(?<![\p{L}\p{M}])(?:(?:en|ei|et) timer|timeren)(?![\p{L}\p{M}])/u,
};

/**
 * Whether `text` names a timer in `lang`, which has no pack: one of its own timer words, or
 * one of `english` ("timer", as people say it everywhere), except where that is also hours.
 */
export function timerSaidOnly(text: string, lang: string, english: readonly string[]): boolean {
  const t = text.toLowerCase();
  const alsoAlarm = Object.hasOwn(SETS_AN_ALARM_TOO, lang) ? SETS_AN_ALARM_TOO[lang]! : [];
  if (timerWordsOnly(lang).some((w) => t.includes(w) && !(alsoAlarm.includes(w) && alarmWordSaid(t, lang)))) return true;
  const hours = Object.hasOwn(HOURS_ARE_TIMER, lang) ? HOURS_ARE_TIMER[lang] : undefined;
  return hours ? hours.test(t) : english.some((w) => t.includes(w));
}

/** The timer words of `lang` when it has no pack (the English "timer" is read everywhere). */
export function timerWordsOnly(lang: string): readonly string[] {
  return TIMER_WORDS[lang] ?? [];
}

/**
 * Half an hour, said as one phrase ("en halvtimme", "puoli tuntia", "μισή ώρα", "חצי שעה", "nửa
 * tiếng", "অরধ ঘণ্টা", "កន্លះម៉ោង"); never right after a number, where the half belongs to
 * the clock ("7 அரை மணிக்கு", half past seven) or to a count of hours. Welsh "hanner awr
 * wedi" is half past. And "an hour" said with no number, which becomes "1" and its unit
 * (Finnish "tunnin", Hebrew "לשעה", for an hour).
 */
const HALF_HOUR: Readonly<Record<string, string>> = {
  af: "(?:'n |n )?halfuur|half uur",
  am: 'ግማሽ ሰዓት',
  az: 'yarım saat',
  bn: 'আধা ঘণ্টা|আধ ঘণ্টা|আধঘণ্টা',
  ca: 'mitja hora',
  cy: 'hanner awr(?! wedi)',
  da: '(?:1 )?halv time|(?:1 )?halvtime',
  el: 'μισή ώρα|μισής ώρας|μιση ωρα|μισάωρο|μισαωρο',
  fa: 'نیم ساعت|نیم‌ساعت',
  fi: 'puoli tuntia|puoleksi tunniksi|puolen tunnin|puolikas tunti',
  he: '[לב]?חצי שעה',
  // "fél órás", "félórát": the vowel lengthens before an ending; "egy" (a) is read as 1.
  hu: '(?:1 )?fél ór[aá]|(?:1 )?félór[aá]',
  hy: 'կես ժամ',
  id: 'setengah jam',
  jv: 'setengah jam',
  is: 'hálftíma|hálfa klukkustund|hálfan tíma',
  ka: 'ნახევარი საათ|ნახევარ საათ',
  km: 'កន្លះម៉ោង',
  kn: 'ಅರ್ಧ ಗಂಟೆ',
  lv: 'pusstund',
  ml: 'അര മണിക്കൂ',
  mn: 'хагас цаг',
  ms: 'setengah jam|separuh jam',
  my: 'နာရီဝက်',
  nb: '(?:1 )?halvtime|(?:1 )?halv time',
  ro: 'jumătate de oră|jumatate de ora|jumătate de ora',
  sl: 'pol ure',
  sq: 'gjysmë ore|gjysme ore|gjysmë orë',
  sv: '(?:1 )?halvtimm[ae]|halvtimmes|(?:1 )?halv timme',
  ta: 'அரை மணி நேர|அரைமணி நேர',
  te: 'అరగంట|అర గంట',
  th: 'ครึ่งชั่วโมง',
  tl: 'kalahating oras',
  ur: 'آدھا گھنٹ|آدھے گھنٹ',
  vi: 'nửa tiếng|nửa giờ',
};
/** What becomes "1 ": an empty match before the hour word, or a clitic it replaces (Hebrew "ל", for). */
const AN_HOUR: Readonly<Record<string, string>> = {
  // Welsh "awr ac ugain munud" (an hour and twenty minutes); not "hanner awr wedi" (half past).
  cy: '(?=awr(?! wedi)(?<!hanner awr))',
  fi: '(?=tunnin|tunniksi|tunti(?!a))',
  // Not "בשעה שש" (at six o'clock): "שעה" is also the clock hour; only "for an hour" ending the
  // request or before "and" and minutes ("לשעה וארבעים דקות", read "לשעה 40 דקות": an hour and forty minutes).
  he: 'ל(?=שעה(?:$| ו| \\d+ דק))',
};

/**
 * Lengths said as one word or phrase with no number the tables read: one and a half (Afrikaans
 * "anderhalf", Latvian "pusotra", Armenian "մեկուկես", Urdu "ڈیڑھ", Bengali "দেড়"), two and a
 * half (Urdu "ڈھائی", Bengali "আড়াই"), a quarter of an hour ("'n kwartier", "četrt ure",
 * "seprapat jam"), and Javanese "semenit" / "sejam" (a minute, an hour). Never right after a
 * number ("2 ชั่วโมงครึ่ง" is two and a half hours, which the clock's half reads).
 */
const PHRASES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  af: [['anderhalf uur', 5400], ['anderhalf minuut', 90], ["(?:'n |n |een )?kwartier", 900]],
  // "ለደቂቃ ተኩል" (for a minute and a half); not "ሰዓት ተኩል", which after an hour is half past.
  am: [['(?:ለ|ከ)?ደቂቃ ተኩል', 90]],
  bn: [['দেড় ঘণ্টা', 5400], ['দেড় মিনিট', 90], ['আড়াই ঘণ্টা', 9000], ['আড়াই মিনিট', 150]],
  hy: [['մեկուկես ժամ', 5400], ['մեկուկես րոպե', 90], ['քառորդ ժամ', 900]],
  jv: [['semenit', 60], ['sejam', 3600], ['seprapat jam', 900], ['sejam setengah', 5400]],
  lv: [['pusotr[aui]s? stund', 5400], ['pusotr[aui]s? minūt', 90], ['ceturtdaļstund', 900]],
  ms: [['(?:sejam|satu jam) setengah', 5400], ['sejam', 3600], ['seminit', 60]],
  sl: [['četrt ure', 900], ['uro in pol', 5400], ['minuto in pol', 90], ['eno uro', 3600], ['eno minuto', 60]],
  th: [['ชั่วโมงครึ่ง', 5400], ['นาทีครึ่ง', 90]],
  ur: [['ڈیڑھ گھنٹ', 5400], ['ڈیڑھ منٹ', 90], ['ڈھائی گھنٹ', 9000], ['ڈھائی منٹ', 150], ['سوا گھنٹ', 4500]],
  // A quarter of an hour as a phrase: Persian "یه ربع" (a quarter, its article already read as "1";
  // not "و ربع", a quarter past), Hebrew "רבע שעה" (not "ורבע", a quarter past), Tamil "கால் மணி நேரம்",
  // Swedish "en kvart" and Norwegian and Danish "et kvarter" (read "1 kvart": not "kvart över 7", a
  // quarter past), Hungarian "negyed óra" (not "negyed 8"), Romanian "un sfert de oră", Catalan "un quart
  // d'hora", Albanian "një çerek ore", Welsh "chwarter awr" (which "awr" alone had made an hour),
  // Finnish "vartiksi", Icelandic "korter", Armenian "քառորդ ժամ", Azerbaijani "rüb saat", Indonesian
  // "seperempat jam".
  fa: [['1 ربع|ربع ساعت', 900]],
  he: [['[לב]?רבע שעה', 900]],
  sv: [['1 kvart(?! (?:över|i) )', 900]],
  nb: [['(?:1|et) kvarter', 900]],
  da: [['1 kvarter', 900]],
  hu: [['negyed ór', 900]],
  ro: [['1 sfert de or', 900]],
  ca: [["quart d'hora|quart d hora", 900]],
  sq: [['1 çerek or|çerek or', 900]],
  cy: [['chwarter awr', 900]],
  // Not "varttia vaille", "vartin yli" (a quarter to, past), nor Icelandic "korter í", "korter yfir".
  fi: [['vartiksi|varttitunn', 900]],
  is: [['korter(?! (?:í|yfir) )', 900]],
  az: [['rüb saat', 900]],
  id: [['seperempat jam', 900]],
  ta: [['அரை நிமி(?:ட|ஷ)', 30], ['கால் மணி நேர', 900]],
};

/** A count of a unit and a half, the half said after the unit: "2 ชั่วโมงครึ่ง", "rong jam setengah" (two and a half hours). */
const AND_A_HALF: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  // Kannada "ಒಂದೂವರೆ ಗಂಟೆ" (an hour and a half, read "1 ಅರ್ಧ ಗಂಟೆ") and Burmese "နှစ်နာရီခွဲ" (two and a half
  // hours) are also the clock's half past: a length only with the timer word, as their hours are (UNITS).
  kn: [['ಅರ್ಧ ಗಂಟೆ(?!ಗೆ)(?=.*ಟೈಮರ್)|(?<=ಟೈಮರ್.*)ಅರ್ಧ ಗಂಟೆ(?!ಗೆ)', 3600]],
  my: [['နာရီခွဲ(?=.*တိုင်မာ)|(?<=တိုင်မာ.*)နာရီခွဲ', 3600]],
  jv: [['jam setengah', 3600], ['menit setengah', 60]],
  ms: [['jam setengah', 3600], ['minit setengah', 60]],
  th: [['ชั่วโมงครึ่ง', 3600], ['นาทีครึ่ง', 60]],
};

/** `lang`'s fixed phrases (see HALF_HOUR and PHRASES), for `DurationWords.fixed`. */
function fixedOnly(lang: string): [RegExp, number][] {
  const out: [RegExp, number][] = [];
  const half = HALF_HOUR[lang];
  // Unspaced scripts run the words on ("រាប់ថយក្រោយកន្លះម៉ោង"): no word edge there. An article
  // the number table read as "1" may come first ("en halvtimme" → "1 halvtimme").
  const edge = UNSPACED_WITHOUT_PACK.has(lang) ? '' : '(?<![\\p{L}\\p{M}])';
  if (half) out.push([new RegExp(`(?<!\\d ?)${edge}(?:${half})${END}`, 'u'), 1800]);
  // Longer phrases first: "sejam setengah" before "sejam".
  const phrases = [...(PHRASES[lang] ?? [])].sort((a, b) => b[0].length - a[0].length);
  for (const [source, seconds] of phrases) out.push([new RegExp(`(?<!\\d ?)${edge}(?:${source})${END}`, 'u'), seconds]);
  const hour = AN_HOUR[lang];
  // A zero entry rewrites the match to "1 ": "tunnin" → "1 tunnin", Hebrew "לשעה" → "1 שעה".
  if (hour) out.push([new RegExp(`(?<!\\d ?)${edge}(?:${hour})`, 'u'), 0]);
  return out;
}

/** A unit that cannot match: for a language whose hour word is left out. */
const NEVER = '(?!)';

const BUILT = new Map<string, DurationWords | undefined>();

/** The length units of `lang` when it has no pack, or undefined; built once per language (every duration read asks). */
export function lengthUnitsOnly(lang: string): DurationWords | undefined {
  if (!BUILT.has(lang)) BUILT.set(lang, buildUnits(lang));
  return BUILT.get(lang);
}

function buildUnits(lang: string): DurationWords | undefined {
  const units = Object.hasOwn(UNITS, lang) ? UNITS[lang] : undefined;
  if (!units) return undefined;
  const [s, m, h] = units;
  // Unspaced scripts run the next word on: "30 นาทีให้หน่อย".
  const end = UNSPACED_WITHOUT_PACK.has(lang) ? '' : '(?![\\p{L}\\p{M}])';
  const afterDigit = (u: string | null) => (u === null ? NEVER : `(?<=\\d ?)(?:${u})${end}`);
  const fixed = fixedOnly(lang);
  // From the start of a run of digits only: a long run is scanned once, not once per digit.
  const halves = (AND_A_HALF[lang] ?? []).map(([unit, seconds]) => [new RegExp(`(?<!\\d)(\\d+) ?${unit}`, 'u'), seconds] as const);
  return { units: [afterDigit(s), afterDigit(m), afterDigit(h)], ...(fixed.length ? { fixed } : {}), ...(halves.length ? { halves } : {}) };
}

/** The languages with length units here (for tests). */
export const LENGTH_UNIT_LANGS: readonly string[] = Object.keys(UNITS);
