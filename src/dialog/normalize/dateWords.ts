/**
 * Calendar words per language, as data: relative days (today = 0, tomorrow = 1, …),
 * weekdays from Sunday, months from January. Matched against cleaned, not digitized, text
 * (Arabic الاثنين is Monday there, not "two").
 */

export interface DateLexicon {
  /** Phrase → days from today; a trailing `*` matches any ending (tomorrow's, завтрашний). */
  relative: Record<string, number>;
  /** Sunday first; `|` separates spellings. Matched as word prefixes (inflected forms). */
  weekdays: string[];
  /** January first; `|` separates spellings. Matched as word prefixes. */
  months: string[];
  /** "next" as in "next Friday" (skips today). */
  next?: string[];
  /**
   * "in N days" → N (digitized text). A leading `(\d+)` has `(?<!\d)` before it, so a run of
   * digits is tried from its first digit only (else each digit restarts the scan: quadratic).
   */
  inDays?: RegExp;
}

export const DATE_WORDS: Record<string, DateLexicon> = {
  en: {
    relative: { 'today*': 0, tonight: 0, 'tomorrow*': 1, 'day after tomorrow': 2, 'next day*': 1, 'the day after': 1, 'yesterday*': -1 },
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    next: ['next'],
    inDays: /(?:in|after) (\d+) days?|(?<!\d)(\d+) days? from (?:now|today)/,
  },
  de: {
    relative: { heute: 0, 'heutig*': 0, morgen: 1, 'morgig*': 1, übermorgen: 2, gestern: -1, vorgestern: -2, 'heute abend': 0, 'nächsten tag': 1, 'am tag danach': 1, 'den tag danach': 1 },
    weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend'],
    months: ['januar|jänner', 'februar', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    next: ['nächsten', 'nächster', 'nächste', 'kommenden'],
    inDays: /(?:in|nach) (\d+) tagen/,
  },
  fr: {
    relative: { "aujourd'hui": 0, "d'aujourd'hui": 0, 'ce soir': 0, demain: 1, 'après demain': 2, 'apres demain': 2, lendemain: 1, hier: -1 },
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
    next: ['prochain', 'prochaine'],
    inDays: /(?:dans|après) (\d+) jours?/,
  },
  es: {
    relative: { hoy: 0, mañana: 1, manana: 1, 'pasado mañana': 2, 'pasado manana': 2, 'día siguiente': 1, ayer: -1, 'esta noche': 0 },
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles|miercoles', 'jueves', 'viernes', 'sábado|sabado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
    next: ['próximo', 'proximo', 'que viene'],
    inDays: /(?:en|después de|dentro de) (\d+) días?/,
  },
  it: {
    relative: { oggi: 0, stasera: 0, domani: 1, dopodomani: 2, 'giorno dopo': 1, ieri: -1 },
    weekdays: ['domenica', 'lunedì|lunedi', 'martedì|martedi', 'mercoledì|mercoledi', 'giovedì|giovedi', 'venerdì|venerdi', 'sabato'],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    next: ['prossimo', 'prossima'],
    inDays: /(?:tra|fra|dopo) (\d+) giorni/,
  },
  pt: {
    relative: { hoje: 0, amanhã: 1, amanha: 1, 'depois de amanhã': 2, 'depois de amanha': 2, 'dia seguinte': 1, ontem: -1 },
    weekdays: ['domingo', 'segunda', 'terça|terca', 'quarta', 'quinta', 'sexta', 'sábado|sabado'],
    months: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    next: ['próximo', 'proximo', 'próxima', 'proxima'],
    inDays: /(?:em|daqui a|após|depois de) (\d+) dias/,
  },
  ja: {
    relative: { 今日: 0, きょう: 0, 今夜: 0, 今晩: 0, 明日: 1, あした: 1, あす: 1, 明後日: 2, あさって: 2, 翌日: 1, 昨日: -1, きのう: -1 },
    weekdays: ['日曜', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜'],
    months: [],
    next: ['来週の', '次の'],
    inDays: /(?<!\d)(\d+)日後/,
  },
  zh: {
    relative: { 今天: 0, 今晚: 0, 明天: 1, 明日: 1, 后天: 2, 後天: 2, 第二天: 1, 下一天: 1, 昨天: -1 },
    weekdays: ['星期日|星期天|周日|周天|礼拜天|禮拜天|週日', '星期一|周一|礼拜一|週一', '星期二|周二|礼拜二|週二', '星期三|周三|礼拜三|週三', '星期四|周四|礼拜四|週四', '星期五|周五|礼拜五|週五', '星期六|周六|礼拜六|週六'],
    months: [],
    next: ['下个', '下個', '下周', '下週', '下星期'],
    inDays: /(?<!\d)(\d+)天[后後]/,
  },
  hi: {
    // कल is both "tomorrow" and "yesterday"; an assistant asked to plan reads it as tomorrow.
    relative: { आज: 0, कल: 1, परसों: 2, 'आज रात': 0, 'अगले दिन': 1 },
    weekdays: ['रविवार|इतवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार|गुरूवार|बृहस्पतिवार', 'शुक्रवार', 'शनिवार'],
    months: ['जनवरी', 'फरवरी|फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर|सितम्बर', 'अक्टूबर|अक्तूबर', 'नवंबर|नवम्बर', 'दिसंबर|दिसम्बर'],
    next: ['अगले', 'अगला', 'आने वाले'],
    inDays: /(?<!\d)(\d+) दिन (?:में|बाद)/,
  },
  ar: {
    relative: { اليوم: 0, الليله: 0, بكره: 1, بكرا: 1, للبكره: 1, غدا: 1, الغد: 1, 'بعد بكره': 2, 'بعد غد': 2, 'بعد يومين': 2, امس: -1, البارحه: -1 },
    weekdays: ['الاحد|احد|الحد', 'الاثنين|الاتنين|اثنين', 'الثلاثاء|الثلاثا|الثلوث|ثلاثاء', 'الاربعاء|الاربعا|الربوع|اربعاء', 'الخميس|خميس', 'الجمعه|جمعه', 'السبت|سبت'],
    months: ['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|مارش|اذار', 'ابريل|نيسان', 'مايو|ايار', 'يونيو|حزيران', 'يوليو|تموز', 'اغسطس', 'سبتمبر|ايلول', 'اكتوبر|تشرين الاول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الاول'],
    next: ['القادم', 'الجاي', 'الجايه', 'القادمه'],
    inDays: /بعد (\d+) (?:ايام|يوم)/,
  },
  ru: {
    relative: { сегодня: 0, 'сегодняшн*': 0, завтра: 1, 'завтрашн*': 1, послезавтра: 2, вчера: -1, позавчера: -2, 'сегодня вечером': 0, 'следующий день': 1 },
    weekdays: ['воскресен', 'понедельн', 'вторн', 'сред', 'четверг', 'пятниц', 'суббот'],
    months: ['январ', 'феврал', 'март', 'апрел', 'мая|май|мае', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
    next: ['следующ'],
    inDays: /через (\d+) (?:дня|дней|день)/,
  },
  sw: {
    relative: { leo: 0, kesho: 1, 'kesho kutwa': 2, keshokutwa: 2, 'siku inayofuata': 1, jana: -1 },
    weekdays: ['jumapili', 'jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi'],
    months: ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'],
    next: ['ijayo', 'ujao'],
    inDays: /baada ya siku (\d+)/,
  },
};
