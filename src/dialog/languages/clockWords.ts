/**
 * Clock times said with digits and words, for MASSIVE's languages that have no pack yet:
 * "7 óra 30 perckor", "7 giờ 30 phút", "ساعت 7 و 30 دقیقه", "jam 7 lewat 30", "fél 8". Without
 * these the reader saw two numbers with words between them and kept the bare hour: an alarm at
 * 7:00 for half past seven. The rules see digits: number words become digits first where
 * numberWords.ts has them ("halv åtta" is read as "halv 8"); a form is listed only
 * where it names the clock, so a length ("7 óra" can also be seven hours) is decided before,
 * by the skill and `clockOrLength`.
 *
 * Per language, regex sources (lower case, after `clean`):
 * - `hourAfter`: a word after the hour that names the clock hour ("óra", "giờ", "โมง");
 * - `hourBefore`: a word before it ("ساعت", "jam", "ora", "στις");
 * - `join`: a word between hour and minutes ("و", "lewat", "și", "και");
 * - `minute`: the minute word after the minutes;
 * - `to`: a word between hour and minutes that counts back ("7 giờ kém 15" is 6:45);
 * - `halfAfter`: a word after the hour that adds half an hour ("7 giờ rưỡi" is 7:30);
 * - `halfBefore`/`quarterBefore`/`threeQuartersBefore`: words before an hour that count towards
 *   it ("fél 8" is 7:30, "negyed 8" 7:15, "háromnegyed 8" 7:45, "setengah 8" 7:30);
 * - `past`/`toHour`: a word between minutes said first and the hour ("10 över 7" is 7:10,
 *   "10 i 8" 7:50, "10 yli 7", "10 voor 8");
 * - `joinBare`: hour, `join` and two-digit minutes read a clock with no clock word ("sju och
 *   trettio", "gjashtë e tridhjetë": how MASSIVE's Swedish and Albanian say 7:30, 6:30);
 * - `quarter`: a word for fifteen minutes wherever minutes are said ("kvart över 7", "kvart i 8",
 *   "7 και τέταρτο", "8 παρά τέταρτο"); matched after number words became digits, so "un
 *   sfert" is "1 sfert".
 * Scripts written without spaces (Thai, Khmer) match with or without them.
 */
import { UNSPACED_WITHOUT_PACK } from './index.ts';

type Reader = (m: RegExpExecArray) => readonly [number, number];
export type ClockRule = readonly [RegExp, Reader];

interface ClockForms {
  hourAfter?: string;
  hourBefore?: string;
  join?: string;
  minute?: string;
  to?: string;
  halfAfter?: string;
  halfBefore?: string;
  quarterBefore?: string;
  threeQuartersBefore?: string;
  past?: string;
  toHour?: string;
  quarter?: string;
  /** A word for thirty minutes where minutes are said first ("hanner awr wedi 7"). */
  half?: string;
  /** A word after the hour that adds a quarter ("pukul 7 suku" is 7:15). */
  quarterAfter?: string;
  /** Minutes before the hour said after it and its minutes (Azerbaijani "7-yə 15 dəqiqə qalmış", fifteen minutes left to seven: 6:45). */
  toAfter?: string;
  /** The half of the hour said after it (Azerbaijani "doqquzun yarısı", the half of nine: 8:30). */
  halfOf?: string;
  /** A marker after an hour whose minutes count into it (Georgian "7 ის 15 წუთზე", of the seventh: 6:15; tensAndScores.ts). */
  hourOf?: string;
  /** A word after the hour that adds three quarters (Tamil "ஆறே முக்கால்", read "6 முக்கால்", is 6:45). */
  threeQuartersAfter?: string;
  /** Words before an hour that add to it (Bengali and Urdu): "সাড়ে 5" is 5:30, "سوا 7" 7:15. */
  plusHalf?: string;
  plusQuarter?: string;
  joinBare?: boolean;
  /**
   * The hour word that says a whole hour alone, where `hourAfter` also counts things: Bengali
   * "টা" is the clock ("৭টা") and the article ("একটা অ্যালার্ম", an alarm), "টায়" only the clock.
   */
  hourAlone?: string;
}

/** Letters and combining marks: endings, and the vowel signs of Indic scripts. */
const END = '[\\p{L}\\p{M}]*';

const FORMS: Readonly<Record<string, ClockForms>> = {
  // Amharic "ስድስት ተኩል" is half past six; "8 ሰዓት 45" is read by the hour word.
  // "አንድ ሰዓት ከሩብ" (one o'clock and a quarter; Ethiopian time, ethiopianClock.ts).
  am: { hourAfter: `ሰዓት${END}|ሰአት${END}`, halfAfter: 'ተኩል', quarterAfter: '(?:ሰዓት|ሰአት) ከሩብ' },
  // Afrikaans "half agt" is half past seven, "kwart oor sewe" 7:15, "tien voor agt" 7:50.
  af: { hourAfter: 'uur', minute: 'minute', halfBefore: 'half', past: 'oor', toHour: 'voor', quarter: 'kwart' },
  // Azerbaijani "altı yarımda" is half past six.
  az: { hourBefore: 'saat', hourAfter: `saat${END}`, minute: `dəqiq${END}`, halfAfter: `yarım${END}`, toAfter: 'qalmış|qalmis', halfOf: `yarısı${END}` },
  // Bengali and Urdu: "সাড়ে পাঁচটা" is half past five, "সোয়া" a quarter past, "পৌনে" a quarter to.
  bn: { hourAfter: `টা${END}|বাজে`, hourAlone: `টা(?:য়|য়|র)|বাজে`, minute: `মিনিট${END}`, plusHalf: 'সাড়ে', plusQuarter: 'সোয়া|সওয়া', threeQuartersBefore: 'পৌনে' },
  // Catalan counts quarters towards the hour: "un quart de vuit" 7:15, "dos quarts de vuit" 7:30, "tres quarts de vuit" 7:45.
  ca: {
    hourBefore: 'les',
    join: 'i',
    minute: 'minuts?',
    halfAfter: 'i mitja',
    quarterBefore: "1 quart de|quart de",
    halfBefore: '2 quarts de',
    threeQuartersBefore: '3 quarts de',
  },
  // Danish, Norwegian and Swedish: "halv otte" is half past seven; "kvart over 7", "kvart i 8".
  da: { hourBefore: 'klokken|kl', join: 'og', joinBare: true, halfBefore: 'halv', past: 'over', toHour: 'i|på', quarter: 'kvart', minute: `minut${END}` },
  el: { hourBefore: 'στις', join: 'και', minute: `λεπτ${END}`, to: 'παρά|παρα', halfAfter: 'και μισή|και μιση', quarter: 'τέταρτο|τεταρτο' },
  fa: { hourBefore: 'ساعت', join: 'و', minute: `دقیقه${END}`, halfAfter: 'و نیم', quarter: '1 ربع|ربع', toHour: 'به' },
  // Finnish "puoli kahdeksan" is half past seven; "varttia yli 7" 7:15, "10 vaille 8" 7:50.
  fi: { hourBefore: 'kello|klo', halfBefore: 'puoli', past: 'yli', toHour: 'vaille|vailla', quarter: 'vartti|varttia', minute: `minuut${END}` },
  // "fél 8" is half past seven, "negyed 8" a quarter past, "háromnegyed 8" a quarter to eight.
  hu: {
    hourAfter: `óra${END}`,
    minute: `perc${END}`,
    halfBefore: 'fél',
    quarterBefore: 'negyed',
    threeQuartersBefore: 'háromnegyed',
  },
  // Indonesian "setengah 8" is half past seven; "kurang" counts back.
  // "jam enam lewat seperempat" (a quarter past six).
  id: { hourBefore: 'jam|pukul', join: 'lewat|lebih', minute: 'menit', to: 'kurang', halfBefore: 'setengah', quarter: 'seperempat' },
  // "lima seprapat" is a quarter past five, "papat kurang seprapat" a quarter to four.
  jv: { hourBefore: 'jam', join: 'luwih|lewat', minute: 'menit', to: 'kurang', halfBefore: 'setengah', quarter: 'seprapat|seperempat', quarterAfter: 'seprapat|seperempat' },
  is: { hourBefore: 'klukkan|kl', halfBefore: 'hálf', past: 'yfir', toHour: 'í', quarter: 'korter', minute: `mínút${END}` },
  // Welsh "hanner awr wedi 7" is half past seven, "chwarter i 8" a quarter to eight.
  cy: { hourAfter: "o'r gloch", hourBefore: 'am', past: 'wedi', toHour: 'i', quarter: 'chwarter', half: 'hanner awr|hanner', minute: 'munud' },
  hy: { hourBefore: 'ժամը', join: 'անց', joinBare: true, halfAfter: `անց կես${END}`, minute: `րոպե${END}` },
  he: { hourBefore: 'בשעה|השעה|שעה', join: 'ו', minute: 'דקות', halfAfter: 'וחצי|ו חצי', quarter: 'רבע', past: 'אחרי', threeQuartersBefore: '[ב]?רבע ל|[ב]?רבע' },
  // Georgian "ნახევარ რვაზე" (half to eight) is 7:30.
  ka: { hourAfter: `საათ${END}`, join: 'და', minute: `წუთ${END}`, halfBefore: 'ნახევარ', hourOf: 'ის' },
  km: { hourBefore: 'ម៉ោង', join: 'និង', minute: 'នាទី', halfAfter: 'កន្លះ' },
  // Burmese "ခုနစ်နာရီခွဲ" is half past seven.
  my: { hourAfter: 'နာရီ', minute: 'မိနစ်', halfAfter: 'ခွဲ' },
  // Kannada "ಏಳೂವರೆ" and Malayalam "ഏഴര" (half past seven) reach the rules as "7 ಅರ್ಧ", "7 അര" (numberWords.ts).
  // Malayalam "മണിക്കൂർ" (hours) begins with the clock word "മണി".
  // "ಏಳು ಮುಕ್ಕಾಲಿಗೆ" (at seven and three quarters) is 7:45, "ಏಳು ಕಾಲು" 7:15.
  kn: { hourAfter: `ಗಂಟೆ${END}`, minute: `ನಿಮಿಷ${END}`, halfAfter: `ಅರ್ಧ${END}`, threeQuartersAfter: `ಮುಕ್ಕಾಲ${END}`, quarterAfter: `ಕಾಲು${END}|ಕಾಲಿಗೆ` },
  ml: { hourAfter: `മണി(?!ക്കൂ)${END}`, minute: `മിനിറ്റ${END}`, halfAfter: `അര${END}`, threeQuartersAfter: 'മുക്കാൽ', quarterAfter: 'കാൽ' },
  // Mongolian "долоо хагаст" is half past seven.
  mn: { hourAfter: `цаг${END}`, minute: `минут${END}`, halfAfter: `хагас${END}` },
  // Malay says the half after the hour ("pukul 7 setengah"); Indonesian before the next one.
  ms: { hourBefore: 'jam|pukul', join: 'lewat|lebih', minute: 'minit', to: 'kurang', quarter: 'suku', halfAfter: 'setengah|setengah jam', quarterAfter: 'suku' },
  // Latvian "pusdeviņos" (read "pus 9") is half past eight; "ceturksni pāri 7" a quarter past seven.
  // "bez ceturkšņa septiņos" (a quarter to seven) is 6:45.
  lv: { hourBefore: 'pulksten|plkst', halfBefore: 'pus', past: 'pāri', quarter: 'ceturksni|ceturksnis', threeQuartersBefore: 'bez ceturkšņa', minute: `minūt${END}` },
  nb: { hourBefore: 'klokka|klokken|kl', join: 'og', joinBare: true, halfBefore: 'halv', past: 'over', toHour: 'på|i', quarter: 'kvart', minute: `minutt${END}` },
  ro: {
    hourBefore: 'ora|la',
    join: 'și|si',
    joinBare: true,
    minute: `(?:de )?minut${END}`,
    to: 'fără|fara',
    halfAfter: 'și jumătate|si jumatate|și jumate|si jumate|jumătate|jumate',
    quarter: '1 sfert|sfert',
  },
  // Slovene counts towards the hour: "četrt na osem" is 7:15, "pol osmih" 7:30, "tri četrt na osem" 7:45.
  sl: { hourBefore: 'ob', join: 'in', minute: `minut${END}`, halfBefore: 'pol', quarterBefore: 'četrt na', threeQuartersBefore: '3 četrt na' },
  sq: {
    hourBefore: 'ora|në orën',
    join: 'e|dhe',
    joinBare: true,
    minute: `minut${END}`,
    to: 'pa',
    halfAfter: 'e gjysmë|e gjysme|e gjysëm|e gjysem',
    quarter: '1 çerek|çerek',
  },
  sv: { hourBefore: 'klockan|kl', join: 'och', joinBare: true, halfBefore: 'halv', past: 'över|over', toHour: 'i', quarter: 'kvart', minute: `minut${END}` },
  // Tamil "ஏழரை" and Telugu "ఐదున్నర" reach the rules as "7 அரை", "5 అర" (numberWords.ts).
  // Also with a case ending: "ஆறே காலுக்கு" (at a quarter past six).
  ta: { hourAfter: `மணி${END}`, minute: `நிமிட${END}`, halfAfter: `அரை${END}`, threeQuartersAfter: `முக்கால்|முக்காலு${END}`, quarterAfter: `கால்|காலு${END}` },
  // Telugu "ఆరుంపావు" (a quarter past six, glued; read "6 పావు") and "ముప్పావు" (three quarters).
  te: { hourAfter: `గంట${END}`, minute: `నిమిష${END}`, halfAfter: `అర${END}`, threeQuartersAfter: `ముప్పావు${END}`, quarterAfter: `పావు${END}` },
  // Tagalog tells the clock in Spanish numbers: "alas siyete y medya" is half past seven.
  // "ala una" (one o'clock) takes "ala", the other hours "alas".
  // "kinse para alas tres" (a quarter to three) counts the minutes back from the hour.
  tl: { hourBefore: 'alas|ala', halfAfter: 'y medya|i medya|medya', toHour: 'para alas|para ala|para' },
  th: { hourAfter: 'โมง(?:เช้า|เย็น)?|นาฬิกา', minute: 'นาที', halfAfter: 'ครึ่ง' },
  ur: { hourAfter: `بج${END}(?: کر)?`, minute: `منٹ${END}`, plusHalf: 'ساڑھے|ساڑے', plusQuarter: 'سوا', threeQuartersBefore: 'پونے' },
  vi: { hourAfter: 'giờ', minute: 'phút', to: 'kém', halfAfter: 'rưỡi' },
};

const NUM = '(\\d{1,2})';
const START = '(?<![\\d\\p{L}\\p{M}])';
const STOP = '(?![\\d\\p{L}\\p{M}])';
const S = ' ?';

/** The hour before a count towards it: "fél 8" is 7:30, "fél 1" 12:30. */
const hourBefore = (h: number) => (h === 1 ? 12 : h === 0 ? 23 : h - 1);

/** A language's rules; `named`: those that say the clock with a word (all but hour-join-minutes). */
function rules(f: ClockForms, unspaced: boolean): { all: ClockRule[]; named: RegExp[] } {
  // Unspaced scripts run the words on ("នៅម៉ោង 6 ល្ងាច", "ម៉ោង 7 កន្លះព្រឹក"): no word edges there.
  const start = unspaced ? '' : START;
  const stop = unspaced ? '' : STOP;
  const out: ClockRule[] = [];
  const named: RegExp[] = [];
  const add = (source: string, read: Reader, clockWord = true) => {
    const re = new RegExp(source, 'u');
    out.push([re, read]);
    if (clockWord) named.push(re);
  };
  const hm: Reader = (m) => [Number(m[1]), Number(m[2])];
  // The hour, then a quarter: "7 και τέταρτο", "7 și 1 sfert"; "8 παρά τέταρτο" counts back. First:
  // "7 fără 1 sfert" must not be read as 7 minus 1 minute.
  if (f.quarter && f.join) add(`${start}${NUM}${S}(?:${f.join})${S}(?:${f.quarter})${stop}`, (m) => [Number(m[1]), 15]);
  if (f.quarter && f.to) add(`${start}${NUM}${S}(?:${f.to})${S}(?:${f.quarter})${stop}`, (m) => [hourBefore(Number(m[1])), 45]);
  const join = f.join ? `(?:${S}(?:${f.join}))?` : '';
  const min = f.minute ? `(?:${S}(?:${f.minute}))?` : '';
  if (f.hourAfter) {
    const hour = `${start}${NUM}${S}(?:${f.hourAfter})`;
    if (f.to) add(`${hour}${S}(?:${f.to})${S}${NUM}${stop}`, (m) => [hourBefore(Number(m[1])), 60 - Number(m[2])]);
    if (f.halfAfter) add(`${hour}${S}(?:${f.halfAfter})${stop}`, (m) => [Number(m[1]), 30]);
    // Minutes after the hour word: two digits, or any with the minute word. A lone digit is not
    // minutes: it is the article "one" read as a number ("সাতটায় একটা অ্যালার্ম", "ஏழு மணிக்கு ஒரு
    // அலாரம்", at seven an alarm, were 7:01).
    add(`${hour}${join}${S}(\\d{2})(?!\\d)${min}`, hm);
    if (f.minute) add(`${hour}${join}${S}(\\d)${S}(?:${f.minute})`, hm);
  }
  if (f.hourBefore) {
    const hour = `${start}(?:${f.hourBefore})${S}${NUM}`;
    if (f.to) add(`${hour}${S}(?:${f.to})${S}${NUM}${stop}`, (m) => [hourBefore(Number(m[1])), 60 - Number(m[2])]);
    if (f.halfAfter) add(`${hour}${S}(?:${f.halfAfter})${stop}`, (m) => [Number(m[1]), 30]);
    if (f.join) add(`${hour}${S}(?:${f.join})${S}${NUM}(?!\\d)`, hm);
  }
  // Hour, join, minutes and the minute word, with no hour word: "7 و 30 دقیقه", "7 και 30 λεπτά".
  // "8 و 15 دقیقه" may also be a length said loosely: it reads a clock, but does not decide one.
  if (f.join && f.minute) add(`${start}${NUM}${S}(?:${f.join})${S}${NUM}${S}(?:${f.minute})`, hm, false);
  if (f.join && f.joinBare) add(`${start}${NUM}${S}(?:${f.join})${S}(\\d{2})(?!\\d)`, hm, false);
  if (f.toAfter) add(`${start}${NUM}${S}(\\d{1,2})${min}${S}(?:${f.toAfter})${stop}`, (m) => [hourBefore(Number(m[1])), 60 - Number(m[2])]);
  if (f.halfOf) add(`${start}${NUM}${S}(?:${f.halfOf})${stop}`, (m) => [hourBefore(Number(m[1])), 30]);
  if (f.hourOf) {
    add(`${start}${NUM} (?:${f.hourOf}) (\\d{1,2})${min}`, (m) => [hourBefore(Number(m[1])), Number(m[2])]);
    if (f.halfBefore) add(`${start}${NUM} (?:${f.hourOf}) (?:${f.halfBefore})`, (m) => [hourBefore(Number(m[1])), 30]);
  }
  // Danish and Norwegian count from the half: "fem over halv syv" is 6:35, "fem i halv syv" 6:25.
  if (f.halfBefore && f.past) add(`${start}${NUM}${min}${S}(?:${f.past})${S}(?:${f.halfBefore})${S}${NUM}${stop}`, (m) => [hourBefore(Number(m[2])), 30 + Number(m[1])]);
  if (f.halfBefore && f.toHour) add(`${start}${NUM}${min}${S}(?:${f.toHour})${S}(?:${f.halfBefore})${S}${NUM}${stop}`, (m) => [hourBefore(Number(m[2])), 30 - Number(m[1])]);
  // Minutes first, then the hour: "10 över 7", "kvart i 8".
  const alts = [NUM, ...(f.quarter ? [`(${f.quarter})`] : []), ...(f.half ? [`(${f.half})`] : [])];
  const said = `(?:${alts.join('|')})`;
  // Group 1: minutes in digits; group 2: the quarter word (or the half, where there is no quarter word).
  const minutes = (m: RegExpExecArray) => (m[1] !== undefined ? Number(m[1]) : m[2] !== undefined && f.quarter ? 15 : 30);
  const hourAt = (m: RegExpExecArray) => Number(m[m.length - 1]);
  if (f.past) add(`${start}${said}${min}${S}(?:${f.past})${S}${NUM}${stop}`, (m) => [hourAt(m), minutes(m)]);
  if (f.toHour) add(`${start}${said}${min}${S}(?:${f.toHour})${S}${NUM}${stop}`, (m) => [hourBefore(hourAt(m)), 60 - minutes(m)]);
  if (f.threeQuartersAfter) add(`${start}${NUM}${S}(?:${f.threeQuartersAfter})${stop}`, (m) => [Number(m[1]), 45]);
  if (f.quarterAfter) add(`${start}${NUM}${S}(?:${f.quarterAfter})${stop}`, (m) => [Number(m[1]), 15]);
  // The hour and its half with no clock word ("7 και μισή"): may be a length, so it does not decide one.
  if (f.halfAfter) add(`${start}${NUM}${S}(?:${f.halfAfter})${stop}`, (m) => [Number(m[1]), 30], false);
  const towards = (word: string | undefined, m: number) => {
    if (word) add(`${start}(?:${word})${S}${NUM}${stop}`, (x) => [hourBefore(Number(x[1])), m]);
  };
  // The longer word first: "háromnegyed 8" must not be read as "negyed 8".
  towards(f.threeQuartersBefore, 45);
  if (f.plusHalf) add(`${start}(?:${f.plusHalf})${S}${NUM}${stop}`, (x) => [Number(x[1]), 30]);
  if (f.plusQuarter) add(`${start}(?:${f.plusQuarter})${S}${NUM}${stop}`, (x) => [Number(x[1]), 15]);
  towards(f.halfBefore, 30);
  towards(f.quarterBefore, 15);
  // Last, the hour word alone ("หกโมงเช้า", "ஏழு மணிக்கு", "jam 7"): a whole hour, not a bare
  // number, so the alarm takes it with no time slot (Thai slots are whole unspaced chunks). A
  // number after "jam 6" is its minutes ("alas 6 15"). It reads a clock but does not decide one:
  // "7 óra" may be seven hours.
  const alone = f.hourAlone ?? f.hourAfter;
  // Not the minutes of "6 30 மணிக்கு" (six thirty o'clock), read by the hour-minutes fallback.
  if (alone) add(`${start}(?<!\\d )${NUM}${S}(?:${alone})`, (m) => [Number(m[1]), 0], false);
  if (f.hourBefore) add(`${start}(?:${f.hourBefore})${S}${NUM}(?! ?\\d)`, (m) => [Number(m[1]), 0], false);
  return { all: out, named };
}

/**
 * Clocks the forms above cannot say. Bengali and Urdu name half past one and two with words of their own. Thai counts the evening in "ทุ่ม" from 7 pm ("สองทุ่ม" is
 * 20:00) and the small hours in "ตี" ("ตีห้า" is 5:00); "ครึ่ง" after either adds half an hour.
 */
const OWN_CLOCKS: Readonly<Record<string, readonly ClockRule[]>> = {
  // Bengali "দেড়টা" (one and a half, 1:30) and "আড়াইটা" (2:30); "ড়" written whole or as "ড" with its dot.
  bn: [
    [/(?<![\p{L}\p{M}])দে(?:ড়|ড়)টা/u, () => [1, 30]],
    [/(?<![\p{L}\p{M}])আ(?:ড়|ড়)াইটা/u, () => [2, 30]],
  ],
  // Urdu the same: "ڈیڑھ بجے" (1:30), "ڈھائی بجے" (2:30).
  ur: [
    [/(?<![\p{L}\p{M}])ڈیڑھ بج/u, () => [1, 30]],
    [/(?<![\p{L}\p{M}])ڈھائی بج/u, () => [2, 30]],
  ],
  th: [
    // "บ่ายโมง" is 1 pm ("บ่ายโมงยี่สิบ", 13:20).
    [/บ่าย ?โมง(?: ?(ครึ่ง)| ?(\d{1,2})(?!\d))?/u, (m) => [13, m[1] ? 30 : m[2] ? Number(m[2]) : 0]],
    [/(?<!\d)(\d{1,2}) ?ทุ่ม( ?ครึ่ง)?/u, (m) => [18 + Number(m[1]), m[2] ? 30 : 0]],
    // The hour, then its half or minutes, with the next word run on: "เจ็ดโมงครึ่งตอนเช้า", "แปดโมงสี่สิบห้า".
    [/(?<!\d)(\d{1,2}) ?โมง(?:เช้า|เย็น)? ?(?:ครึ่ง|(\d{1,2})(?!\d))/u, (m) => [Number(m[1]), m[2] ? Number(m[2]) : 30]],
    // "ตีห้าสี่สิบห้านาที" (5:45 in the small hours).
    [/ตี ?(\d{1,2})(?!\d)(?:( ?ครึ่ง)| ?(\d{1,2}) ?นาที)?/u, (m) => [Number(m[1]), m[2] ? 30 : m[3] ? Number(m[3]) : 0]],
  ],
};

const RULES: Readonly<Record<string, ReturnType<typeof rules>>> = Object.fromEntries(
  Object.entries(FORMS).map(([lang, forms]) => {
    const own = OWN_CLOCKS[lang] ?? [];
    const made = rules(forms, UNSPACED_WITHOUT_PACK.has(lang));
    return [lang, { all: [...own, ...made.all], named: [...own.map(([re]) => re), ...made.named] }];
  }),
);

/** The clock rules of `lang` when it has no pack (none for a language not listed). */
export function clockRulesOnly(lang: string): readonly ClockRule[] {
  return RULES[lang]?.all ?? [];
}

/**
 * Whether the digitized, cleaned `text` says a clock time with one of `lang`'s clock words:
 * "6 giờ 45 phút" is a quarter to seven, though "45 phút" alone is a length.
 */
export function saysClockOnly(text: string, lang: string): boolean {
  return RULES[lang]?.named.some((re) => re.test(text)) ?? false;
}

/** The languages with clock forms here (for tests). */
export const CLOCK_FORM_LANGS: readonly string[] = Object.keys(FORMS);
