/**
 * Days said in words for MASSIVE's languages that have no pack yet: today, tomorrow, the day
 * after, and the weekdays ("i morgon", "huomenna", "pénteken", "thứ sáu", "فردا", "ביום שלישי").
 * Without them an alarm "tomorrow at six" or an event "on Friday at 3 pm" in these languages
 * got the question "what does 'fredag' mean?" and nothing was set (the seventh held-out set:
 * 0 of 10 events). `parseDate` and `namedDay` (normalize/date.ts) read these tables with the
 * packs' algorithm (`DateWords`):
 * - `relative` phrases are whole words; a trailing `*` takes any ending ("holnap*": holnapra);
 * - weekdays match at a word start, so a stem finds its case forms ("torstai" in "torstaina",
 *   "péntek" in "pénteken"); an entry is a regex source, so Azerbaijani "bazar" (Sunday) is
 *   kept from "bazar ertəsi" (Monday) by a lookahead; `wholeWords` where stems would collide.
 * Month names (`MONTHS`) are given where they are safe to read. Persian and Amharic have none on
 * purpose: their everyday calendars are the Solar Hijri and the Ethiopian one ("دهم فروردین",
 * "መስከረም አንድ"), which need a calendar conversion, not names; Vietnamese numbers its months
 * ("tháng ba") and has none yet either. A dated event there still asks.
 */
import type { DateWords } from './types.ts';

const NEVER = /(?!)/u;

const days = (relative: Readonly<Record<string, number>>, weekdays: readonly string[], extra: Partial<DateWords> = {}): DateWords => ({
  relative,
  weekdays,
  months: [],
  // No day of the month said alone: "om 2 dagar" (in two days) is not the 2nd.
  dayOfMonth: NEVER,
  oneNumberWithMonth: true,
  ...extra,
});

/**
 * Month names (stems where they inflect), January first; `|` splits an entry into spellings,
 * so no entry holds a `|` of its own inside a group. A named month decides the date before
 * any weekday does: Romanian "martie" (March) begins like "marți" (Tuesday), Greek "πέμπτη"
 * (Thursday) is also "fifth" ("πέμπτη μαΐου", the fifth of May). A month without a day read
 * in digits or number words leaves the date unread, as before. Welsh "mawrth" and "mai" are
 * also Tuesday and "that": months there only after "fis" (month).
 */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  af: ['januarie', 'februarie', 'maart', 'april', 'mei(?!\\p{L})', 'junie', 'julie', 'augustus', 'september', 'oktober', 'november', 'desember'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may(?!\\p{L})', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  bn: ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে(?![\\p{L}\\p{M}])', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
  ca: ['gener', 'febrer', 'març|marc(?!\\p{L})', "abril|d'abril", 'maig', 'juny', 'juliol', "agost|d'agost", 'setembre', "octubre|d'octubre", 'novembre', 'desembre'],
  cy: ['ionawr', 'chwefror', '(?<=fis )mawrth', 'ebrill', '(?<=fis )mai', 'mehefin', 'gorffennaf', 'awst', '(?<=fis )medi', 'hydref', 'tachwedd', 'rhagfyr'],
  da: ['januar', 'februar', 'marts', 'april', 'maj(?!\\p{L})', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  el: ['ιανουάρ|ιανουαρ', 'φεβρουάρ|φεβρουαρ', 'μάρτ|μαρτ', 'απρίλ|απριλ', 'μαΐ|μάι|μαι(?!\\p{L})|μάη|μαη', 'ιούν|ιουν', 'ιούλ|ιουλ', 'αύγουστ|αυγουστ', 'σεπτέμβρ|σεπτεμβρ', 'οκτώβρ|οκτωβρ', 'νοέμβρ|νοεμβρ', 'δεκέμβρ|δεκεμβρ'],
  fi: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
  he: ['ינואר|בינואר|לינואר', 'פברואר|בפברואר|לפברואר', 'מרץ|במרץ|למרץ|מרס|במרס', 'אפריל|באפריל|לאפריל', 'מאי|במאי|למאי', 'יוני|ביוני|ליוני', 'יולי|ביולי|ליולי', 'אוגוסט|באוגוסט|לאוגוסט', 'ספטמבר|בספטמבר|לספטמבר', 'אוקטובר|באוקטובר|לאוקטובר', 'נובמבר|בנובמבר|לנובמבר', 'דצמבר|בדצמבר|לדצמבר'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  id: ['januari', 'februari', 'maret', 'april', 'mei(?!\\p{L})', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  is: ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'],
  ka: ['იანვ', 'თებერვ', 'მარტ', 'აპრილ', 'მაის', 'ივნის', 'ივლის', 'აგვისტ', 'სექტემბ', 'ოქტომბ', 'ნოემბ', 'დეკემბ'],
  lv: ['janvār', 'februār', 'mart', 'aprīl', 'maij', 'jūnij', 'jūlij', 'august', 'septembr', 'oktobr', 'novembr', 'decembr'],
  ms: ['januari', 'februari', 'mac(?!\\p{L})', 'april', 'mei(?!\\p{L})', 'jun(?!\\p{L})', 'julai', 'ogos', 'september', 'oktober', 'november', 'disember'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai(?!\\p{L})', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai(?!\\p{L})', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  sl: ['januar', 'februar', 'marec|marca', 'april', 'maj(?!\\p{L})|maja', 'junij', 'julij', 'avgust', 'september|septembra', 'oktober|oktobra', 'november|novembra', 'december|decembra'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj(?!\\p{L})', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor|nentor', 'dhjetor'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj(?!\\p{L})', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  tl: ['enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre', 'disyembre'],
  ur: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  jv: ['januari', 'februari|pebruari', 'maret', 'april', 'mei(?!\\p{L})', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november|nopember', 'desember'],
  // Armenian months take the genitive and dative of a date ("մարտի երեքին", on 3 March);
  // "մարտ" is also a battle ("մարտական"): its case forms only.
  hy: ['հունվար', 'փետրվար', 'մարտ(?![\\p{L}\\p{M}])|մարտի(?![\\p{L}\\p{M}])|մարտին|մարտից', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'],
  // Mongolian months are ordinals: "гуравдугаар сар" (third month), "сарын" with a day. November
  // and December hold January's and February's words after "арван" (ten): those two are read
  // only alone, and `withMonth` joins "арван" to them so the ten is not read as a number.
  mn: [
    '(?<!арван )нэгдүгээр сар', '(?<!арван )хоёрдугаар сар', 'гуравдугаар сар', 'дөрөвдүгээр сар', 'тавдугаар сар', 'зургадугаар сар',
    'долдугаар сар', 'наймдугаар сар', 'есдүгээр сар', 'аравдугаар сар', 'арван ?нэгдүгээр сар', 'арван ?хоёрдугаар сар',
  ],
  // Stems, for the case forms ("மார்ச்சில்", in March). "மே" (May) begins "மேல்" (above), "మేము"
  // (we), "ಮೇಲೆ" (on): alone only. Telugu "మార్చి" is also "having changed": not before a helper verb.
  ta: ['ஜனவரி', 'பிப்ரவரி|பெப்ரவரி', 'மார்ச', 'ஏப்ரல', 'மே(?![\\p{L}\\p{M}])', 'ஜூன்|ஜுன்|ஜூனில', 'ஜூலை|ஜுலை', 'ஆகஸ்ட', 'செப்டம்பர|செப்டெம்பர', 'அக்டோபர|ஒக்டோபர', 'நவம்பர|நொவம்பர', 'டிசம்பர|டிசெம்பர'],
  te: ['జనవరి', 'ఫిబ్రవరి|ఫెబ్రవరి', 'మార్చి(?! ?పెట్ట)(?! ?వేయ)(?! ?చెప్ప)', 'ఏప్రిల', 'మే(?![\\p{L}\\p{M}])', 'జూన్', 'జూలై|జులై', 'ఆగస్ట|ఆగష్ట', 'సెప్టెంబర', 'అక్టోబర', 'నవంబర', 'డిసెంబర'],
  kn: ['ಜನವರಿ', 'ಫೆಬ್ರವರಿ|ಫೆಬ್ರುವರಿ', 'ಮಾರ್ಚ', 'ಏಪ್ರಿಲ', 'ಮೇ(?![\\p{L}\\p{M}])', 'ಜೂನ್', 'ಜುಲೈ|ಜೂಲೈ', 'ಆಗಸ್ಟ|ಆಗಷ್ಟ', 'ಸೆಪ್ಟೆಂಬರ', 'ಅಕ್ಟೋಬರ', 'ನವೆಂಬರ', 'ಡಿಸೆಂಬರ'],
  // Malayalam ends "ഏപ്രിൽ" with an atomic chillu or, older, with virama and ZWJ ("ഏപ്രില്‍"): the
  // stems before it find both. "മേയ്"/"മെയ്" (May) are also "graze" and "body": alone only.
  ml: [
    'ജനുവരി', 'ഫെബ്രുവരി', 'മാർച്ച|മാര്‍ച്ച|മാര്ച്ച', 'ഏപ്രിൽ|ഏപ്രില', 'മേയ്(?![\\p{L}\\p{M}])|മെയ്(?![\\p{L}\\p{M}])|മേയിൽ|മെയിൽ', 'ജൂൺ|ജൂണ',
    'ജൂലൈ', 'ഓഗസ്റ്റ|ആഗസ്റ്റ|ഓഗസ്ത|ആഗസ്ത', 'സെപ്റ്റംബ|സെപ്തംബ', 'ഒക്ടോബ', 'നവംബ', 'ഡിസംബ',
  ],
  // Unspaced scripts: plain substrings, no regex. Thai short forms keep their dots ("มี.ค.").
  th: [
    'มกราคม|ม.ค.', 'กุมภาพันธ์|ก.พ.', 'มีนาคม|มี.ค.', 'เมษายน|เม.ย.', 'พฤษภาคม|พ.ค.', 'มิถุนายน|มิ.ย.',
    'กรกฎาคม|ก.ค.', 'สิงหาคม|ส.ค.', 'กันยายน|ก.ย.', 'ตุลาคม|ต.ค.', 'พฤศจิกายน|พ.ย.', 'ธันวาคม|ธ.ค.',
  ],
  // Khmer "កញ្ញា" is also "miss", "តុលា" scales ("តុលាការ", a court), "ធ្នូ" a bow, "វិច្ឆិកា" a
  // scorpion: those only after "ខែ" (month), as a date says them ("ថ្ងៃទី ៣ ខែមីនា").
  km: [
    'មករា', 'កុម្ភ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'ខែកញ្ញា|ខែ កញ្ញា', 'ខែតុលា|ខែ តុលា', 'ខែវិច្ឆិកា|ខែ វិច្ឆិកា', 'ខែធ្នូ|ខែ ធ្នូ',
  ],
  // Burmese "မတ်", "မေ" and "ဇွန်" begin other words ("မေး", ask; "ဇွန်း", a spoon): with "လ" (month).
  my: ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်လ', 'ဧပြီ', 'မေလ', 'ဇွန်လ', 'ဇူလိုင်', 'ဩဂုတ်|သြဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ'],
};

/**
 * Days said in words with a month, as the number table reads them: the ordinal or case ending
 * comes off ("மூன்றாம்" → "மூன்று", 3; "ಹನ್ನೆರಡರಂದು" → "ಹನ್ನೆರಡು", 12; "మూడున" → "మూడు"). Only
 * when a month is named (`withMonth`): a word that loses its ending and is no number stays a word.
 */
const DAY_ENDINGS: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  ta: [[/(^|\s)முதலாம்(?=$|\s)/gu, '$1 1'], [/(^|\s)முதல் தேதி/gu, '$1 1 தேதி'], [/(^|\s)(\S+)ாம்(?=$|\s)/gu, '$1$2ு']],
  te: [[/(^|\s)మొదటి(?=$|\s)/gu, '$1 1'], [/(^|\s)పద(?:వ|ో)(?=$|\s)/gu, '$1పది'], [/(^|\s)(\S+[ుిై])న(?=$|\s)/gu, '$1$2'], [/(^|\s)(\S+)(?:వ|ో)(?=$|\s)/gu, '$1$2ు']],
  kn: [[/(^|\s)ಮೊದಲನೇ(?=$|\s)/gu, '$1 1'], [/(^|\s)(\S+)(?:ರಂದು|ನೇ)(?=$|\s)/gu, '$1$2ು']],
  ml: [[/(^|\s)(\S+)ാം(?=$|\s)/gu, '$1$2്']],
  // "арван хоёрдугаар сар" (December) would read "арван" as ten; the day's genitive and dative ("хоёрны", "наймнд") come off.
  mn: [[/арван (?=(?:нэгдүгээр|хоёрдугаар) сар)/gu, 'арван'], [/(?<=\p{L})(?:ны|ний|нд)(?=$|\s)/gu, '']],
};


const BASE: Readonly<Record<string, DateWords>> = {
  // "oormôreoggend" (the morning after tomorrow), "môreaand" (tomorrow evening): the part of the day glued on.
  af: days({ vandag: 0, vanaand: 0, vannag: 0, môre: 1, more: 1, 'môreoggend': 1, 'môreaand': 1, 'môremiddag': 1, 'oormôre*': 2, 'oormore*': 2 }, [
    'sondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrydag', 'saterdag',
  ], { next: ['volgende', 'aanstaande'] }),
  am: days({ ዛሬ: 0, 'ዛሬ ማታ': 0, ነገ: 1, 'ከነገ ወዲያ': 2 }, ['እሁድ|እሑድ', 'ሰኞ', 'ማክሰኞ', 'ረቡዕ', 'ሐሙስ|ሀሙስ', 'አርብ', 'ቅዳሜ']),
  // "bazar" is Sunday and "bazar ertəsi" Monday; "çərşənbə axşamı" Tuesday and "çərşənbə" Wednesday.
  az: days({ 'bu gün': 0, bugün: 0, 'bu axşam': 0, sabah: 1, 'birisi gün': 2 }, [
    'bazar(?! ertə)', 'bazar ertə', 'çərşənbə axşam', 'çərşənbə(?! axşam)', 'cümə axşam', 'cümə(?! axşam)', 'şənbə',
  ]),
  bn: days({ আজ: 0, 'আজ রাতে': 0, আগামীকাল: 1, কাল: 1, পরশু: 2 }, ['রবিবার|রোববার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার']),
  ca: days({ avui: 0, 'aquesta nit': 0, 'aquest vespre': 0, demà: 1, dema: 1, 'demà passat': 2 }, [
    'diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte',
  ], { next: ['vinent', 'que ve'] }),
  cy: days({ heddiw: 0, heno: 0, yfory: 1, fory: 1, drennydd: 2 }, [
    'dydd sul|ddydd sul', 'dydd llun|ddydd llun', 'dydd mawrth|ddydd mawrth', 'dydd mercher|ddydd mercher', 'dydd iau|ddydd iau', 'dydd gwener|ddydd gwener', 'dydd sadwrn|ddydd sadwrn',
  ]),
  da: days({ 'i dag': 0, idag: 0, 'i aften': 0, 'i nat': 0, 'i morgen': 1, imorgen: 1, 'i overmorgen': 2, overmorgen: 2 }, [
    'søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
  ], { next: ['næste', 'kommende'] }),
  el: days({ σήμερα: 0, σημερα: 0, απόψε: 0, αποψε: 0, αύριο: 1, αυριο: 1, μεθαύριο: 2, μεθαυριο: 2 }, [
    'κυριακ', 'δευτέρ|δευτερ', 'τρίτη|τριτη', 'τετάρτ|τεταρτ', 'πέμπτη|πεμπτη', 'παρασκευ', 'σάββατ|σαββατ',
  ], { next: ['επόμενη', 'επόμενο', 'ερχόμενη', 'ερχόμενο'] }),
  // Persian "سه شنبه" holds "شنبه" (Saturday): the weekdays are tried in order, Saturday last.
  fa: days({ امروز: 0, امشب: 0, فردا: 1, 'پس فردا': 2, 'پس‌فردا': 2 }, [
    'یکشنبه|یک‌شنبه|یک شنبه', 'دوشنبه|دو‌شنبه|دو شنبه', 'سه‌شنبه|سه شنبه|سهشنبه', 'چهارشنبه|چهار‌شنبه|چهار شنبه', 'پنجشنبه|پنج‌شنبه|پنج شنبه', 'جمعه', 'شنبه',
  ], { next: ['بعد', 'آینده'] }),
  fi: days({ tänään: 0, 'tänä iltana': 0, tänäiltana: 0, huomenna: 1, huomisaamuna: 1, 'huomisaamulla': 1, ylihuomenna: 2 }, [
    'sunnuntai', 'maanantai', 'tiistai', 'keskiviik', 'torstai', 'perjantai', 'lauantai',
  ], { next: ['ensi'] }),
  // Hebrew weekdays are ordinals after "יום" (day): "ביום שלישי". Alone, "בשלישי באפריל" is the
  // third of April (MASSIVE dev and train: 40 such dates), so only Saturday stands alone.
  he: days({ היום: 0, הערב: 0, הלילה: 0, מחר: 1, 'מחר בבוקר': 1, מחרתיים: 2 }, [
    // With "ב" (on) or "ל" (for): "ביום חמישי", "ליום חמישי" (whole phrases: `wholeWords`).
    'יום ראשון|ביום ראשון|ליום ראשון', 'יום שני|ביום שני|ליום שני', 'יום שלישי|ביום שלישי|ליום שלישי', 'יום רביעי|ביום רביעי|ליום רביעי', 'יום חמישי|ביום חמישי|ליום חמישי', 'יום שישי|ביום שישי|ליום שישי', 'שבת|בשבת|לשבת|יום שבת|ביום שבת|ליום שבת',
  ], { wholeWords: true, next: ['הבא', 'הבאה'] }),
  // "holnaputánra" (for the day after tomorrow): its endings too, before "holnap*" reads it as tomorrow.
  hu: days({ ma: 0, 'ma este': 0, 'ma reggel': 0, 'holnap*': 1, 'holnapután*': 2 }, [
    'vasárnap', 'hétfő', 'kedd', 'szerd', 'csütörtök', 'péntek', 'szombat',
  ], { next: ['jövő'] }),
  // Armenian "շաբաթ" is Saturday and a week: Saturday only as "շաբաթ օրը".
  hy: days({ այսօր: 0, 'այս երեկո': 0, վաղը: 1, վաղ: 1, 'վաղը չէ մյուս օրը': 2 }, ['կիրակի', 'երկուշաբթի', 'երեքշաբթի', 'չորեքշաբթի', 'հինգշաբթի', 'ուրբաթ', 'շաբաթ օր']),
  id: days({ 'hari ini': 0, 'malam ini': 0, 'nanti malam': 0, besok: 1, 'besok pagi': 1, lusa: 2 }, [
    // "minggu" is also a week ("dua minggu", "minggu depan"): Sunday only as "hari minggu" or "ahad".
    'hari minggu|ahad', 'senin', 'selasa', 'rabu', 'kamis', "jumat|jum'at", 'sabtu',
  ], { next: ['depan'] }),
  // "annað kvöld" (tomorrow evening, literally the other evening).
  is: days({ 'í dag': 0, 'í kvöld': 0, 'í nótt': 0, 'á morgun': 1, 'annað kvöld': 1, 'hinn daginn': 2 }, [
    'sunnudag', 'mánudag', 'þriðjudag', 'miðvikudag', 'fimmtudag', 'föstudag', 'laugardag',
  ], { next: ['næsta', 'næstkomandi'] }),
  // Javanese names beside the Indonesian ones ("senen", "slasa"), and the polite "benjing" (tomorrow).
  jv: days({ 'dina iki': 0, 'bengi iki': 0, sesuk: 1, mbesuk: 1, benjing: 1, 'sesuk esuk': 1, 'sesuk emben': 2 }, [
    'dina minggu|ahad', 'senin|senen', 'selasa|slasa', 'rebo', 'kemis', "jemuwah|jumat|jum'at", 'setu|sabtu',
  ]),
  // Georgian "კვირა" is Sunday and a week ("ორ კვირაში", in two weeks): Sunday only as "კვირას" or "კვირა დღეს";
  // "დღეს" after a weekday is "on that day", not today.
  ka: days({ დღეს: 0, ამაღამ: 0, ხვალ: 1, ზეგ: 2 }, ['კვირას|კვირა დღეს', 'ორშაბათ', 'სამშაბათ', 'ოთხშაბათ', 'ხუთშაბათ', 'პარასკევ', 'შაბათ'], {
    notRelative: /(?:კვირა|შაბათ|პარასკევ)\S* დღეს/u,
  }),
  kn: days({ ಇಂದು: 0, ನಾಳೆ: 1, ನಾಡಿದ್ದು: 2 }, ['ಭಾನುವಾರ', 'ಸೋಮವಾರ', 'ಮಂಗಳವಾರ', 'ಬುಧವಾರ', 'ಗುರುವಾರ', 'ಶುಕ್ರವಾರ', 'ಶನಿವಾರ']),
  lv: days({ šodien: 0, šovakar: 0, rīt: 1, rītdien: 1, parīt: 2 }, [
    'svētdien', 'pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien',
  ], { next: ['nākamo', 'nākamajā'] }),
  // The chillu of "തിങ്കൾ" becomes a consonant before "-ാഴ്ച" (day): "തിങ്കളാഴ്ച", Monday.
  ml: days({ ഇന്ന്: 0, നാളെ: 1, മറ്റന്നാൾ: 2 }, ['ഞായർ|ഞായറാഴ്ച', 'തിങ്കൾ|തിങ്കളാഴ്ച', 'ചൊവ്വ', 'ബുധൻ|ബുധനാഴ്ച', 'വ്യാഴ', 'വെള്ളി', 'ശനി']),
  mn: days({ өнөөдөр: 0, 'өнөө орой': 0, маргааш: 1, нөгөөдөр: 2 }, ['ням', 'даваа', 'мягмар', 'лхагва', 'пүрэв', 'баасан', 'бямба']),
  ms: days({ 'hari ini': 0, 'malam ini': 0, esok: 1, besok: 1, 'esok pagi': 1, lusa: 2 }, [
    'ahad|hari minggu', 'isnin', 'selasa', 'rabu', 'khamis', 'jumaat', 'sabtu',
  ], { next: ['depan'] }),
  nb: days({ 'i dag': 0, idag: 0, 'i kveld': 0, 'i natt': 0, 'i morgen': 1, imorgen: 1, 'i overmorgen': 2, overmorgen: 2 }, [
    'søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
  ], { next: ['neste', 'kommende'] }),
  ro: days({ azi: 0, astăzi: 0, astazi: 0, diseară: 0, diseara: 0, mâine: 1, maine: 1, 'mâine dimineață': 1, poimâine: 2, poimaine: 2 }, [
    'duminic', 'luni', 'marți|marti', 'miercuri', 'joi', 'vineri', 'sâmbăt|sambat',
  ], { next: ['viitoare', 'viitor'] }),
  sl: days({ danes: 0, nocoj: 0, drevi: 0, jutri: 1, pojutrišnjem: 2 }, [
    'nedelj', 'ponedeljek', 'torek', 'sred', 'četrtek', 'petek', 'sobot',
  ], { next: ['naslednj', 'prihodnj'] }),
  sq: days({ sot: 0, sonte: 0, nesër: 1, neser: 1, pasnesër: 2, pasneser: 2 }, [
    'e diel|diel', 'e hënë|hënë|e hene', 'e martë|martë|e marte', 'e mërkurë|mërkurë|e merkure', 'e enjte|enjte', 'e premte|premte', 'e shtunë|shtunë|e shtune',
  ], { next: ['tjetër', 'e ardhshme'] }),
  sv: days({ idag: 0, 'i dag': 0, ikväll: 0, 'i kväll': 0, 'i natt': 0, imorgon: 1, 'i morgon': 1, 'imorgon bitti': 1, 'i övermorgon': 2, övermorgon: 2 }, [
    'söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag',
  ], { next: ['nästa', 'kommande'] }),
  // Tamil days take endings ("நாளைக்கு", for tomorrow) and "-கிழமை" ("திங்கட்கிழமை", Monday).
  ta: days({ 'நாளை மறுநாள்': 2, 'இன்று*': 0, 'நாளை*': 1 }, ['ஞாயிற', 'திங்க', 'செவ்வாய', 'புதன', 'வியாழ', 'வெள்ளி', 'சனி']),
  te: days({ ఈరోజు: 0, 'ఈ రోజు': 0, రేపు: 1, ఎల్లుండి: 2 }, ['ఆదివారం', 'సోమవారం', 'మంగళవారం', 'బుధవారం', 'గురువారం', 'శుక్రవారం', 'శనివారం']),
  // Khmer and Burmese are written without spaces too. "អាទិត្យ" alone is also a week: Sunday as "ថ្ងៃអាទិត្យ".
  // A day of the month said alone with its marker: "ថ្ងៃទីដប់ប្រាំ" (the 15th), "ဆယ့်ငါးရက်နေ့", "วันที่ยี่สิบ";
  // Burmese "ရက်" alone is also days (a length), so only "ရက်နေ့" marks the date.
  km: days({ ថ្ងៃនេះ: 0, យប់នេះ: 0, ស្អែក: 1, ខានស្អែក: 2 }, ['ថ្ងៃអាទិត្យ', 'ច័ន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហស្បតិ៍', 'សុក្រ', 'សៅរ៍'], { dayOfMonth: /ថ្ងៃទី ?(\d{1,2})/u }),
  my: days({ ဒီနေ့: 0, ယနေ့: 0, ဒီည: 0, မနက်ဖြန်: 1, နက်ဖြန်: 1, သဘက်ခါ: 2 }, ['တနင်္ဂနွေ', 'တနင်္လာ', 'အင်္ဂါ', 'ဗုဒ္ဓဟူး', 'ကြာသပတေး', 'သောကြာ', 'စနေ'], { dayOfMonth: /(\d{1,2}) ?ရက်နေ့/u }),
  // Thai is written without spaces: the words are found as substrings. "อาทิตย์" alone is also a week.
  th: days({ วันนี้: 0, คืนนี้: 0, พรุ่งนี้: 1, มะรืนนี้: 2, มะรืน: 2 }, [
    'วันอาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัส', 'ศุกร์', 'เสาร์',
  ], { dayOfMonth: /วันที่ ?(\d{1,2})/u }),
  tl: days({ ngayon: 0, 'ngayong araw': 0, 'mamayang gabi': 0, bukas: 1, makalawa: 2, 'sa makalawa': 2 }, [
    // "linggo" is also a week ("susunod na linggo"): Sunday only as "araw ng linggo".
    'araw ng linggo', 'lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado',
  ], { next: ['susunod', 'darating'] }),
  // Urdu "کل" is tomorrow and yesterday; a command is about tomorrow.
  // "ہفتہ" is Saturday and a week: Saturday only with "کو" or "کے دن".
  ur: days({ آج: 0, 'آج رات': 0, کل: 1, پرسوں: 2 }, ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ|جمعے', 'ہفتہ کو|ہفتے کو|ہفتہ کے دن|ہفتے کے دن'], { wholeWords: true }),
  // Vietnamese weekdays are numbered ("thứ sáu", "thứ 6"); whole words, or "thứ hai" would be read in "thứ hai mươi".
  // "mai gọi tôi dậy": "mai" alone is tomorrow in speech.
  vi: days({ 'hôm nay': 0, 'tối nay': 0, 'ngày mai': 1, mai: 1, 'sáng mai': 1, 'chiều mai': 1, 'tối mai': 1, 'ngày mốt': 2, 'ngày kia': 2 }, [
    'chủ nhật|cn', 'thứ hai|thứ 2', 'thứ ba|thứ 3', 'thứ tư|thứ 4', 'thứ năm|thứ 5', 'thứ sáu|thứ 6', 'thứ bảy|thứ 7',
  ], { wholeWords: true, next: ['tới', 'sau'] }),
};

export const DATE_WORDS: Readonly<Record<string, DateWords>> = Object.fromEntries(
  Object.entries(BASE).map(([lang, words]) => [
    lang,
    Object.hasOwn(MONTHS, lang) ? { ...words, months: MONTHS[lang]!, ...(Object.hasOwn(DAY_ENDINGS, lang) ? { withMonth: DAY_ENDINGS[lang]! } : {}) } : words,
  ]),
);

/** `lang`'s day words when it has no pack, or undefined. */
export function dateWordsOnly(lang: string): DateWords | undefined {
  return Object.hasOwn(WITH_NEXT_WEEK, lang) ? WITH_NEXT_WEEK[lang] : undefined;
}

/**
 * "Next week", said with a weekday ("onsdag nästa vecka", "naslednji teden v sredo", "հաջորդ
 * շաբաթվա չորեքշաբթի"): the weekday in the week after this one, not the coming one. Left out
 * where the word for week is also a weekday (Georgian and Thai "Sunday").
 */
const NEXT_WEEK: Readonly<Record<string, readonly string[]>> = {
  af: ['volgende week'], am: ['በሚቀጥለው ሳምንት', 'የሚቀጥለው ሳምንት'], az: ['gələn həftə'], bn: ['আগামী সপ্তাহ', 'পরের সপ্তাহ'],
  ca: ['la setmana que ve', 'setmana vinent'], cy: ['wythnos nesaf', 'wythnos nesa'], da: ['næste uge'], el: ['επόμενη εβδομάδα', 'την άλλη εβδομάδα'],
  fa: ['هفته بعد', 'هفته آینده', 'هفته‌ی بعد'], fi: ['ensi viikon', 'ensi viikolla', 'ensi viikko'], he: ['בשבוע הבא'], hu: ['jövő hét'],
  hy: ['հաջորդ շաբաթ', 'գալիք շաբաթ'], id: ['minggu depan'], is: ['næstu viku'], jv: ['minggu ngarep', 'minggu ngajeng'], km: ['សប្តាហ៍ក្រោយ', 'អាទិត្យក្រោយ'],
  kn: ['ಮುಂದಿನ ವಾರ'], lv: ['nākamnedēļ', 'nākamajā nedēļā', 'nākamās nedēļas'], ml: ['അടുത്ത ആഴ്ച'], mn: ['дараа долоо хоног', 'ирэх долоо хоног'],
  ms: ['minggu depan', 'minggu hadapan'], my: ['နောက်အပတ်'], nb: ['neste uke'], ro: ['săptămâna viitoare', 'saptamana viitoare'],
  sl: ['naslednji teden', 'prihodnji teden'], sq: ['javën e ardhshme', 'javen e ardhshme'], sv: ['nästa vecka'], ta: ['அடுத்த வாரம்', 'அடுத்த வார'],
  te: ['వచ్చే వారం'], tl: ['susunod na linggo'], ur: ['اگلے ہفتے'], vi: ['tuần sau', 'tuần tới'],
};

const WITH_NEXT_WEEK: Readonly<Record<string, DateWords>> = Object.fromEntries(
  Object.entries(DATE_WORDS).map(([lang, words]) => [lang, NEXT_WEEK[lang] ? { ...words, nextWeek: NEXT_WEEK[lang] } : words]),
);

/** The languages with day words here (for tests). */
export const DATE_WORD_LANGS: readonly string[] = Object.keys(DATE_WORDS);
