/**
 * Parts of the day for MASSIVE's languages that have no pack yet: morning, afternoon and
 * evening, night, midday ("på kvällen", "illalla", "délután", "del vespre", "ba giờ chiều",
 * "ساعت هفت عصر"). Without them "nou del vespre" (nine in the evening) was 9:00 and "jam 8
 * malam" 8:00: the hour was read, its half of the day was not. The time reader
 * (normalize/time.ts) and the alarm-or-timer decision (normalize/clockCues.ts) read these
 * beside the packs' `clock` words, with the same meaning:
 * - `am`: before noon; `pm`: afternoon and evening (1–11 are after noon);
 * - `night`: 6–11 are evening hours, 1–5 early morning ("11 giờ đêm" is 23:00, "2 giờ đêm" 2:00);
 * - `midday`: around noon, 1–6 after it ("jam 2 siang" is 14:00, "jam 11 siang" 11:00).
 * Phrases are whole words, so each inflected form a clock time takes is listed.
 */
import { ethiopianHour } from './ethiopianClock.ts';
import type { ClockWords } from './types.ts';

export type PeriodWords = Pick<ClockWords, 'am' | 'pm' | 'night' | 'midday'> & Partial<Pick<ClockWords, 'noon' | 'midnight'>> & {
  /** Words that hold a period word but are none, taken out before looking (Burmese "မနက်ဖြန်", tomorrow, holds "မနက်", morning). */
  notPeriod?: RegExp;
  /** A clock of the language's own: the 24-hour hour meant by `h` said in `text`, or null (Amharic's Ethiopian time). */
  localHour?: (h: number, text: string) => number | null;
};

/** The phrases of a `|`-separated list. */
const list = (s: string) => s.split('|').filter(Boolean);

const p = (am: string, pm: string, night = '', midday = ''): PeriodWords => {
  return { am: list(am), pm: list(pm), night: list(night), midday: list(midday) };
};

const PERIODS: Readonly<Record<string, PeriodWords>> = {
  af: p('in die oggend|soggens|vanoggend|vm|v. m.|v.m.', 'in die middag|in die aand|vanaand|vanmiddag|smiddags|saans|nm|n. m.|n.m.', 'in die nag|vannag'),
  az: p('səhər|səhərin|səhər saat', 'axşam|bu axşam|axşamüstü', 'gecə|gecənin', 'günorta|günortadan sonra|gündüz'),
  bn: p('সকাল|সকালে|ভোর|ভোরে', 'বিকেল|বিকেলে|সন্ধ্যা|সন্ধ্যায়|সন্ধে', 'রাত|রাতে', 'দুপুর|দুপুরে'),
  am: {
    ...p(
      // "a.m." and "p.m." with their dots, and without them as a recognizer writes them ("አምስት ፒ ኤም").
      'ጠዋት|ጠዋቱ|በጠዋት|ከጠዋቱ|ጥዋት|ከጥዋቱ|ንጋት|ከንጋቱ|ኤ.ኤም.|ኤ. ኤም.|ኤ ኤም|ኤኤም',
      'ከሰዓት|ከሰዓት በኋላ|ከሰዓቱ|ከሰአት|ከቀትር በኋላ|ምሽት|ምሽቱ|በምሽት|ከምሽቱ|ማታ|ፒ.ኤም.|ፒ. ኤም.|ፒ ኤም|ፒኤም',
      'ሌሊት|በሌሊት|ከሌሊቱ',
      'ቀትር|እኩለ ቀን',
    ),
    localHour: ethiopianHour,
  },
  ca: p('del matí|de matí|al matí|del mati|de la matinada', 'de la tarda|a la tarda|del vespre|al vespre|aquest vespre|aquesta tarda', 'de la nit|a la nit|aquesta nit'),
  cy: p('y bore|yn y bore|bore', "y prynhawn|yn y prynhawn|prynhawn|heno|yn yr hwyr|yr hwyr|gyda'r nos|gyda’r nos", 'yn y nos|y nos'),
  da: p('om morgenen|om formiddagen|morgen tidlig|formiddag', 'om eftermiddagen|om aftenen|i aften|eftermiddag|aften', 'om natten|i nat'),
  el: p('το πρωί|πρωί|πρωινό|το πρωι|πρωι|π. μ.|πμ', 'το απόγευμα|απόγευμα|απογευμα|το βράδυ|βράδυ|βραδυ|απόψε|μ. μ.|μμ', 'τη νύχτα|νύχτα|τα ξημερώματα'),
  fa: p('صبح|صبح زود', 'بعد از ظهر|بعدازظهر|عصر', 'شب|امشب|نیمه شب', 'ظهر'),
  fi: p('aamulla|aamupäivällä|aamuna|aamu', 'iltapäivällä|illalla|tänä iltana|iltana|iltapäivä', 'yöllä'),
  he: p('בבוקר|הבוקר', 'אחר הצהריים|אחרי הצהריים|אחה"צ|בערב|הערב', 'בלילה|הלילה', 'בצהריים|צהריים'),
  hu: p('reggel|délelőtt|hajnalban|hajnali|reggeli|d. e.|d.e.', 'délután|este|esti|délutáni|d. u.|d.u.|du.', 'éjjel|éjszaka'),
  hy: p('առավոտյան|առավոտը', 'կեսօրից հետո|երեկոյան', 'գիշերը|գիշերվա', 'ցերեկը'),
  id: p('pagi|pagi hari', 'sore|petang', 'malam|malam hari|nanti malam', 'siang|siang hari'),
  is: p('að morgni|í morgun|um morguninn|fyrir hádegi|f. h.|fh', 'eftir hádegi|e. h.|eh|í kvöld|að kvöldi|síðdegis|um kvöldið', 'í nótt|að nóttu'),
  jv: p('esuk|isuk', 'sore', 'bengi|wengi', 'awan'),
  ka: p('დილის|დილით|დილა', 'საღამოს|საღამო', 'ღამის|ღამით', 'შუადღის|დღის'),
  // Khmer: "ម៉ោងប្រាំព្រឹក" (5 am), "ម៉ោងពីររសៀល" (2 pm), "ម៉ោងប្រាំមួយល្ងាច" (6 pm).
  km: p('ព្រឹក', 'រសៀល|ល្ងាច', 'យប់', 'ថ្ងៃត្រង់'),
  kn: p('ಬೆಳಿಗ್ಗೆ|ಬೆಳಗ್ಗೆ', 'ಸಂಜೆ', 'ರಾತ್ರಿ', 'ಮಧ್ಯಾಹ್ನ'),
  lv: p('no rīta|rīta|priekšpusdienā', 'pēcpusdienā|vakarā|šovakar|pēcpusdienas|vakara', 'naktī|nakts'),
  ml: p('രാവിലെ', 'വൈകുന്നേരം|വൈകിട്ട്', 'രാത്രി', 'ഉച്ചയ്ക്ക്|ഉച്ചക്ക്'),
  mn: p('өглөө|өглөөний', 'үдээс хойш|орой|оройн', 'шөнө|шөнийн', 'өдрийн'),
  ms: p('pagi', 'petang', 'malam', 'tengah hari'),
  // Burmese: "မနက် ခုနစ်နာရီ" (7 am), "ညနေ" (evening), "ည ခုနစ်နာရီ" (7 pm), "နေ့လယ် နှစ်နာရီ" (2 pm),
  // also spelt "နေ့လည်".
  my: { ...p('မနက်', 'ညနေ|နေ့လယ်ခင်း|နေ့လည်ခင်း', 'ည', 'နေ့လယ်|နေ့လည်'), notPeriod: /မနက်ဖြန်/gu },
  nb: p('om morgenen|om formiddagen|i morgen tidlig|morgen tidlig', 'om ettermiddagen|om kvelden|i kveld|ettermiddag|kveld', 'om natta|om natten|i natt'),
  ro: p('dimineața|dimineata|de dimineață|de dimineata|a. m.', 'după-amiaza|după amiaza|după amiază|dupa amiaza|seara|diseară|diseara|p. m.', 'noaptea|la noapte|în noaptea'),
  sl: p('zjutraj|dopoldne', 'popoldne|zvečer|nocoj', 'ponoči'),
  sq: p('e mëngjesit|në mëngjes|paradite|paradreke|të mëngjesit|mëngjesit', 'pasdite|pasdreke|e pasdites|e mbrëmjes|të mbrëmjes|në mbrëmje|mbrëmjes|sonte|të pasdites', 'e natës|natën|të natës'),
  sv: p('på morgonen|på förmiddagen|förmiddag|morgonen|bitti|f. m.|fm', 'på eftermiddagen|på kvällen|i kväll|ikväll|eftermiddag|kvällen|e. m.|em', 'på natten|i natt'),
  ta: p('காலை|காலையில|காலைல', 'மாலை|மாலையில|சாயங்காலம்|சாயந்திரம்', 'இரவு|ராத்திரி', 'மதியம்'),
  te: p('ఉదయం|ఉదయము|పొద్దున|ఏ. ఎం.|ఏ.ఎం.', 'సాయంత్రం|సాయంత్రము|పి. ఎం.|పి.ఎం.', 'రాత్రి', 'మధ్యాహ్నం|మధ్యాహ్నము'),
  // Thai: "หกโมงเช้า" (6 am), "ตีห้า" (5 am), "บ่ายสาม" (3 pm), "ห้าโมงเย็น" (5 pm), "สองทุ่ม" (8 pm).
  th: p('เช้า|ตี', 'บ่าย|เย็น|ทุ่ม', 'กลางคืน|คืน', 'เที่ยง'),
  tl: p('ng umaga|umaga|ng madaling araw', 'ng hapon|hapon', 'ng gabi|gabi', 'ng tanghali|tanghali'),
  ur: p('صبح|صبح کے', 'شام|شام کے|سہ پہر', 'رات|رات کے', 'دوپہر|دوپہر کے'),
  vi: p('sáng|buổi sáng|giờ sáng', 'chiều|buổi chiều|giờ chiều', 'tối|buổi tối|đêm|giờ tối', 'trưa|buổi trưa'),
};

/**
 * Noon and midnight said alone, with no hour ("alarm at midnight", "ob polnoči", "เที่ยงคืน"):
 * 12:00 and 0:00. A midday word that also marks afternoon hours ("jam 2 siang") is noon only
 * where no hour is said; a word that is also "lunch" or "dinner" in the language is left out.
 */
const NOON_MIDNIGHT: Readonly<Record<string, readonly [string, string]>> = {
  af: ['', 'middernag'],
  am: ['እኩለ ቀን|ቀትር', 'እኩለ ሌሊት'],
  az: ['günorta', 'gecə yarısı|gecəyarısı'],
  bn: ['', 'মধ্যরাত|মাঝরাত|মাঝরাতে|মধ্যরাতে'],
  ca: ['migdia|al migdia', 'mitjanit|la mitjanit'],
  cy: ['canol dydd|ganol dydd|hanner dydd', 'hanner nos'],
  el: ['μεσημέρι|μεσημερι', 'μεσάνυχτα|μεσανυχτα'],
  fa: ['ظهر', 'نیمه شب|نصف شب|نیمه‌شب'],
  fi: ['keskipäivä|keskipäivällä', 'keskiyö|keskiyöllä'],
  hu: ['dél|délben', 'éjfél|éjfélkor'],
  hy: ['կեսօր|կեսօրին', 'կեսգիշեր|կեսգիշերին'],
  id: ['tengah hari', 'tengah malam'],
  is: ['hádegi|á hádegi', 'miðnætti|á miðnætti'],
  jv: ['tengah awan', 'tengah wengi|tengah bengi'],
  ka: ['შუადღე|შუადღისას', 'შუაღამე|შუაღამისას'],
  km: ['ថ្ងៃត្រង់', 'ពាក់កណ្តាលអធ្រាត្រ|ពាក់កណ្ដាលអធ្រាត្រ|អធ្រាត្រ'],
  kn: ['', 'ಮಧ್ಯರಾತ್ರಿ'],
  lv: ['pusdienlaikā|pusdienlaiks', 'pusnaktī|pusnakts'],
  ml: ['', 'അർദ്ധരാത്രി|പാതിരാത്രി'],
  mn: ['үд дунд|үдэд', 'шөнө дунд|шөнийн дунд'],
  ms: ['tengah hari', 'tengah malam'],
  my: ['မွန်းတည့်', 'သန်းခေါင်|ညသန်းခေါင်'],
  ro: ['prânz|pranz|la prânz', 'miezul nopții|miezul noptii|miezul nopţii'],
  sl: ['poldne|opoldne', 'polnoč|polnoči|opolnoči'],
  sq: ['mesditë|mesdite', 'mesnatë|mesnate|mesnatën'],
  ta: ['நண்பகல்', 'நள்ளிரவு'],
  te: ['మిట్ట మధ్యాహ్నం', 'అర్ధరాత్రి'],
  // Midnight before noon: "เที่ยงคืน" (midnight) holds "เที่ยง" (noon).
  th: ['เที่ยงวัน|เที่ยง', 'เที่ยงคืน'],
  tl: ['tanghaling tapat', 'hatinggabi|hatinggabi na'],
  ur: ['', 'آدھی رات'],
  vi: ['giữa trưa', 'nửa đêm'],
};

const WITH_NOON: ReadonlyMap<string, PeriodWords> = new Map(
  Object.entries(PERIODS).map(([lang, words]) => {
    const [noon = '', midnight = ''] = NOON_MIDNIGHT[lang] ?? [];
    return [lang, { ...words, noon: list(noon), midnight: list(midnight) }];
  }),
);

/** `lang`'s parts of the day (with noon and midnight) when it has no pack, or undefined. */
export function periodWordsOnly(lang: string): PeriodWords | undefined {
  return WITH_NOON.get(lang);
}

/** The languages with parts of the day here (for tests). */
export const PERIOD_WORD_LANGS: readonly string[] = Object.keys(PERIODS);
