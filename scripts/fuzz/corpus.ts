/**
 * The raw material of the fuzz inputs: code-point ranges of many scripts, emoji and ZWJ
 * sequences, control and bidi characters, combining marks, absurd numbers, times and dates,
 * maths, injection strings, and command templates in ten locales that reach every local
 * skill (each template also says which intent and slots a perfect NLU would give).
 */

export type Ranges = readonly (readonly [number, number])[];

/** Code-point ranges per writing system, with a locale that writes it (for the NLU). */
export const SCRIPTS: Readonly<Record<string, { ranges: Ranges; locale: string }>> = {
  latin: { ranges: [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xff], [0x100, 0x17f], [0x1e00, 0x1eff]], locale: 'en-US' },
  cyrillic: { ranges: [[0x400, 0x4ff]], locale: 'ru-RU' },
  greek: { ranges: [[0x391, 0x3a9], [0x3b1, 0x3c9], [0x1f00, 0x1ffe]], locale: 'el-GR' },
  arabic: { ranges: [[0x621, 0x64a], [0x64b, 0x652], [0x660, 0x669], [0x6f0, 0x6f9]], locale: 'ar-SA' },
  hebrew: { ranges: [[0x5d0, 0x5ea], [0x591, 0x5c7]], locale: 'he-IL' },
  devanagari: { ranges: [[0x905, 0x939], [0x93e, 0x94d], [0x966, 0x96f]], locale: 'hi-IN' },
  cjk: { ranges: [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0x20000, 0x2a6df]], locale: 'zh-CN' },
  kana: { ranges: [[0x3041, 0x3096], [0x30a1, 0x30fa], [0xff66, 0xff9d]], locale: 'ja-JP' },
  thai: { ranges: [[0xe01, 0xe3a], [0xe40, 0xe5b]], locale: 'th-TH' },
  khmer: { ranges: [[0x1780, 0x17dd], [0x17e0, 0x17e9]], locale: 'km-KH' },
  ethiopic: { ranges: [[0x1200, 0x137c]], locale: 'am-ET' },
  hangul: { ranges: [[0xac00, 0xd7a3], [0x1100, 0x11ff], [0x3131, 0x318e]], locale: 'ko-KR' },
  georgian: { ranges: [[0x10d0, 0x10ff]], locale: 'ka-GE' },
  armenian: { ranges: [[0x531, 0x587]], locale: 'hy-AM' },
  bengali: { ranges: [[0x985, 0x9b9], [0x9e6, 0x9ef]], locale: 'bn-BD' },
  tamil: { ranges: [[0xb85, 0xbb9], [0xbbe, 0xbcd], [0xbe6, 0xbef]], locale: 'ta-IN' },
  myanmar: { ranges: [[0x1000, 0x109f]], locale: 'my-MM' },
  tibetan: { ranges: [[0xf40, 0xf6c], [0xf20, 0xf33]], locale: 'en-US' },
  mongolian: { ranges: [[0x1820, 0x1877]], locale: 'mn-MN' },
  mathAlnum: { ranges: [[0x1d400, 0x1d7ff]], locale: 'en-US' },
  cuneiform: { ranges: [[0x12000, 0x12399]], locale: 'en-US' },
  privateUse: { ranges: [[0xe000, 0xf8ff], [0xf0000, 0xf00ff]], locale: 'en-US' },
  nonCharacters: { ranges: [[0xfdd0, 0xfdef], [0xfffe, 0xffff], [0x1fffe, 0x1ffff]], locale: 'en-US' },
};

export const EMOJI: readonly string[] = [
  '😀', '👍🏽', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵', '🇺🇳', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '1️⃣', '#️⃣', '❤️‍🔥', '🧑🏿‍🚀', '👁️‍🗨️', '🫠', '⏰', '🕰️', '🔟', '💯',
  '🧑‍🤝‍🧑', '👨🏻‍❤️‍💋‍👨🏿', '🐈‍⬛', '🏃🏾‍♀️‍➡️', '\u200d', '\ufe0f', '\ufe0e', '🇦', '🏽', '\u20e3', '🔢', '🈚', '㊗️', '🆗', '🅰️',
];

/** C0 (with NUL), DEL, C1 and the Unicode line/paragraph separators. */
export const CONTROL_RANGES: Ranges = [[0x00, 0x1f], [0x7f, 0x9f], [0x2028, 0x2029]];

export const BIDI: readonly string[] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

export const COMBINING: Ranges = [[0x300, 0x36f], [0x483, 0x489], [0x591, 0x5bd], [0x610, 0x61a], [0x93c, 0x93c], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]];

export const SURROGATES: readonly string[] = ['\ud83d', '\ude00', '\ude00\ud83d', '\udbff', '\udc00', '\ud800\ud800', '\udfff\udfff'];

export const WHITESPACE: readonly string[] = [
  ' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2003', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', '\u0085',
];

/** Numbers a careful parser must refuse or clamp. */
export const NUMBERS: readonly string[] = [
  '3000000000', '1e308', '-5', '0.000001', '99999999999', '0', '-0', '1e-308', '9007199254740993', 'NaN', 'Infinity', '-Infinity', '1e21',
  '2147483648', '4294967296', '1,000,000', '1.000.000', '3.5', '0,5', '½', '¾', '٣٠٠٠٠٠٠٠٠٠', '३००००', '３０００', '1e309', '0x10', '10e', '.',
  '-', '1'.repeat(400), '24', '25', '60', '61', '100', '101', '168', '192', '193', '8760', '1', '7', '0.5', '-0.000001', '5e-324',
  '1.7976931348623157e308', '⁵', '₅', 'Ⅻ', '𝟓', '00000000000000000007', '+7', '7.', '.7', '1_000', '1e+308', '-1e308', '99999999999999999999999',
];

/** Spelled-out large, negative and zero numbers per language. */
export const SPELLED: Readonly<Record<string, readonly string[]>> = {
  en: ['three billion', 'a trillion', 'minus five', 'zero', 'a million', 'ninety nine billion', 'a googol'],
  de: ['drei Milliarden', 'eine Billion', 'minus fünf', 'null', 'neunundneunzig Milliarden'],
  fr: ['trois milliards', 'mille milliards', 'moins cinq', 'zéro', 'un million'],
  es: ['tres mil millones', 'un billón', 'menos cinco', 'cero', 'un millón'],
  ja: ['三十億', '一兆', 'マイナス五', '零', '九百九十九億'],
  ru: ['три миллиарда', 'триллион', 'минус пять', 'ноль', 'миллион'],
  ar: ['ثلاثة مليارات', 'تريليون', 'سالب خمسة', 'صفر', '٣٠٠٠٠٠٠٠٠٠'],
  hi: ['तीन अरब', 'एक खरब', 'माइनस पांच', 'शून्य', '३००००००००००'],
  zh: ['三十亿', '一万亿', '负五', '零', '九百九十九亿'],
  sw: ['bilioni tatu', 'trilioni moja', 'hasi tano', 'sifuri', 'elfu tatu'],
};

export const TIMES: readonly string[] = [
  '24:30', '25:61', '99:99', '00:00', '23:59', '12:00 am', '0:00', '-1:00', '7:60', '13 pm', '7 pm pm', 'half past 25', "3000000000 o'clock",
  '7', '7.5', '07:30:99', '1e308:00', 'midnight', 'noon', '٢٤:٣٠', '２４：３０', '二十五時', '7h61', '19 Uhr 99', '-5:-5', '24:00', '12:60 pm',
  '0:0:0:0', '::', '7:', ':30', '23:59:59.999', '11:59 pm', '12 am', '12 pm', '6 in the morning', '25 o clock', '7 30', 'NaN:NaN',
];

export const DATES: readonly string[] = [
  '1 january 1900', '31 february', '30 february 2024', '29 february 2023', '0000-00-00', '9999-12-31', '275760-09-13', '-271821-04-20',
  '1970-01-01', '2038-01-19', '32 march', '0 may', 'the 99th', 'yesterday', 'tomorrow', 'today', 'december 32nd 2099', '13/13/2013',
  '2025-13-40', '1 january 1', '1 janvier 3000', '1 enero 1492', '1. Januar 1900', '1900年1月1日', '3000年2月30日', '1 января 1900',
  'monday', '+275760-09-13', 'Feb 29 2100', 'in 99999999999 days', 'in -5 days', '3000000000 days ago', '2126-01-01', '1926-01-01',
  '31/12/9999', '00/00/0000', 'the 0th of never', '29 февраля 2100', '٣١ فبراير', '३२ मार्च', 'tarehe 32 mwezi wa 13',
];

/** Arithmetic for "what is …": deep brackets, overflow, division by zero, nonsense. */
export function mathExpressions(): string[] {
  return [
    `${'('.repeat(2000)}1${')'.repeat(2000)}`,
    '('.repeat(2000),
    ')'.repeat(2000),
    `${'('.repeat(300)}1${')'.repeat(300)}`,
    `${'('.repeat(2000)}1+${')'.repeat(1999)}`,
    `1${'+1'.repeat(3000)}`,
    `2${'^2'.repeat(500)}`,
    `${'-'.repeat(1000)}1`,
    '1/0', '0/0', '-1/0', '2^1024', '10^308*10', '9^9^9^9', '1e308+1e308', '(1+2)*(3', ')))(((', '2 ** 3', '1--1', '---1', '+-+-1',
    '1/3', '0.1+0.2', 'sqrt(-1)', '999999999999999999999 * 999999999999999999999', '1 divided by 0', 'seven times seven', 'NaN + 1',
    'Infinity - Infinity', '1%0', '5 mod 0', '1e309', '2^-1074', '0^0', '(-8)^(1/3)', '3000000000 * 3000000000', '1.7976931348623157e308 * 2',
    '-0', '0 × 0', '7 ÷ 0', '١ + ١', '३ × ३', '３＋３', '七乘七', 'семь умножить на ноль', '[{(<1>)}]', '1 + ', '*', '()', '',
  ];
}

/** Markup, SQL, template syntax and prototype keys, to be shown as text and stored as data. */
export const INJECTIONS: readonly string[] = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'; DROP TABLE lists; --", "1' OR '1'='1",
  "Robert'); DROP TABLE Students;--", '{time}', '{duration}', '{list}', '{item}', '{0}', '{{7*7}}', '${7*7}', '#{7*7}', '<%= 7*7 %>',
  '%s%s%s%n', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
  '{"__proto__":{"polluted":1}}', 'constructor.prototype', '../../etc/passwd', 'javascript:alert(1)', '$&', "$'", '$1', '$$', '\\',
  '\\u0000', 'null', 'undefined', 'NaN', 'true', '[object Object]', 'data:text/html,<b>x</b>', '<!--', ']]>', '&lt;&amp;', '(a+)+$',
  '^(a|a)*$', `${'a'.repeat(60)}!`, '.*.*.*.*=.*', '<iframe src="//evil.example">', '{{constructor.constructor("return 1")()}}',
  '<style>*{display:none}</style>', '</div></div></div>', '<template><slot>', 'x" autofocus onfocus="alert(1)',
];

/** The ten locales every template is written for. */
export const TEMPLATE_LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'ru-RU', 'ar-SA', 'hi-IN', 'zh-CN', 'sw-KE'] as const;

/** Unit words (seconds … years) per template locale. */
export const UNITS: Readonly<Record<string, readonly string[]>> = {
  en: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'years'],
  de: ['Sekunden', 'Minuten', 'Stunden', 'Tagen', 'Wochen', 'Jahren'],
  fr: ['secondes', 'minutes', 'heures', 'jours', 'semaines', 'ans'],
  es: ['segundos', 'minutos', 'horas', 'días', 'semanas', 'años'],
  ja: ['秒', '分', '時間', '日', '週間', '年'],
  ru: ['секунд', 'минут', 'часов', 'дней', 'недель', 'лет'],
  ar: ['ثواني', 'دقائق', 'ساعات', 'أيام', 'أسابيع', 'سنوات'],
  hi: ['सेकंड', 'मिनट', 'घंटे', 'दिन', 'हफ्ते', 'साल'],
  zh: ['秒', '分钟', '小时', '天', '周', '年'],
  sw: ['sekunde', 'dakika', 'saa', 'siku', 'wiki', 'miaka'],
};

/**
 * A command template: `{N}` number, `{U}` unit, `{T}` time, `{D}` date, `{X}` hostile text,
 * `{E}` arithmetic. `slots` maps a slot label to the part of the text it covers.
 */
export interface TemplateDef {
  intent: string;
  text: string;
  slots?: Readonly<Record<string, string>>;
}

export type TemplateKind =
  | 'timer' | 'alarmIn' | 'alarmAt' | 'listAdd' | 'listName' | 'whatIs' | 'eventIn' | 'eventOn'
  | 'volume' | 'dim' | 'timeIn' | 'dateOf' | 'alarmRemove' | 'eventRemove' | 'play' | 'colour';

const t = (intent: string, text: string, slots?: Record<string, string>): TemplateDef => ({ intent, text, ...(slots ? { slots } : {}) });

/** Templates per language (the language part of the template locale). */
export const TEMPLATES: Readonly<Record<string, Readonly<Record<TemplateKind, TemplateDef>>>> = {
  en: {
    timer: t('alarm_set', 'set a timer for {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'set an alarm in {N} {U}', { time: 'in {N} {U}' }),
    alarmAt: t('alarm_set', 'wake me up at {T} on {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'add {X} to my shopping list', { list_name: 'shopping' }),
    listName: t('lists_createoradd', 'add milk to my {X} list', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'what is {E}'),
    eventIn: t('calendar_set', 'add {X} to my calendar in {N} {U}', { event_name: '{X}', date: 'in {N} {U}' }),
    eventOn: t('calendar_set', 'put a meeting in my calendar on {D} at {T}', { event_name: 'meeting', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'set the volume to {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'dim the lights to {N} percent', { change_amount: '{N} percent' }),
    timeIn: t('datetime_query', 'what time is it in {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'what day is {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'cancel my alarm at {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'remove the meeting on {D}', { event_name: 'meeting', date: '{D}' }),
    play: t('play_music', 'play {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'make the lights {X}', { color_type: '{X}' }),
  },
  de: {
    timer: t('alarm_set', 'stell einen Timer für {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'stell einen Wecker in {N} {U}', { time: 'in {N} {U}' }),
    alarmAt: t('alarm_set', 'weck mich um {T} am {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'füge {X} zur Einkaufsliste hinzu', { list_name: 'Einkaufsliste' }),
    listName: t('lists_createoradd', 'setz Milch auf die {X} Liste', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'was ist {E}'),
    eventIn: t('calendar_set', 'trag {X} in {N} {U} in den Kalender ein', { event_name: '{X}', date: 'in {N} {U}' }),
    eventOn: t('calendar_set', 'trag ein Treffen am {D} um {T} ein', { event_name: 'Treffen', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'stell die Lautstärke auf {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'dimm das Licht auf {N} Prozent', { change_amount: '{N} Prozent' }),
    timeIn: t('datetime_query', 'wie spät ist es in {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'welcher Tag ist {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'lösche meinen Wecker um {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'entferne das Treffen am {D}', { event_name: 'Treffen', date: '{D}' }),
    play: t('play_music', 'spiel {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'mach das Licht {X}', { color_type: '{X}' }),
  },
  fr: {
    timer: t('alarm_set', 'mets un minuteur de {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'mets une alarme dans {N} {U}', { time: 'dans {N} {U}' }),
    alarmAt: t('alarm_set', 'réveille-moi à {T} le {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'ajoute {X} à ma liste de courses', { list_name: 'courses' }),
    listName: t('lists_createoradd', 'ajoute du lait à ma liste {X}', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'combien font {E}'),
    eventIn: t('calendar_set', 'ajoute {X} à mon agenda dans {N} {U}', { event_name: '{X}', date: 'dans {N} {U}' }),
    eventOn: t('calendar_set', 'ajoute une réunion le {D} à {T}', { event_name: 'réunion', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'mets le volume à {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'baisse la lumière à {N} pour cent', { change_amount: '{N} pour cent' }),
    timeIn: t('datetime_query', 'quelle heure est-il à {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'quel jour est {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'supprime mon alarme de {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'supprime la réunion du {D}', { event_name: 'réunion', date: '{D}' }),
    play: t('play_music', 'joue {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'mets la lumière en {X}', { color_type: '{X}' }),
  },
  es: {
    timer: t('alarm_set', 'pon un temporizador de {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'pon una alarma en {N} {U}', { time: 'en {N} {U}' }),
    alarmAt: t('alarm_set', 'despiértame a las {T} el {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'añade {X} a mi lista de la compra', { list_name: 'compra' }),
    listName: t('lists_createoradd', 'añade leche a mi lista {X}', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'cuánto es {E}'),
    eventIn: t('calendar_set', 'añade {X} al calendario en {N} {U}', { event_name: '{X}', date: 'en {N} {U}' }),
    eventOn: t('calendar_set', 'añade una reunión el {D} a las {T}', { event_name: 'reunión', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'pon el volumen a {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'baja la luz al {N} por ciento', { change_amount: '{N} por ciento' }),
    timeIn: t('datetime_query', 'qué hora es en {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'qué día es {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'borra mi alarma de las {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'borra la reunión del {D}', { event_name: 'reunión', date: '{D}' }),
    play: t('play_music', 'pon {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'pon la luz {X}', { color_type: '{X}' }),
  },
  ja: {
    timer: t('alarm_set', '{N}{U}のタイマーをセットして', { time: '{N}{U}' }),
    alarmIn: t('alarm_set', '{N}{U}後にアラームをセットして', { time: '{N}{U}後' }),
    alarmAt: t('alarm_set', '{D}の{T}に起こして', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', '買い物リストに{X}を追加して', { list_name: '買い物' }),
    listName: t('lists_createoradd', '{X}リストに牛乳を追加して', { list_name: '{X}' }),
    whatIs: t('qa_maths', '{E}はいくつ'),
    eventIn: t('calendar_set', '{N}{U}後に{X}をカレンダーに追加して', { event_name: '{X}', date: '{N}{U}後' }),
    eventOn: t('calendar_set', '{D}の{T}に会議を入れて', { event_name: '会議', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', '音量を{N}にして', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', '電気を{N}パーセントに暗くして', { change_amount: '{N}パーセント' }),
    timeIn: t('datetime_query', '{X}は今何時', { place_name: '{X}' }),
    dateOf: t('datetime_query', '{D}は何曜日', { date: '{D}' }),
    alarmRemove: t('alarm_remove', '{T}のアラームを消して', { time: '{T}' }),
    eventRemove: t('calendar_remove', '{D}の会議を削除して', { event_name: '会議', date: '{D}' }),
    play: t('play_music', '{X}を再生して', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', '電気を{X}にして', { color_type: '{X}' }),
  },
  ru: {
    timer: t('alarm_set', 'поставь таймер на {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'поставь будильник через {N} {U}', { time: 'через {N} {U}' }),
    alarmAt: t('alarm_set', 'разбуди меня в {T} {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'добавь {X} в список покупок', { list_name: 'покупок' }),
    listName: t('lists_createoradd', 'добавь молоко в список {X}', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'сколько будет {E}'),
    eventIn: t('calendar_set', 'добавь {X} в календарь через {N} {U}', { event_name: '{X}', date: 'через {N} {U}' }),
    eventOn: t('calendar_set', 'добавь встречу {D} в {T}', { event_name: 'встречу', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'поставь громкость на {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'убавь свет до {N} процентов', { change_amount: '{N} процентов' }),
    timeIn: t('datetime_query', 'который час в {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'какой день {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'удали будильник на {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'удали встречу {D}', { event_name: 'встречу', date: '{D}' }),
    play: t('play_music', 'включи {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'сделай свет {X}', { color_type: '{X}' }),
  },
  ar: {
    timer: t('alarm_set', 'اضبط مؤقت لمدة {N} {U}', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', 'اضبط منبه بعد {N} {U}', { time: 'بعد {N} {U}' }),
    alarmAt: t('alarm_set', 'أيقظني الساعة {T} يوم {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'أضف {X} إلى قائمة التسوق', { list_name: 'التسوق' }),
    listName: t('lists_createoradd', 'أضف حليب إلى قائمة {X}', { list_name: '{X}' }),
    whatIs: t('qa_maths', 'كم يساوي {E}'),
    eventIn: t('calendar_set', 'أضف {X} إلى التقويم بعد {N} {U}', { event_name: '{X}', date: 'بعد {N} {U}' }),
    eventOn: t('calendar_set', 'أضف اجتماع يوم {D} الساعة {T}', { event_name: 'اجتماع', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'اضبط الصوت على {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'خفض الضوء إلى {N} بالمئة', { change_amount: '{N} بالمئة' }),
    timeIn: t('datetime_query', 'كم الساعة في {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', 'أي يوم هو {D}', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'احذف منبه الساعة {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'احذف الاجتماع يوم {D}', { event_name: 'الاجتماع', date: '{D}' }),
    play: t('play_music', 'شغل {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'اجعل الضوء {X}', { color_type: '{X}' }),
  },
  hi: {
    timer: t('alarm_set', '{N} {U} का टाइमर लगाओ', { time: '{N} {U}' }),
    alarmIn: t('alarm_set', '{N} {U} बाद अलार्म लगाओ', { time: '{N} {U} बाद' }),
    alarmAt: t('alarm_set', '{D} को {T} बजे मुझे जगाओ', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'मेरी खरीदारी सूची में {X} जोड़ो', { list_name: 'खरीदारी' }),
    listName: t('lists_createoradd', 'मेरी {X} सूची में दूध जोड़ो', { list_name: '{X}' }),
    whatIs: t('qa_maths', '{E} कितना होता है'),
    eventIn: t('calendar_set', '{N} {U} बाद कैलेंडर में {X} जोड़ो', { event_name: '{X}', date: '{N} {U} बाद' }),
    eventOn: t('calendar_set', '{D} को {T} बजे मीटिंग जोड़ो', { event_name: 'मीटिंग', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'आवाज़ {N} कर दो', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'लाइट {N} प्रतिशत कम करो', { change_amount: '{N} प्रतिशत' }),
    timeIn: t('datetime_query', '{X} में क्या समय है', { place_name: '{X}' }),
    dateOf: t('datetime_query', '{D} को कौन सा दिन है', { date: '{D}' }),
    alarmRemove: t('alarm_remove', '{T} का अलार्म हटाओ', { time: '{T}' }),
    eventRemove: t('calendar_remove', '{D} की मीटिंग हटाओ', { event_name: 'मीटिंग', date: '{D}' }),
    play: t('play_music', '{X} चलाओ', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'लाइट {X} करो', { color_type: '{X}' }),
  },
  zh: {
    timer: t('alarm_set', '设置一个{N}{U}的计时器', { time: '{N}{U}' }),
    alarmIn: t('alarm_set', '{N}{U}后设一个闹钟', { time: '{N}{U}后' }),
    alarmAt: t('alarm_set', '{D}{T}叫醒我', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', '在购物清单上添加{X}', { list_name: '购物' }),
    listName: t('lists_createoradd', '在{X}清单上添加牛奶', { list_name: '{X}' }),
    whatIs: t('qa_maths', '{E}等于多少'),
    eventIn: t('calendar_set', '{N}{U}后在日历里添加{X}', { event_name: '{X}', date: '{N}{U}后' }),
    eventOn: t('calendar_set', '在{D}{T}添加一个会议', { event_name: '会议', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', '把音量调到{N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', '把灯调暗到百分之{N}', { change_amount: '百分之{N}' }),
    timeIn: t('datetime_query', '{X}现在几点', { place_name: '{X}' }),
    dateOf: t('datetime_query', '{D}是星期几', { date: '{D}' }),
    alarmRemove: t('alarm_remove', '删除{T}的闹钟', { time: '{T}' }),
    eventRemove: t('calendar_remove', '删除{D}的会议', { event_name: '会议', date: '{D}' }),
    play: t('play_music', '播放{X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', '把灯变成{X}', { color_type: '{X}' }),
  },
  sw: {
    timer: t('alarm_set', 'weka kipima muda cha {U} {N}', { time: '{U} {N}' }),
    alarmIn: t('alarm_set', 'weka kengele baada ya {U} {N}', { time: 'baada ya {U} {N}' }),
    alarmAt: t('alarm_set', 'niamshe saa {T} tarehe {D}', { time: '{T}', date: '{D}' }),
    listAdd: t('lists_createoradd', 'ongeza {X} kwenye orodha ya ununuzi', { list_name: 'ununuzi' }),
    listName: t('lists_createoradd', 'ongeza maziwa kwenye orodha ya {X}', { list_name: '{X}' }),
    whatIs: t('qa_maths', '{E} ni ngapi'),
    eventIn: t('calendar_set', 'ongeza {X} kwenye kalenda baada ya {U} {N}', { event_name: '{X}', date: 'baada ya {U} {N}' }),
    eventOn: t('calendar_set', 'ongeza mkutano tarehe {D} saa {T}', { event_name: 'mkutano', date: '{D}', time: '{T}' }),
    volume: t('audio_volume_other', 'weka sauti kwenye {N}', { change_amount: '{N}' }),
    dim: t('iot_hue_lightdim', 'punguza mwanga hadi asilimia {N}', { change_amount: 'asilimia {N}' }),
    timeIn: t('datetime_query', 'ni saa ngapi {X}', { place_name: '{X}' }),
    dateOf: t('datetime_query', '{D} ni siku gani', { date: '{D}' }),
    alarmRemove: t('alarm_remove', 'futa kengele ya saa {T}', { time: '{T}' }),
    eventRemove: t('calendar_remove', 'futa mkutano wa {D}', { event_name: 'mkutano', date: '{D}' }),
    play: t('play_music', 'cheza {X}', { song_name: '{X}' }),
    colour: t('iot_hue_lightchange', 'fanya taa iwe {X}', { color_type: '{X}' }),
  },
};

export const TEMPLATE_KINDS = Object.keys(TEMPLATES.en!) as TemplateKind[];
