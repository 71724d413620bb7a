/**
 * Number words per language, as data. A space separates consecutive values, `|` separates
 * spellings of one value (inflected forms included, since slot text keeps the user's case).
 */

/** Cardinals from `start` upwards, then tens from 20 (or the given start), then multipliers. */
interface Lexicon {
  units: string;
  unitsStart?: number;
  tens: string;
  tensStart?: number;
  hundred: string;
  /** Words that join parts of one number (`twenty and one`, `vingt et un`, `kumi na moja`). */
  joiners: string[];
  /** Ordinals that are not a cardinal plus a suffix, and other one-word values (пятьсот, thousand: a multiplier like hundred). */
  ordinals?: Record<string, number>;
}

export const LEXICONS: Record<string, Lexicon> = {
  en: {
    units: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    tens: 'twenty thirty forty fifty sixty seventy eighty ninety',
    hundred: 'hundred',
    joiners: ['and'],
    // "second" is left out: it is far more often the unit of time.
    ordinals: {
      thousand: 1000,
      twelveth: 12, twentyth: 20,
      first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
      eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
      seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
    },
  },
  de: {
    units: 'null eins|ein|eine|einen|einer|eines zwei|zwo drei vier fünf|fuenf sechs sieben acht neun zehn elf zwölf|zwoelf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    tens: 'zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
    hundred: 'hundert',
    joiners: [],
  },
  fr: {
    units: 'zéro|zero un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize',
    tens: 'vingt|vingts trente quarante cinquante soixante',
    hundred: 'cent|cents',
    joiners: ['et'],
    ordinals: { mille: 1000, premier: 1, première: 1, premiere: 1 },
  },
  es: {
    units:
      'cero uno|un|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte veintiuno|veintiún|veintiun veintidós|veintidos veintitrés|veintitres veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho veintinueve',
    tens: 'treinta cuarenta cincuenta sesenta setenta ochenta noventa',
    tensStart: 30,
    hundred: 'cien|ciento',
    joiners: ['y'],
    ordinals: { mil: 1000, primero: 1, primera: 1 },
  },
  it: {
    units: 'zero uno|un|una|un\' due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
    tens: 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
    hundred: 'cento',
    joiners: [],
    ordinals: { mille: 1000, mila: 1000, primo: 1, prima: 1 },
  },
  pt: {
    units:
      'zero um|uma dois|duas três|tres quatro cinco seis sete oito nove dez onze doze treze catorze|quatorze quinze dezasseis|dezesseis dezassete|dezessete dezoito dezanove|dezenove',
    tens: 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
    hundred: 'cem|cento',
    joiners: ['e'],
    ordinals: { mil: 1000, primeiro: 1, primeira: 1 },
  },
  ru: {
    units:
      'ноль|нуль один|одна|одно|одну|одного|одной два|две|двух три|трех четыре|четырех пять|пяти шесть|шести семь|семи восемь|восьми девять|девяти десять|десяти одиннадцать|одиннадцати двенадцать|двенадцати тринадцать|тринадцати четырнадцать|четырнадцати пятнадцать|пятнадцати шестнадцать|шестнадцати семнадцать|семнадцати восемнадцать|восемнадцати девятнадцать|девятнадцати',
    tens: 'двадцать|двадцати тридцать|тридцати сорок|сорока пятьдесят|пятидесяти шестьдесят|шестидесяти семьдесят|семидесяти восемьдесят|восьмидесяти девяносто|девяноста',
    hundred: 'сто|ста',
    joiners: [],
    ordinals: {
      тысяча: 1000, тысячи: 1000, тысяч: 1000, тысячу: 1000,
      двести: 200, триста: 300, четыреста: 400, пятьсот: 500, шестьсот: 600, семьсот: 700, восемьсот: 800, девятьсот: 900, полтора: 1.5,
      // Genitive hundreds ("процентов от двухсот").
      двухсот: 200, трехсот: 300, четырехсот: 400, пятисот: 500, шестисот: 600, семисот: 700, восьмисот: 800, девятисот: 900,
    },
  },
  hi: {
    // Hindi numbers up to 99 are not regular compounds, so 0–60 are listed one by one.
    units:
      'शून्य एक दो तीन चार पांच|पाँच छह|छः|छे|छ सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह|पन्द्रह सोलह सत्रह अठारह उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस|अठ्ठाईस उनतीस तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरेपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ',
    tens: 'सत्तर अस्सी नब्बे',
    tensStart: 70,
    hundred: 'सौ',
    joiners: [],
    ordinals: { हज़ार: 1000, हजार: 1000, पहला: 1, पहली: 1, पहले: 1, दूसरा: 2, दूसरी: 2, दूसरे: 2, तीसरा: 3, तीसरी: 3, तीसरे: 3, चौथा: 4, चौथी: 4, चौथे: 4 },
  },
  ar: {
    // Folded spelling (see foldArabic): ة→ه, أ/إ/آ→ا, ى→ي; dialect forms included. The
    // ordinal ثانيه is left out: it is also the word for a second of time.
    units:
      'صفر واحد|واحده|وحده|احد|حدا اثنين|اثنان|اثنتين|ثنتين|اتنين|اثنا|اثنتا ثلاثه|ثلاث|تلاته|تلات اربعه|اربع خمسه|خمس سته|ست سبعه|سبع ثمانيه|ثماني|ثمان|تمانيه|ثمنيه تسعه|تسع عشره|عشر احدعش|احدعشر|حداش|حدعش اثنعش|اثنعشر|اطنعش|اثناعشر',
    tens: 'عشرين|عشرون ثلاثين|ثلاثون اربعين|اربعون خمسين|خمسون ستين|ستون سبعين|سبعون ثمانين|ثمانون تسعين|تسعون',
    hundred: 'ميه|مائه|مايه|مئه',
    joiners: [],
    ordinals: {
      اول: 1, اولي: 1, حادي: 1, حاديه: 1, ثاني: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
      سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
      // Gulf and Levantine teens written as one word.
      ثلطعش: 13, ثلاثطعش: 13, اربعطعش: 14, اربعتعش: 14, خمسطعش: 15, خمستعش: 15, ستطعش: 16, سطعش: 16, سبعطعش: 17, سبعتعش: 17, ثمنطعش: 18, تمنتعش: 18, تسعطعش: 19, تسعتعش: 19,
    },
  },
  sw: {
    units: 'sifuri moja|mmoja mbili|mawili|wawili tatu|matatu|watatu nne|manne|wanne tano|matano|watano sita saba nane tisa kumi',
    tens: 'ishirini thelathini arobaini hamsini sitini sabini themanini tisini',
    hundred: 'mia',
    joiners: ['na'],
  },
};

/** Builds `word → value` from a lexicon. */
export function buildTable(lex: Lexicon): Map<string, number> {
  const table = new Map<string, number>();
  const add = (list: string, start: number, step: number) =>
    list.split(' ').forEach((alts, i) => alts.split('|').forEach((w) => table.set(w, start + i * step)));
  add(lex.units, lex.unitsStart ?? 0, 1);
  add(lex.tens, lex.tensStart ?? 20, 10);
  lex.hundred.split('|').forEach((w) => table.set(w, 100));
  for (const [w, v] of Object.entries(lex.ordinals ?? {})) table.set(w, v);
  return table;
}
