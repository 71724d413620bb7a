/**
 * Clock-time words per language, as data: day-period markers and the local ways of saying
 * "half past", "quarter to", … as rules over digitized text (number words are already
 * `\d+`). A rule returns hour and minute; the hour may still be on a 12-hour clock.
 */

/** `(match) → [hour, minute]`. */
export type TimeRule = [RegExp, (m: RegExpExecArray) => [number, number]];

export interface TimeLexicon {
  /** Before noon (morning words, a.m.). */
  am: string[];
  /** After noon (afternoon and evening words, p.m.). */
  pm: string[];
  /** Night: 6–11 are evening hours, 1–5 early morning. */
  night: string[];
  /** Around midday: 1–6 are afternoon hours, 12 is noon. */
  midday: string[];
  noon: string[];
  midnight: string[];
  rules: TimeRule[];
}

const n = (s: string | undefined) => Number(s);
/** The hour before `h` on a 12- or 24-hour clock ("quarter to one" → 12:45). */
export const before = (h: number) => (h === 1 ? 12 : h === 0 ? 23 : h - 1);

const H = '(\\d{1,2})';

export const TIME_WORDS: Record<string, TimeLexicon> = {
  en: {
    am: ['am', 'a.m.', 'morning', 'in the morning'],
    pm: ['pm', 'p.m.', 'afternoon', 'evening', 'tonight', 'in the evening', 'in the afternoon'],
    night: ['night', 'at night'],
    midday: [],
    noon: ['noon', 'midday'],
    midnight: ['midnight'],
    rules: [
      [new RegExp(`half past ${H}`), (m) => [n(m[1]), 30]],
      [new RegExp(`(?:a )?quarter (?:past|after) ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`(?:a )?quarter (?:to|before|of) ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:minutes? )?(?:past|after) ${H}`), (m) => [n(m[2]), n(m[1])]],
      [new RegExp(`${H} (?:minutes? )?(?:to|before) ${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} (?:o|oh) ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  de: {
    am: ['a.m.', 'morgens', 'früh', 'vormittags', 'am morgen', 'am vormittag', 'in der früh'],
    pm: ['p.m.', 'nachmittags', 'abends', 'am nachmittag', 'am abend', 'abend', 'nachmittag'],
    night: ['nachts', 'in der nacht'],
    midday: ['mittags'],
    noon: ['mittag', 'mittags'],
    midnight: ['mitternacht'],
    rules: [
      [new RegExp(`dreiviertel ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`viertel nach ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`viertel vor ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:minuten )?vor halb ${H}`), (m) => [before(n(m[2])), 30 - n(m[1])]],
      [new RegExp(`${H} (?:minuten )?nach halb ${H}`), (m) => [before(n(m[2])), 30 + n(m[1])]],
      [new RegExp(`halb ${H}`), (m) => [before(n(m[1])), 30]],
      [new RegExp(`viertel ${H}`), (m) => [before(n(m[1])), 15]],
      [new RegExp(`${H} (?:minuten )?nach ${H}`), (m) => [n(m[2]), n(m[1])]],
      [new RegExp(`${H} (?:minuten )?vor ${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H} uhr ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  fr: {
    am: ['a.m.', 'am', 'du matin', 'matin'],
    pm: ['p.m.', 'pm', "de l'apres midi", "de l'après midi", 'après midi', 'apres midi', 'du soir', 'soir'],
    night: ['de la nuit', 'nuit'],
    midday: [],
    noon: ['midi'],
    midnight: ['minuit'],
    rules: [
      [/midi et demie?/, () => [12, 30]],
      [/minuit et demie?/, () => [0, 30]],
      [new RegExp(`${H} ?h(?:eures?)? et demie?`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} ?h(?:eures?)? et quart`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} ?h(?:eures?)? moins (?:le )?quart`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} ?h(?:eures?)? moins ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} ?h(?:eures?)? ?${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  es: {
    am: ['a.m.', 'am', 'de la mañana', 'por la mañana', 'de la madrugada', 'de la manana'],
    pm: ['p.m.', 'pm', 'de la tarde', 'por la tarde', 'tarde'],
    night: ['de la noche', 'por la noche', 'noche'],
    midday: ['del mediodía', 'del mediodia'],
    noon: ['mediodía', 'mediodia', 'medio día', 'medio dia'],
    midnight: ['medianoche', 'media noche'],
    rules: [
      [new RegExp(`${H} y media`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} y cuarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} menos cuarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} menos ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} (?:horas )?y ${H}(?! de la| del)`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  it: {
    am: ['a.m.', 'di mattina', 'del mattino', 'di mattino', 'mattina', 'mattino'],
    pm: ['p.m.', 'del pomeriggio', 'di pomeriggio', 'pomeriggio', 'di sera', 'della sera', 'sera', 'stasera'],
    night: ['di notte', 'notte'],
    midday: [],
    noon: ['mezzogiorno'],
    midnight: ['mezzanotte'],
    rules: [
      [new RegExp(`${H} e mezz[ao]`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} e (?:un |1 )?quarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} meno (?:un |1 )?quarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} meno ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} e ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  pt: {
    am: ['a.m.', 'da manhã', 'de manhã', 'da manha', 'manhã', 'da madrugada'],
    pm: ['p.m.', 'da tarde', 'à tarde', 'de tarde', 'tarde'],
    night: ['da noite', 'à noite', 'de noite', 'noite'],
    midday: [],
    noon: ['meio dia'],
    midnight: ['meia noite'],
    rules: [
      [new RegExp(`${H} (?:horas? )?e meia`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} (?:horas? )?e (?:um |1 )?quarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} (?:horas? )?menos (?:um |1 )?quarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`(?:um |1 )?quarto para as ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:horas? )?e ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  ja: {
    am: ['午前', '朝'],
    pm: ['午後', '夕方'],
    night: ['夜', '晩'],
    midday: ['昼'],
    noon: ['正午', '昼'],
    midnight: ['真夜中', '深夜零時'],
    rules: [
      [new RegExp(`${H}時半`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H}時${H}分`), (m) => [n(m[1]), n(m[2])]],
      [new RegExp(`${H}時`), (m) => [n(m[1]), 0]],
    ],
  },
  zh: {
    am: ['上午', '早上', '早晨', '凌晨', '清晨', '早'],
    pm: ['下午', '傍晚'],
    night: ['晚上', '夜里', '夜裡', '晚'],
    midday: ['中午'],
    noon: ['中午', '正午'],
    midnight: ['午夜', '半夜'],
    rules: [
      [new RegExp(`${H}[点點]半`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H}[点點]1刻`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H}[点點]3刻`), (m) => [n(m[1]), 45]],
      [new RegExp(`差${H}分${H}[点點]`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`${H}[点點]${H}分?`), (m) => [n(m[1]), n(m[2])]],
      [new RegExp(`${H}[点點]`), (m) => [n(m[1]), 0]],
    ],
  },
  hi: {
    am: ['a.m.', 'सुबह', 'प्रातः', 'सवेरे'],
    pm: ['p.m.', 'शाम', 'सायं'],
    night: ['रात', 'रात्रि'],
    midday: ['दोपहर'],
    noon: ['दोपहर'],
    midnight: ['आधी रात'],
    rules: [
      [new RegExp(`साढ़े ${H}`), (m) => [n(m[1]), 30]],
      [new RegExp(`सवा ${H}`), (m) => [n(m[1]), 15]],
      [new RegExp(`पौने ${H}`), (m) => [before(n(m[1])), 45]],
      [/डेढ़/, () => [1, 30]],
      [/ढाई/, () => [2, 30]],
      [new RegExp(`${H} बजकर ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  ar: {
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
    ],
  },
  ru: {
    am: ['утра', 'утром'],
    pm: ['дня', 'вечера', 'вечером', 'днем', 'пополудни'],
    night: ['ночи', 'ночью'],
    midday: [],
    noon: ['полдень', 'полдня'],
    midnight: ['полночь'],
    rules: [
      [new RegExp(`половин[аеуы] ${H}`), (m) => [before(n(m[1])), 30]],
      [new RegExp(`без четверти ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`без ${H} (?:минут[аы]? )?${H}`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`четверть ${H}`), (m) => [before(n(m[1])), 15]],
      [new RegExp(`${H} час(?:а|ов)? ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  // Swahili time is handled in time.ts: "saa N" counts from 6 o'clock (saa moja = 7:00).
  sw: { am: [], pm: [], night: [], midday: [], noon: ['adhuhuri'], midnight: ['usiku wa manane'], rules: [] },
};
