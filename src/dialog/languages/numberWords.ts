/**
 * Number words for MASSIVE's languages that have no pack yet: "tio minuter", "klockan sju",
 * "kuudelta", "ob sedmih", "douăzeci și cinci de minute", "ساعت هفت", "hai mươi lăm phút".
 * Without them the readers saw no number at all: a timer "på tio minuter" asked what "tio
 * minuter" meant, and "väck mig klockan sju" set no alarm, in every language below, while the
 * same commands with digits worked. `digitize` (normalize/numbers.ts) reads these tables with
 * the packs' algorithm (through numberWordsRead.ts; Thai, Khmer and Burmese through unspacedNumbers.ts), so each
 * language lists only its words:
 * - `units`/`tens`/`hundred`/`joiners`/`extra` as in a pack (`NumberWords`);
 * - `glued` compounds are derived, not listed: tens then unit ("tjugofem", "harmincöt",
 *   "kaksikymmentäviisi"), or unit, joiner, tens ("femogtyve", "vyfentwintig", "petindvajset");
 * - `suffixes` are case endings read off a number word ("hétkor", "yeddidə"), never off a
 *   word shorter than three letters, so "ona" (Azerbaijani "to her") is not "on" (ten).
 * Case forms a clock or a timer takes are listed as spellings (Finnish "kuudelta", at six;
 * Slovene "ob sedmih", at seven; Latvian "septiņos").
 *
 * `notNumber` keeps a number word that is also a common word out where it is that word:
 * Hungarian "hét" (seven, and week) after "egy" or "jövő"; Vietnamese "năm" (five, and year)
 * before "nay" or "sau", and the forms that exist only inside a number ("mốt", "tư", "lăm").
 *
 * Every MASSIVE language without a pack has its row; where a table is not enough, the row
 * adds a hook (Hebrew's glued clitics, Georgian's base twenty, the glued halves of Tamil and
 * Telugu; the unspaced scripts read through unspacedNumbers.ts).
 */
import { gluedHalves } from './gluedHalves.ts';
import { INDIC_NUMBER_WORDS } from './numberWordsIndic.ts';
import { georgian, georgianHourOf, welshTens } from './tensAndScores.ts';
import { unspacedDigitize } from './unspacedNumbers.ts';
import type { TableWords } from './types.ts';

export type { TableWords } from './types.ts';


/** Glues "X mươi", "dua puluh", "lima belas" into one token that the table lists. */
const glue = (heads: string, tails: string) => (t: string) =>
  t.replace(new RegExp(`(?<![\\p{L}\\p{M}])(${heads}) (${tails})(?![\\p{L}\\p{M}])`, 'gu'), '$1$2');

const ID_UNITS = 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan';
const VI_UNITS = 'một|hai|ba|bốn|năm|sáu|bảy|tám|chín';
/** Moves a unit said before its tens after them: "vyf en twintig" → "twintig vyf". */
const unitAndTens = (units: string, join: string, tens: string) => (t: string) =>
  t.replace(new RegExp(`(?<![\\p{L}\\p{M}])(${units}) ${join} (${tens})(?![\\p{L}\\p{M}])`, 'gu'), '$2 $1');

/** Vietnamese forms that stand for a unit only after a ten: "hai mươi mốt" (21), "ba mươi tư" (34), "mười lăm" (15). */
const VI_AFTER_TEN = new Set(['mốt', 'tư', 'lăm', 'nhăm']);
const VI_YEAR = /^(?:nay|ngoái|sau|tới|trước|mới|học|ngoai)$/u;
/** Danish and Norwegian "timer" are hours, but "en timer" is a timer: the article is no count then. */
const timerArticle = (_p: string | undefined, w: string, next: string | undefined) =>
  /^(?:en|et|ett|ei)$/u.test(w) && /^timer/u.test(next ?? '');
const HU_WEEK_BEFORE = /^(?:egy|jövő|múlt|ezen|a|az|két|három|négy|öt|pár|minden|e)$/u;




export const NUMBER_WORDS: Readonly<Record<string, TableWords>> = {
  ...INDIC_NUMBER_WORDS,
  af: {
    units: 'nul een twee drie vier vyf ses sewe agt|ag nege tien elf twaalf dertien veertien vyftien sestien sewentien agttien|agtien negentien',
    tens: 'twintig dertig veertig vyftig sestig sewentig tagtig negentig',
    hundred: 'honderd',
    extra: { duisend: 1000 },
    glued: { unitJoinTens: 'en' },
    // "agtuur" (eight o'clock) glues the hour word to the number.
    suffixes: ['uur'],
    // "vyf-en-twintig" (25) reaches the reader as "vyf en twintig": the unit goes after the tens.
    // "halftien" (half past nine) is "half tien", as the clock reads it.
    reorder: (t) =>
      unitAndTens('een|twee|drie|vier|vyf|ses|sewe|agt|nege', 'en', 'twintig|dertig|veertig|vyftig|sestig|sewentig|tagtig|negentig')(t).replace(
        /(?<![\p{L}\p{M}])half(?=(?:een|twee|drie|vier|vyf|ses|sewe|agt|nege|tien|elf|twaalf)(?![\p{L}\p{M}]))/gu,
        'half ',
      ),
  },
  // Amharic: "አስራ አምስት" is ten and five; the clock words are in lengthUnits.ts and clockWords.ts.
  am: {
    units: 'ዜሮ አንድ ሁለት ሶስት|ሦስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ አስር|አሥር',
    tens: 'ሃያ ሰላሳ|ሠላሳ አርባ ሃምሳ ስልሳ|ስድሳ ሰባ ሰማንያ ዘጠና',
    hundred: 'መቶ',
    extra: { አስራ: 10, አሥራ: 10 },
    // "ለስምንት" (for eight), "በስድስት" (at six), "ከአርባ" (from forty), "የሃያ ደቂቃ" (of twenty minutes).
    clitics: [
      { prefix: 'የ', conj: false },
      { prefix: 'ለ', conj: false },
      { prefix: 'በ', conj: false },
      { prefix: 'ከ', conj: false },
    ],
  },
  az: {
    units: 'sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz on',
    tens: 'iyirmi otuz qırx əlli altmış yetmiş səksən doxsan',
    hundred: 'yüz',
    extra: { min: 1000, üçə: 3, üçdə: 3, üçü: 3, üçündə: 3, üçünə: 3, üçünü: 3, ona: 10, onda: 10 },
    // Case and possessive endings: "yeddidə" (at seven), "iyirmi beşində" (on the 25th), "doqquzu", "ikisi".
    suffixes: [
      'sindəki', 'sındakı', 'sində', 'sında', 'sinə', 'sına', 'sini', 'sını', 'ində', 'ında', 'undə', 'ündə', 'unda',
      'inə', 'ına', 'unə', 'ünə', 'una', 'ini', 'ını', 'unu', 'ünü', 'dan', 'dən', 'si', 'sı', 'su', 'sü', 'da', 'də', 'ya', 'yə',
      // The genitive of "doqquzun yarısı" (the half of nine, 8:30), "birin".
      'nin', 'nın', 'nun', 'nün', 'in', 'ın', 'un', 'ün',
      'i', 'ı', 'u', 'ü', 'a', 'ə',
    ],
    // "ona" and "onda" are also "to her" and "then": a number only next to a clock or length word ("saat ona").
    notNumber: (prev, w, next) => (w === 'ona' || w === 'onda') && !/^(?:dəqiq|saat|saniyə|radə)/u.test(next ?? '') && prev !== 'saat',
  },
  ca: {
    units: 'zero u|un|una dos|dues tres quatre cinc sis set vuit nou deu onze dotze tretze catorze quinze setze disset|desset divuit|devuit dinou|denou',
    tens: 'vint trenta quaranta cinquanta seixanta setanta vuitanta noranta',
    hundred: 'cent|cents',
    joiners: ['i'],
    extra: { mil: 1000 },
  },
  // Welsh: the mutated forms ("bum munud", "ddeg munud") and "un ar ddeg" (eleven) are spellings.
  cy: {
    unitsStart: 1,
    units: 'un dau|dwy|ddau|ddwy tri|tair|dri|dair pedwar|pedair|bedwar|bedair pump|pum|bum|bump|phump chwech|chwe saith wyth naw deg|ddeg',
    extra: { unarddeg: 11, deuddeg: 12, ddeuddeg: 12, pymtheg: 15, bymtheg: 15, phymtheg: 15, ugain: 20, hugain: 20 },
    // Welsh counts in tens: "saith deg tri" is 73, "dau ddeg pump" 25; "hanner cant" (half a hundred) is 50.
    reorder: welshTens,
  },
  da: {
    units: 'nul en|et|én to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten',
    tens: 'tyve tredive|tredve fyrre|fyrretyve halvtreds|halvtredsindstyve tres|tresindstyve halvfjerds firs halvfems',
    hundred: 'hundrede|hundred',
    extra: { tusind: 1000 },
    notNumber: timerArticle,
    glued: { unitJoinTens: 'og' },
    reorder: unitAndTens('en|et|to|tre|fire|fem|seks|syv|otte|ni', 'og', 'tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems'),
  },
  el: {
    units: 'μηδέν ένα|μία|μια|έναν|ενός δύο|δυο τρία|τρεις|τρείς τέσσερα|τέσσερις πέντε έξι επτά|εφτά οκτώ|οχτώ εννέα|εννιά δέκα έντεκα|ένδεκα δώδεκα',
    tens: 'είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα',
    hundred: 'εκατό',
    extra: {
      δεκατρία: 13, δεκατρείς: 13, δεκατέσσερα: 14, δεκατέσσερις: 14, δεκαπέντε: 15, δεκαέξι: 16, δεκάξι: 16,
      δεκαεπτά: 17, δεκαεφτά: 17, δεκαοκτώ: 18, δεκαοχτώ: 18, δεκαεννέα: 19, δεκαεννιά: 19, χίλια: 1000,
    },
    reorder: gluedHalves.el,
  },
  fa: {
    units: 'صفر یک|يک|یه دو سه چهار پنج شش|شیش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده|پونزده شانزده|شونزده هفده|هیفده هجده|هیجده نوزده',
    tens: 'بیست سی چهل پنجاه شصت هفتاد هشتاد نود',
    hundred: 'صد',
    joiners: ['و'],
    extra: { هزار: 1000 },
  },
  fi: {
    // Nominative, genitive ("viiden minuutin"), translative ("viideksi minuutiksi"), illative, ablative ("kuudelta", at six),
    // adessive ("kahdeksalla", by eight) and the partitive of a clock's minutes ("kymmentä vaille kahdeksan", ten to eight).
    units:
      'nolla yksi|yhden|yhdeksi|yhteen|yhdeltä|yhdellä ' +
      'kaksi|kahden|kahdeksi|kahteen|kahdelta|kahta|kahdella ' +
      'kolme|kolmen|kolmeksi|kolmeen|kolmelta|kolmea|kolmella ' +
      'neljä|neljän|neljäksi|neljään|neljältä|neljää|neljällä ' +
      'viisi|viiden|viideksi|viiteen|viideltä|viittä|viidellä ' +
      'kuusi|kuuden|kuudeksi|kuuteen|kuudelta|kuutta|kuudella ' +
      'seitsemän|seitsemäksi|seitsemään|seitsemältä|seitsemää|seitsemällä ' +
      'kahdeksan|kahdeksaksi|kahdeksaan|kahdeksalta|kahdeksaa|kahdeksalla ' +
      'yhdeksän|yhdeksäksi|yhdeksään|yhdeksältä|yhdeksää|yhdeksällä ' +
      'kymmenen|kymmeneksi|kymmeneen|kymmeneltä|kymmentä|kymmenellä ' +
      'yksitoista|yhdeltätoista kaksitoista|kahdeltatoista|kahdeksitoista kolmetoista neljätoista viisitoista|viideksitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista',
    tens: 'kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä',
    hundred: 'sata',
    extra: {
      tuhat: 1000, puolitoista: 1.5,
      // The genitive of tens and teens ("kahdenkymmenen minuutin ajastin", a twenty-minute timer; "viidentoista").
      kahdenkymmenen: 20, kolmenkymmenen: 30, neljänkymmenen: 40, viidenkymmenen: 50, kuudenkymmenen: 60,
      yhdentoista: 11, kahdentoista: 12, kolmentoista: 13, neljäntoista: 14, viidentoista: 15, kuudentoista: 16,
    },
    glued: { tensUnit: true },
    // Tens in any case: the unit and "kymmen" take the same ending ("neljäänkymmeneen", to forty;
    // "kolmeksikymmeneksi", for thirty).
    derived: (word, table) => {
      const m = /^(.+?)(kymmen(?:en|eksi|een|eltä|ellä|tä))$/u.exec(word);
      const unit = m ? table.get(m[1]!) : undefined;
      return m && unit !== undefined && unit >= 2 && unit <= 9 && table.get(m[2]!) === 10 ? unit * 10 : undefined;
    },
  },
  // Hebrew: both genders; "ו" (and), "ב" (at) and "ל" (for, to) glue to the number ("עשרים וחמש", "בשבע", "לעשר דקות").
  he: {
    units:
      'אפס אחת|אחד שתיים|שניים|שתי|שני|שתים שלוש|שלושה|שלש ארבע|ארבעה חמש|חמישה|חמשה שש|שישה|ששה שבע|שבעה שמונה תשע|תשעה עשר|עשרה',
    tens: 'עשרים שלושים|שלשים ארבעים חמישים שישים|ששים שבעים שמונים תשעים',
    hundred: 'מאה',
    extra: {
      'אחתעשרה': 11, 'אחדעשר': 11, 'שתיםעשרה': 12, 'שניםעשר': 12, 'שלושעשרה': 13, 'שלושהעשר': 13, 'ארבעעשרה': 14, 'ארבעהעשר': 14,
      'חמשעשרה': 15, 'חמישהעשר': 15, 'ששעשרה': 16, 'שישהעשר': 16, 'שבעעשרה': 17, 'שבעהעשר': 17, 'שמונהעשרה': 18, 'שמונהעשר': 18,
      'תשעעשרה': 19, 'תשעהעשר': 19, 'שעתיים': 2,
    },
    // ... and "ה" (the) to a day of the month: "השישה עשר באפריל", "העשרים ושלושה".
    clitics: [
      { prefix: 'ו', conj: true },
      { prefix: 'ב', conj: false },
      { prefix: 'ל', conj: false },
      { prefix: 'ה', conj: false },
    ],
    reorder: glue('[הבלו]?(?:אחת|אחד|שתים|שנים|שתיים|שניים|שלוש|שלושה|ארבע|ארבעה|חמש|חמישה|שש|שישה|שבע|שבעה|שמונה|תשע|תשעה)', 'עשרה|עשר'),
  },
  hu: {
    units: 'nulla egy kettő|két három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő|tizenkét tizenhárom tizennégy tizenöt tizenhat tizenhét tizennyolc tizenkilenc',
    // "huszon" is twenty before its unit ("huszonöt", 25).
    tens: 'húsz|huszon harminc negyven ötven hatvan hetven nyolcvan kilencven',
    hundred: 'száz',
    extra: { ezer: 1000, ötre: 5, ötkor: 5, ötig: 5, ötért: 5 },
    glued: { tensUnit: true },
    // "hétkor" (at seven), "nyolcra" (for eight), "tízig", "ötkor", "tizenkettővel" (by twelve); the stem must be a number word.
    suffixes: ['kor', 'ra', 're', 'ig', 'tól', 'től', 'ért', 'vel', 'val'],
    // "hét" is also a week: "egy hét", "jövő hét", "a hét".
    notNumber: (prev, w) => w === 'hét' && HU_WEEK_BEFORE.test(prev ?? ''),
    // "tizenháromszor hét" (thirteen times seven): the "times" ending is split off, an operator (operatorWords.ts).
    reorder: (t) => t.replace(/(?<![\p{L}\p{M}])(\p{L}{3,}?)(szor|szer|ször)(?![\p{L}\p{M}])/gu, '$1 $2'),
  },
  hy: {
    // With the article "-ը/-ն" ("վեցն անց տասնհինգին", fifteen past six).
    units: 'զրո մեկ|մեկը|մեկն երկու|երկուս|երկուսը|երկուսն երեք|երեքը|երեքն չորս|չորսը|չորսն հինգ|հինգը|հինգն վեց|վեցը|վեցն յոթ|յոթը|յոթն ութ|ութը|ութն ինը|ինն տասը|տաս|տասն',
    tens: 'քսան երեսուն քառասուն հիսուն վաթսուն յոթանասուն ութսուն իննսուն',
    hundred: 'հարյուր',
    // "տասներկուս" takes the article and case endings as "երկուս" does: "տասներկուսն անց" (twelve past).
    extra: { ինին: 9, ինի: 9, տասներկուս: 12, տասներկուսի: 12, տասներկուսին: 12, տասնմեկ: 11, տասներկու: 12, տասներեք: 13, տասնչորս: 14, տասնհինգ: 15, տասնվեց: 16, տասնյոթ: 17, տասնութ: 18, տասնինը: 19, տասնինն: 19, հազար: 1000 },
    glued: { tensUnit: true },
    // "յոթին" (at seven), "չորսի" (of four), "տասից", "հինգով".
    // The article "-ն" too: "տասնմեկն անց կեսին" (half past eleven), "տասնիննին" (at nineteen).
    suffixes: ['ին', 'ից', 'ով', 'ը', 'ի', 'ն'],
  },
  id: {
    units: `nol|kosong satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas`,
    tens: 'duapuluh tigapuluh empatpuluh limapuluh enampuluh tujuhpuluh delapanpuluh sembilanpuluh',
    hundred: 'seratus',
    extra: {
      duabelas: 12, tigabelas: 13, empatbelas: 14, limabelas: 15, enambelas: 16, tujuhbelas: 17, delapanbelas: 18, sembilanbelas: 19,
      seribu: 1000,
    },
    reorder: glue(ID_UNITS, 'belas|puluh'),
  },
  is: {
    units:
      'núll einn|ein|eitt|einni|einu|eins|einn|eina tveir|tvær|tvö|tvo|tveimur|tveggja þrír|þrjár|þrjú|þrjá|þremur fjórir|fjórar|fjögur|fjóra|fjórum ' +
      'fimm sex sjö átta níu tíu ellefu tólf þrettán fjórtán fimmtán sextán sautján átján nítján',
    tens: 'tuttugu þrjátíu fjörutíu fimmtíu sextíu sjötíu áttatíu níutíu',
    hundred: 'hundrað|hundruð',
    joiners: ['og'],
    extra: { þúsund: 1000 },
  },
  jv: {
    // The forms said before a noun beside the bare ones: "limang menit", "telung jam", "rong jam", "nem menit".
    units: 'nol siji loro|rong telu|telung papat|patang lima|limang enem|nem pitu|pitung wolu|wolung sanga|sangang sepuluh sewelas rolas',
    extra: {
      telulas: 13, patbelas: 14, limalas: 15, nembelas: 16, pitulas: 17, wolulas: 18, sangalas: 19,
      rongpuluh: 20, selikur: 21, selawe: 25, telungpuluh: 30, patangpuluh: 40, seket: 50, suwidak: 60, sewidak: 60,
      pitungpuluh: 70, wolungpuluh: 80, sangangpuluh: 90, satus: 100,
    },
    reorder: glue('rong|telung|patang|pitung|wolung|sangang', 'puluh'),
  },
  // Georgian drops the final -ი before a noun ("ხუთ წუთში", in five minutes) and takes case endings ("შვიდზე", at seven).
  ka: {
    units:
      'ნული ერთი|ერთ ორი|ორ სამი|სამ ოთხი|ოთხ ხუთი|ხუთ ექვსი|ექვს შვიდი|შვიდ რვა ცხრა ათი|ათ ' +
      'თერთმეტი|თერთმეტ თორმეტი|თორმეტ ცამეტი|ცამეტ თოთხმეტი|თოთხმეტ თხუთმეტი|თხუთმეტ თექვსმეტი|თექვსმეტ ჩვიდმეტი|ჩვიდმეტ თვრამეტი|თვრამეტ ცხრამეტი|ცხრამეტ',
    // Stems of two letters take no ending by rule (numberWordsRead.ts): their case forms are listed ("ოცზე", to twenty).
    extra: {
      ოცი: 20, ოც: 20, ორმოცი: 40, ორმოც: 40, სამოცი: 60, სამოც: 60, ოთხმოცი: 80, ოთხმოც: 80, ორზე: 2, ორისთვის: 2, ასი: 100, ას: 100, პირველზე: 1, პირველ: 1,
      ოცზე: 20, ოცამდე: 20, ათზე: 10, ათამდე: 10,
    },
    derived: (word, table) => georgian(word, table) ?? georgian(word.replace(/ი$/u, ''), table),
    // "ოცდაათამდე" (up to thirty): -ამდე after a consonant, -მდე after a vowel.
    suffixes: ['ისთვის', 'თვის', 'ზე', 'ში', 'ით', 'ამდე', 'მდე', 'დან', 'ის'],
    reorder: georgianHourOf,
  },
  lv: {
    // With the locative of a clock hour ("septiņos", at seven) and the dative of a length ("uz piecām minūtēm").
    units:
      'nulle viens|viena|vienos|vienu|vienai divi|divas|divos|divām|divu trīs|trijos|trim četri|četras|četros|četrām|četru pieci|piecas|piecos|piecām|piecu ' +
      'seši|sešas|sešos|sešām|sešu septiņi|septiņas|septiņos|septiņām|septiņu astoņi|astoņas|astoņos|astoņām|astoņu deviņi|deviņas|deviņos|deviņām|deviņu desmit|desmitos ' +
      'vienpadsmit|vienpadsmitos divpadsmit|divpadsmitos trīspadsmit|trīspadsmitos četrpadsmit|četrpadsmitos piecpadsmit|piecpadsmitos ' +
      'sešpadsmit|sešpadsmitos septiņpadsmit|septiņpadsmitos astoņpadsmit|astoņpadsmitos deviņpadsmit|deviņpadsmitos',
    tens: 'divdesmit|divdesmitos trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit astoņdesmit deviņdesmit',
    hundred: 'simts|simt',
    // The dative a clock takes after "pāri" (past): "ceturksni pāri septiņiem" is a quarter past seven.
    extra: {
      tūkstotis: 1000, vienam: 1, diviem: 2, trim: 3, četriem: 4, pieciem: 5, sešiem: 6, septiņiem: 7, astoņiem: 8, deviņiem: 9,
      desmitiem: 10, vienpadsmitiem: 11, divpadsmitiem: 12,
    },
    // "pusdeviņos" (half past eight) glues the half to the next hour, and so does its dative after "uz"
    // ("uz pusdeviņiem"): split so the clock reads "pus 9".
    reorder: (t) => t.replace(/(?<![\p{L}\p{M}])pus(?=(?:vien|div|trij|četr|piec|seš|septiņ|astoņ|deviņ|desmit)[\p{L}]*(?:os|iem)(?![\p{L}\p{M}]))/gu, 'pus '),
  },
  // Mongolian: the attributive forms before a noun ("таван минут", "долоон цагт").
  mn: {
    units: 'тэг нэг|нэгэн хоёр гурав|гурван дөрөв|дөрвөн тав|таван зургаа|зургаан долоо|долоон найм|найман ес|есөн арав|арван',
    tens: 'хорь|хорин гуч|гучин дөч|дөчин тавь|тавин жар|жаран дал|далан ная|наян ер|ерэн',
    hundred: 'зуу|зуун',
    // Case forms whose stem changes or is shorter than three letters: "гурвыг" (three, accusative), "есөөр" (by nine).
    extra: { мянга: 1000, мянган: 1000, гурвыг: 3, гурваар: 3, дөрвийг: 4, дөрвөөр: 4, есийг: 9, есөөр: 9, арвыг: 10, арваар: 10 },
    // "тавд" (at five), "гучид" (at thirty), "зургаад"; the objects of a sum: "есийг" (nine,
    // accusative), "наймаар" (by eight).
    // "тавины" (of fifty).
    suffixes: ['ид', 'д', 'т', 'ийн', 'ын', 'ы', 'аас', 'оос', 'ийг', 'ыг', 'г', 'аар', 'ээр', 'оор', 'өөр'],
    // "тавь" is fifty and "put": a request ends with the verb ("дуугүй дээр тавь", put it on mute).
    notNumber: (_prev, w, next) => w === 'тавь' && next === undefined,
  },
  ms: {
    units: 'kosong|sifar satu dua tiga empat lima enam tujuh lapan|delapan sembilan sepuluh sebelas',
    tens: 'duapuluh tigapuluh empatpuluh limapuluh enampuluh tujuhpuluh lapanpuluh sembilanpuluh',
    hundred: 'seratus',
    extra: { duabelas: 12, tigabelas: 13, empatbelas: 14, limabelas: 15, enambelas: 16, tujuhbelas: 17, lapanbelas: 18, sembilanbelas: 19, seribu: 1000 },
    reorder: glue(ID_UNITS, 'belas|puluh'),
  },
  nb: {
    units: 'null en|ett|én|ei to tre fire fem seks sju|syv åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten',
    tens: 'tjue|tyve tretti|tredve førti femti seksti sytti åtti nitti',
    hundred: 'hundre',
    // "hundre og femti" (a hundred and fifty).
    joiners: ['og'],
    extra: { tusen: 1000 },
    notNumber: timerArticle,
    glued: { tensUnit: true, unitJoinTens: 'og' },
  },
  ro: {
    units:
      'zero unu|una|un|o doi|două|doua trei patru cinci șase|sase șapte|sapte opt nouă|noua zece ' +
      'unsprezece|unșpe doisprezece|douăsprezece|doișpe treisprezece|treișpe paisprezece|paișpe cincisprezece|cinșpe ' +
      'șaisprezece|șaișpe șaptesprezece|șaptișpe optsprezece|optișpe nouăsprezece|nouășpe',
    tens: 'douăzeci|douazeci treizeci patruzeci cincizeci șaizeci|saizeci șaptezeci optzeci nouăzeci',
    hundred: 'sută|suta',
    joiners: ['și', 'si'],
    extra: { sute: 100, mie: 1000, mii: 1000 },
  },
  sl: {
    // With the locative of a clock hour: "ob sedmih" (at seven), "pol osmih" (half past seven).
    units:
      'nič ena|en|eno|eden|eni|enih dva|dve|dveh tri|treh štiri|štirih pet|petih šest|šestih sedem|sedmih osem|osmih devet|devetih deset|desetih ' +
      'enajst|enajstih dvanajst|dvanajstih trinajst|trinajstih štirinajst|štirinajstih petnajst|petnajstih šestnajst|šestnajstih ' +
      'sedemnajst|sedemnajstih osemnajst|osemnajstih devetnajst|devetnajstih',
    tens: 'dvajset|dvajsetih trideset štirideset petdeset šestdeset sedemdeset osemdeset devetdeset',
    hundred: 'sto',
    extra: { tisoč: 1000 },
    glued: { unitJoinTens: 'in' },
  },
  sq: {
    units:
      'zero një|nje dy tre katër|kater pesë|pese gjashtë|gjashte shtatë|shtate tetë|tete nëntë|nente dhjetë|dhjete ' +
      'njëmbëdhjetë dymbëdhjetë trembëdhjetë katërmbëdhjetë pesëmbëdhjetë gjashtëmbëdhjetë shtatëmbëdhjetë tetëmbëdhjetë nëntëmbëdhjetë',
    tens: 'njëzet|njezet tridhjetë dyzet pesëdhjetë gjashtëdhjetë shtatëdhjetë tetëdhjetë nëntëdhjetë',
    hundred: 'qind',
    joiners: ['e'],
    extra: { njëqind: 100, mijë: 1000 },
  },
  sv: {
    units: 'noll en|ett|ena två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton|aderton nitton',
    tens: 'tjugo|tjugu trettio|tretti fyrtio|förti femtio sextio sjuttio åttio nittio',
    hundred: 'hundra',
    extra: { tusen: 1000, etthundra: 100 },
    notNumber: timerArticle,
    glued: { tensUnit: true },
  },
  th: { digitize: unspacedDigitize('th')! },
  km: { digitize: unspacedDigitize('km')! },
  my: { digitize: unspacedDigitize('my')! },
  tl: {
    // Tagalog numbers, with the linker of "limang minuto", and the Spanish ones clock times use ("alas siyete").
    units:
      'sero isa|isang dalawa|dalawang tatlo|tatlong apat lima|limang anim pito|pitong walo|walong siyam sampu|sampung',
    extra: {
      uno: 1, dos: 2, tres: 3, kuwatro: 4, kwatro: 4, singko: 5, sinko: 5, sais: 6, seis: 6, siyete: 7, syete: 7, otso: 8, nuwebe: 9, nueve: 9, una: 1,
      diyes: 10, dies: 10, onse: 11, dose: 12, kinse: 15, beynte: 20, beinte: 20, bente: 20, kwarenta: 40, trenta: 30, kuwarenta: 40, singkuwenta: 50, singkwenta: 50, sinkuwenta: 50,
      labingisa: 11, labindalawa: 12, labingdalawa: 12, labintatlo: 13, labingtatlo: 13, labingapat: 14, labinlima: 15, labinglima: 15,
      labinganim: 16, labimpito: 17, labingpito: 17, labingwalo: 18, labinsiyam: 19, labingsiyam: 19,
      dalawampu: 20, dalawampung: 20, tatlumpu: 30, tatlumpung: 30, apatnapu: 40, apatnapung: 40, limampu: 50, limampung: 50, animnapu: 60,
      // Taglish clock times, lengths and levels in English: "nine am", "ten minutes", "gawin mong seventy yung volume".
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
      animnapung: 60, pitumpu: 70, pitumpung: 70, walumpu: 80, walumpung: 80, siyamnapu: 90, siyamnapung: 90,
    },
    joiners: ['at'],
    reorder: glue('labing', 'isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam'),
    // The linker "-ng" on any number word: "labinlimang minuto" (fifteen minutes).
    suffixes: ['ng'],
  },
  vi: {
    units: 'không một hai ba bốn năm sáu bảy tám chín mười',
    tens: 'haimươi bamươi bốnmươi nămmươi sáumươi bảymươi támmươi chínmươi',
    hundred: 'trăm',
    extra: { mốt: 1, tư: 4, lăm: 5, nhăm: 5, nghìn: 1000, ngàn: 1000 },
    reorder: glue(VI_UNITS, 'mươi'),
    // "năm nay" is this year; "mốt", "tư" and "lăm" are units only after a ten ("ngày mốt" is the day after tomorrow).
    notNumber: (prev, w, next) =>
      (w === 'năm' && VI_YEAR.test(next ?? '')) || (VI_AFTER_TEN.has(w) && !/^(?:mười|\p{L}+mươi)$/u.test(prev ?? '')),
  },
};

/** The languages with number words here (for tests). */
export const NUMBER_WORD_LANGS: readonly string[] = Object.keys(NUMBER_WORDS);
