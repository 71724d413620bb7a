/** Arabic (Modern Standard and the common dialect forms). Tables use the folded spelling (see `foldArabic`). */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';

/** Arabic spelling variants folded (diacritics and tatweel dropped, hamza forms of alef, taa marbuta, alef maqsura). */
export function foldArabic(t: string): string {
  return t
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

export const ar: LanguagePack = {
  code: 'ar',
  unspaced: false,
  fold: (t) => foldArabic(t).replace(/[؟،؛]/g, ' '),
  // و "and", ب "at/with", ل "for" are written joined to the next word.
  phrasePrefix: 'و|ب|ل',
  numbers: {
    // Dialect forms included. The ordinal ثانيه is left out: it is also the word for a second of time.
    units:
      'صفر واحد|واحده|وحده|احد|حدا اثنين|اثنان|اثنتين|ثنتين|اتنين|اثنا|اثنتا ثلاثه|ثلاث|تلاته|تلات اربعه|اربع خمسه|خمس سته|ست سبعه|سبع ثمانيه|ثماني|ثمان|تمانيه|ثمنيه تسعه|تسع عشره|عشر احدعش|احدعشر|حداش|حدعش اثنعش|اثنعشر|اطنعش|اثناعشر',
    tens: 'عشرين|عشرون ثلاثين|ثلاثون اربعين|اربعون خمسين|خمسون ستين|ستون سبعين|سبعون ثمانين|ثمانون تسعين|تسعون',
    hundred: 'ميه|مائه|مايه|مئه',
    joiners: [],
    extra: {
      اول: 1, اولي: 1, حادي: 1, حاديه: 1, ثاني: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
      سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
      // Gulf and Levantine teens written as one word.
      ثلطعش: 13, ثلاثطعش: 13, اربعطعش: 14, اربعتعش: 14, خمسطعش: 15, خمستعش: 15, ستطعش: 16, سطعش: 16, سبعطعش: 17, سبعتعش: 17, ثمنطعش: 18, تمنتعش: 18, تسعطعش: 19, تسعتعش: 19,
    },
    clitics: [
      { prefix: 'وال', conj: false }, { prefix: 'بال', conj: false }, { prefix: 'لل', conj: false }, { prefix: 'ال', conj: false },
      { prefix: 'و', conj: true }, { prefix: 'ل', conj: false }, { prefix: 'ب', conj: false },
    ],
    // ثلاثة عشر = 13 (unit then ten); خمسة وعشرين = 25 (unit, then "and" + tens).
    continues: (cur, next) => cur < 10 && ((next.v === 10 && !next.conj) || (next.v >= 20 && next.v % 10 === 0 && next.conj)),
  },
  clock: {
    am: ['الصبح', 'صباحا', 'الصباح', 'صباح', 'الفجر', 'ص'],
    pm: ['مساء', 'المساء', 'مساءا', 'العصر', 'عصرا', 'المغرب', 'م'],
    night: ['الليل', 'ليلا', 'بالليل'],
    midday: ['الظهر', 'ظهرا', 'الظهيره'],
    noon: ['الظهر', 'الظهيره'],
    midnight: ['منتصف الليل', 'نص الليل'],
    rules: [
      [new RegExp(`${H} (?:و ?)(?:ال)?(?:نص|نصف)(?=$| )`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} (?:و ?)(?:ال)?ربع`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} (?:ال?ا|غير) ?(?:ال)?ربع`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:و ?)(?:ال)?ثلث`), (m) => [n(m[1]), 20]],
      [new RegExp(`${H} (?:ال?ا|غير) ?(?:ال)?ثلث`), (m) => [before(n(m[1])), 40]],
      // "6 و 15": hours and minutes joined by "and".
      [new RegExp(`${H} و ?${H}(?!\\d)`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { اليوم: 0, الليله: 0, بكره: 1, بكرا: 1, للبكره: 1, غدا: 1, الغد: 1, 'بعد بكره': 2, 'بعد غد': 2, 'بعد يومين': 2, امس: -1, البارحه: -1 },
    weekdays: ['الاحد|احد|الحد', 'الاثنين|الاتنين|اثنين', 'الثلاثاء|الثلاثا|الثلوث|ثلاثاء', 'الاربعاء|الاربعا|الربوع|اربعاء', 'الخميس|خميس', 'الجمعه|جمعه', 'السبت|سبت'],
    months: ['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|مارش|اذار', 'ابريل|نيسان', 'مايو|ايار', 'يونيو|حزيران', 'يوليو|تموز', 'اغسطس', 'سبتمبر|ايلول', 'اكتوبر|تشرين الاول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الاول'],
    next: ['القادم', 'الجاي', 'الجايه', 'القادمه'],
    inDays: /بعد (\d+) (?:ايام|يوم)/,
    // Day names contain number words (الاثنين is Monday, not "two"): whole words only.
    wholeWords: true,
  },
  durations: {
    units: ['ثانيه|ثواني|ثوان', 'دقيقه|دقائق|دقايق', 'ساعه|ساعات'],
    fixed: [
      [/(?:نص|نصف) ساعه/, 1800],
      [/ربع ساعه/, 900],
      [/ساعتين|ساعتان/, 7200],
      [/دقيقتين|دقيقتان/, 120],
      [/ساعه ونص/, 5400],
    ],
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:بعد|لمده|خلال)\s/,
  },
  cues: {
    timerWords: ['مؤقت', 'تايمر'],
    alarmWords: ['منبه', 'منبّه', 'المنبه'],
    wakeWords: ['صحني', 'صحيني', 'أيقظني', 'ايقظني', 'فيقني'],
    clockBefore: 'الساعه|عند',
    clockWords: /(?:^|\s)الساعه(?:$|\s)/,
    timerBefore: 'بعد|لمده|خلال',
  },
  colours: {
    red: 'حمر', orange: 'برتقال', yellow: 'صفر', green: 'خضر|خظر', blue: 'زرق', purple: 'بنفسج|ارجوان', pink: 'وردي|زهري',
    white: 'ابيض|بيضا', warm: 'داف|دفء|دافي', cool: 'بارد',
  },
  // Colour words take the article and other prefixes (الأحمر): substrings.
  colourMatch: 'substring',
  lists: {
    nameWords: [/^(?:قائمة|قائمه|لائحة|لائحه)\s+/],
    add: [p('(?:اضف|أضف|أضيف|اضيف|ضيف|حط|سجل|ضع)', ' (.+?) (?:الى|إلى|إلي|الي|ل|في|على|ع)(?: |ال)', '')],
    remove: [p('(?:احذف|إحذف|امسح|شيل|ازل|أزل)', ' (.+?) من ', '')],
    placeholders: ['شيء', 'شي', 'حاجه', 'حاجة'],
    // و "and" is joined to the next item (تفاح وإجاص).
    separators: /,|،|\sو\s?/,
    create: ['انشئ', 'أنشئ', 'جديده', 'جديدة'],
  },
  maths: {
    operators: [
      ['زائد', '+'], ['زايد', '+'], ['ناقص', '-'], ['ضرب في', '*'], ['ضرب', '*'], ['في', '*'], ['مضروب في', '*'], ['تقسيم', '/'],
      ['قسمه', '/'], ['مقسوم على', '/'], ['مقسومه على', '/'], ['على', '/'],
    ],
    brackets: [['افتح قوس', '('], ['افتح القوس', '('], ['قوس مفتوح', '('], ['اغلق قوس', ')'], ['اغلق القوس', ')'], ['اقفل القوس', ')'], ['قوس مغلق', ')']],
    percentAfter: ['في المئه', 'في المائه', 'بالمئه', 'بالمائه', 'بالميه', 'في الميه'],
    of: 'من',
  },
  cancel: ['الغاء', 'إلغاء', 'انس'],
  dateQuestion: ['تاريخ', 'يوم'],
  pause: ['اوقف', 'أوقف', 'وقف'],
  resume: ['جدد', 'استأنف', 'استانف', 'كمل'],
  thanks: ['شكرا'],
};
