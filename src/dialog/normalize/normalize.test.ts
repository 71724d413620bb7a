/**
 * Normalization tables: one block per supported locale, with the value a person means.
 * Dates are relative to a fixed `now`: Friday 14 March 2025, 10:00 local time.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount, parseColour, parseDate, parseDuration, parseNumber, parseTime } from './index.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

type HM = { h: number; m: number };
const TIMES: [string, string, HM][] = [
  // Day periods as people say or a recognizer writes them: the evening must not read as the morning.
  ['en-US', '6 30 p m', { h: 18, m: 30 }],
  ['en-US', '7 a m', { h: 7, m: 0 }],
  ['ar-SA', 'الساعة 8 المسا', { h: 20, m: 0 }],
  ['ar-SA', 'الليلة الساعة 7', { h: 19, m: 0 }],
  // An article after "Uhr" is no minute; "eins" is.
  ['de-DE', 'um 10 uhr einen termin beim friseur', { h: 10, m: 0 }],
  ['de-DE', 'um 15 uhr eine besprechung', { h: 15, m: 0 }],
  ['de-DE', 'zehn uhr eins', { h: 10, m: 1 }],
  // Polish minutes to an hour said as an ordinal: not "twenty-seventh".
  ['pl-PL', 'za dwadzieścia siódma', { h: 6, m: 40 }],
  ['pl-PL', 'za dziesięć ósma wieczorem', { h: 19, m: 50 }],
  ['pl-PL', 'za dwadzieścia pięć dziewiąta', { h: 8, m: 35 }],
  ['en-US', 'seven', { h: 7, m: 0 }],
  ['en-US', 'seven am', { h: 7, m: 0 }],
  ['en-US', 'three p. m.', { h: 15, m: 0 }],
  ['en-US', '7pm', { h: 19, m: 0 }],
  ['en-US', 'half past seven', { h: 7, m: 30 }],
  ['en-US', 'quarter to eight in the evening', { h: 19, m: 45 }],
  ['en-US', 'six forty five', { h: 6, m: 45 }],
  ['en-US', 'twenty five past ten', { h: 10, m: 25 }],
  ['en-US', 'noon', { h: 12, m: 0 }],
  ['en-US', '19:30', { h: 19, m: 30 }],
  ['en-US', 'seven hundred and thirty am', { h: 7, m: 30 }],
  ['de-DE', 'halb acht', { h: 7, m: 30 }],
  ['de-DE', 'sieben uhr', { h: 7, m: 0 }],
  ['de-DE', 'siebzehn uhr', { h: 17, m: 0 }],
  ['de-DE', 'acht uhr abends', { h: 20, m: 0 }],
  ['de-DE', 'viertel vor neun', { h: 8, m: 45 }],
  ['de-DE', 'viertel nach sechs', { h: 6, m: 15 }],
  ['de-DE', 'sieben uhr dreißig', { h: 7, m: 30 }],
  ['de-DE', 'drei p. m.', { h: 15, m: 0 }],
  ['fr-FR', 'sept heures', { h: 7, m: 0 }],
  ['fr-FR', 'sept heures et demie', { h: 7, m: 30 }],
  ['fr-FR', 'dix-sept heures', { h: 17, m: 0 }],
  ['fr-FR', 'six heures quarante cinq du matin', { h: 6, m: 45 }],
  ['fr-FR', 'quatre heure du soir', { h: 16, m: 0 }],
  ['fr-FR', 'huit heures moins le quart', { h: 7, m: 45 }],
  ['fr-FR', '19h30', { h: 19, m: 30 }],
  ['fr-FR', 'midi', { h: 12, m: 0 }],
  ['es-ES', 'las siete y media', { h: 7, m: 30 }],
  ['es-ES', 'cuatro de la tarde', { h: 16, m: 0 }],
  ['es-ES', 'diez y media de la mañana', { h: 10, m: 30 }],
  ['es-ES', 'ocho menos cuarto', { h: 7, m: 45 }],
  ['es-ES', 'diez de la noche', { h: 22, m: 0 }],
  ['it-IT', 'le sette e mezza', { h: 7, m: 30 }],
  ['it-IT', 'otto di sera', { h: 20, m: 0 }],
  ['it-IT', 'nove meno un quarto', { h: 8, m: 45 }],
  ['it-IT', 'le sette e venticinque', { h: 7, m: 25 }],
  ["it-IT", "l'una e trenta", { h: 1, m: 30 }],
  ['pt-PT', 'sete e meia', { h: 7, m: 30 }],
  ['pt-PT', 'três da tarde', { h: 15, m: 0 }],
  ['pt-PT', 'dez e quinze da noite', { h: 22, m: 15 }],
  ['ja-JP', '午後九時', { h: 21, m: 0 }],
  ['ja-JP', '午前六時四十五分', { h: 6, m: 45 }],
  ['ja-JP', '七時半', { h: 7, m: 30 }],
  ['ja-JP', '十二時', { h: 12, m: 0 }],
  ['zh-CN', '下午三点', { h: 15, m: 0 }],
  ['zh-CN', '早上六点', { h: 6, m: 0 }],
  ['zh-CN', '七点半', { h: 7, m: 30 }],
  ['zh-CN', '晚上八点十五分', { h: 20, m: 15 }],
  ['zh-CN', '中午十二点', { h: 12, m: 0 }],
  ['zh-CN', '两点一刻', { h: 2, m: 15 }],
  ['hi-IN', 'सात बजे', { h: 7, m: 0 }],
  ['hi-IN', 'साढ़े सात', { h: 7, m: 30 }],
  ['hi-IN', 'शाम चार बजे', { h: 16, m: 0 }],
  ['hi-IN', 'दोपहर एक बजे', { h: 13, m: 0 }],
  ['hi-IN', 'दो तीस पी.एम.', { h: 14, m: 30 }],
  ['hi-IN', 'पौने आठ', { h: 7, m: 45 }],
  ['ar-SA', 'سبعة', { h: 7, m: 0 }],
  ['ar-SA', 'تسعة الصبح', { h: 9, m: 0 }],
  ['ar-SA', 'خمسة ونص العصر', { h: 17, m: 30 }],
  ['ar-SA', 'وحده الظهر', { h: 13, m: 0 }],
  ['ar-SA', 'الثالثة', { h: 3, m: 0 }],
  ['ar-SA', '٧:٣٠', { h: 7, m: 30 }],
  ['ru-RU', 'семь утра', { h: 7, m: 0 }],
  ['ru-RU', 'трёх часов дня', { h: 15, m: 0 }],
  ['ru-RU', 'половина восьмого', { h: 7, m: 30 }],
  ['ru-RU', 'полвосьмого вечера', { h: 19, m: 30 }],
  ['ru-RU', 'без четверти девять', { h: 8, m: 45 }],
  ['ru-RU', 'семь тридцать', { h: 7, m: 30 }],
  ['ru-RU', 'пятьсот тридцать', { h: 5, m: 30 }],
  ['sw-KE', 'saa moja asubuhi', { h: 7, m: 0 }],
  ['sw-KE', 'saa saba mchana', { h: 13, m: 0 }],
  ['sw-KE', 'saa kumi na moja jioni', { h: 17, m: 0 }],
  ['sw-KE', 'saa kumi na mbili na nusu jioni', { h: 18, m: 30 }],
  ['sw-KE', 'saa sita mchana', { h: 12, m: 0 }],
  ['sw-KE', 'saa nne usiku', { h: 22, m: 0 }],
  ['sw-KE', '07:30', { h: 7, m: 30 }],
  // Plain digits are read in any locale.
  ['nl-NL', '7:30', { h: 7, m: 30 }],
  ['ko-KR', '19:05', { h: 19, m: 5 }],
];

type YMD = { y: number; m: number; d: number };
const DATES: [string, string, YMD][] = [
  ['en-US', 'today', { y: 2025, m: 3, d: 14 }],
  ['en-US', 'tomorrow', { y: 2025, m: 3, d: 15 }],
  ['en-US', 'the day after tomorrow', { y: 2025, m: 3, d: 16 }],
  ['en-US', 'monday', { y: 2025, m: 3, d: 17 }],
  ['en-US', 'next friday', { y: 2025, m: 3, d: 21 }],
  ['en-US', 'fifth of april', { y: 2025, m: 4, d: 5 }],
  ['en-US', 'march 3rd', { y: 2026, m: 3, d: 3 }],
  ['en-US', 'in three days', { y: 2025, m: 3, d: 17 }],
  ['en-US', "tomorrow's", { y: 2025, m: 3, d: 15 }],
  ['en-US', 'the twenty fifth', { y: 2025, m: 3, d: 25 }],
  ['en-US', 'the tenth', { y: 2025, m: 4, d: 10 }],
  ['en-US', 'april second', { y: 2025, m: 4, d: 2 }],
  ['de-DE', 'morgen', { y: 2025, m: 3, d: 15 }],
  ['de-DE', 'übermorgen', { y: 2025, m: 3, d: 16 }],
  ['de-DE', 'dienstag', { y: 2025, m: 3, d: 18 }],
  ['de-DE', 'fünfter april', { y: 2025, m: 4, d: 5 }],
  ['de-DE', 'ersten mai', { y: 2025, m: 5, d: 1 }],
  ['de-DE', '24.12.', { y: 2025, m: 12, d: 24 }],
  ['fr-FR', 'demain', { y: 2025, m: 3, d: 15 }],
  ['fr-FR', 'après-demain', { y: 2025, m: 3, d: 16 }],
  ['fr-FR', "aujourd'hui", { y: 2025, m: 3, d: 14 }],
  ['fr-FR', 'mardi', { y: 2025, m: 3, d: 18 }],
  ['fr-FR', 'le vingt et un avril', { y: 2025, m: 4, d: 21 }],
  ['fr-FR', 'le quinzième', { y: 2025, m: 3, d: 15 }],
  ['fr-FR', 'le lendemain', { y: 2025, m: 3, d: 15 }],
  ['es-ES', 'mañana', { y: 2025, m: 3, d: 15 }],
  ['es-ES', 'pasado mañana', { y: 2025, m: 3, d: 16 }],
  ['es-ES', 'veintitrés de marzo', { y: 2025, m: 3, d: 23 }],
  ['es-ES', 'jueves', { y: 2025, m: 3, d: 20 }],
  ['it-IT', 'domani', { y: 2025, m: 3, d: 15 }],
  ['it-IT', 'sabato', { y: 2025, m: 3, d: 15 }],
  ['it-IT', 'primo maggio', { y: 2025, m: 5, d: 1 }],
  ['pt-PT', 'amanhã', { y: 2025, m: 3, d: 15 }],
  ['pt-PT', 'segunda-feira', { y: 2025, m: 3, d: 17 }],
  ['pt-PT', 'dez de junho', { y: 2025, m: 6, d: 10 }],
  ['ja-JP', '明日', { y: 2025, m: 3, d: 15 }],
  ['ja-JP', '明後日', { y: 2025, m: 3, d: 16 }],
  ['ja-JP', '金曜日', { y: 2025, m: 3, d: 14 }],
  ['ja-JP', '四月五日', { y: 2025, m: 4, d: 5 }],
  ['zh-CN', '明天', { y: 2025, m: 3, d: 15 }],
  ['zh-CN', '后天', { y: 2025, m: 3, d: 16 }],
  ['zh-CN', '周三', { y: 2025, m: 3, d: 19 }],
  ['zh-CN', '这个月二十九号', { y: 2025, m: 3, d: 29 }],
  ['zh-CN', '五月一日', { y: 2025, m: 5, d: 1 }],
  ['zh-CN', '三月十五', { y: 2025, m: 3, d: 15 }],
  ['hi-IN', 'कल', { y: 2025, m: 3, d: 15 }],
  ['hi-IN', 'परसों', { y: 2025, m: 3, d: 16 }],
  ['hi-IN', 'सोमवार', { y: 2025, m: 3, d: 17 }],
  ['hi-IN', 'पांच अप्रैल', { y: 2025, m: 4, d: 5 }],
  ['hi-IN', 'पच्चीसवें', { y: 2025, m: 3, d: 25 }],
  ['ar-SA', 'بكره', { y: 2025, m: 3, d: 15 }],
  ['ar-SA', 'اليوم', { y: 2025, m: 3, d: 14 }],
  ['ar-SA', 'الاثنين', { y: 2025, m: 3, d: 17 }],
  ['ar-SA', 'ثلاثة من ابريل', { y: 2025, m: 4, d: 3 }],
  ['ar-SA', 'خمسطعش', { y: 2025, m: 3, d: 15 }],
  ['ar-SA', 'بعد يومين', { y: 2025, m: 3, d: 16 }],
  ['ru-RU', 'завтра', { y: 2025, m: 3, d: 15 }],
  ['ru-RU', 'послезавтра', { y: 2025, m: 3, d: 16 }],
  ['ru-RU', 'в среду', { y: 2025, m: 3, d: 19 }],
  ['ru-RU', 'четвёртое июля', { y: 2025, m: 7, d: 4 }],
  ['ru-RU', 'двадцать четвертого мая', { y: 2025, m: 5, d: 24 }],
  ['ru-RU', 'завтрашний', { y: 2025, m: 3, d: 15 }],
  ['ru-RU', 'пятнадцатого числа', { y: 2025, m: 3, d: 15 }],
  ['sw-KE', 'kesho', { y: 2025, m: 3, d: 15 }],
  ['sw-KE', 'leo', { y: 2025, m: 3, d: 14 }],
  ['sw-KE', 'jumatatu', { y: 2025, m: 3, d: 17 }],
  ['sw-KE', 'tarehe nne aprili', { y: 2025, m: 4, d: 4 }],
  ['sw-KE', 'tarehe kumi na tano', { y: 2025, m: 3, d: 15 }],
  ['ko-KR', '2025-06-01', { y: 2025, m: 6, d: 1 }],
];

const DURATIONS: [string, string, number][] = [
  // A count of minutes and a half, in the order each language says it.
  ['en-US', 'four and a half minutes', 270],
  ['en-US', 'six minutes and a half', 390],
  ['de-DE', 'viereinhalb minuten', 270],
  ['de-DE', 'zweieinhalb stunden', 9000],
  ['fr-FR', 'quatre minutes et demie', 270],
  ['es-ES', 'cuatro minutos y medio', 270],
  ['it-IT', 'quattro minuti e mezzo', 270],
  ['pt-PT', 'quatro minutos e meio', 270],
  ['nl-NL', 'vier en een halve minuut', 270],
  ['pl-PL', 'cztery i pół minuty', 270],
  ['ru-RU', 'четыре с половиной минуты', 270],
  ['tr-TR', 'dört buçuk dakika', 270],
  ['ja-JP', '4分半', 270],
  ['zh-CN', '四分半', 270],
  ['ko-KR', '4분 반', 270],
  ['sw-KE', 'dakika nne na nusu', 270],
  ['hi-IN', 'साढ़े चार मिनट', 270],
  ['hi-IN', 'ढाई मिनट', 150],
  ['hi-IN', 'साढ़े तीन घंटे', 12600],
  ['ar-SA', 'أربع دقائق ونص', 270],
  ['ar-SA', 'دقيقتين ونص', 150],
  // One minute and a half, said with the language's own word for "one and a half" or no count.
  ['en-US', 'a minute and a half', 90],
  ['de-DE', 'anderthalb minuten', 90],
  ['es-ES', 'minuto y medio', 90],
  ['pt-PT', 'um minuto e meio', 90],
  ['it-IT', 'minuto e mezzo', 90],
  ['nl-NL', 'anderhalve minuut', 90],
  ['pl-PL', 'półtorej minuty', 90],
  ['ru-RU', 'полторы минуты', 90],
  ['ar-SA', 'دقيقة ونص', 90],
  ['pl-PL', 'półtorej godziny', 5400],
  ['en-US', 'one hour and four and a half minutes', 3870],
  ['en-US', 'five minutes', 300],
  ['en-US', 'an hour', 3600],
  ['en-US', 'half an hour', 1800],
  ['en-US', 'one hour and thirty minutes', 5400],
  ['en-US', '90 seconds', 90],
  ['de-DE', 'fünf Minuten', 300],
  ['de-DE', 'eine halbe Stunde', 1800],
  ['de-DE', 'zwei Stunden', 7200],
  ['fr-FR', 'dix minutes', 600],
  ['fr-FR', 'une demi-heure', 1800],
  ['es-ES', 'veinte segundos', 20],
  ['es-ES', 'media hora', 1800],
  ['it-IT', 'tre minuti', 180],
  ['pt-PT', 'quinze minutos', 900],
  ['ja-JP', '5分', 300],
  ['ja-JP', '一時間', 3600],
  ['ja-JP', '三十分', 1800],
  ['zh-CN', '十秒', 10],
  ['zh-CN', '半小时', 1800],
  ['zh-CN', '一个小时', 3600],
  ['zh-CN', '俩小时', 7200],
  ['hi-IN', 'पांच मिनट', 300],
  ['hi-IN', 'डेढ़ घंटा', 5400],
  ['ar-SA', 'خمس دقائق', 300],
  ['ar-SA', 'ساعتين', 7200],
  ['ar-SA', 'نص ساعة', 1800],
  ['ru-RU', 'пять минут', 300],
  ['ru-RU', 'полчаса', 1800],
  ['ru-RU', 'два часа', 7200],
  ['sw-KE', 'dakika tano', 300],
  ['sw-KE', 'saa moja', 3600],
  ['sw-KE', 'masaa mawili', 7200],
  ['it-IT', "un'ora", 3600],
  ['ru-RU', 'полтора часа', 5400],
];

const COLOURS: [string, string, string][] = [
  // A compound colour word holding another colour's stem: the longer word is the colour.
  ['zh-CN', '粉红色', 'pink'],
  ['zh-CN', '把灯调成粉紅', 'pink'],
  ['zh-CN', '红色', 'red'],
  ['en-US', 'blue', 'blue'],
  ['de-DE', 'rote', 'red'],
  ['fr-FR', 'vertes', 'green'],
  ['es-ES', 'rojas', 'red'],
  ['it-IT', 'gialla', 'yellow'],
  ['pt-PT', 'azul', 'blue'],
  ['ja-JP', 'オレンジ色', 'orange'],
  ['zh-CN', '红色', 'red'],
  ['hi-IN', 'नीली', 'blue'],
  ['ar-SA', 'الأزرق', 'blue'],
  ['ar-SA', 'خضرا', 'green'],
  ['ru-RU', 'зелёный', 'green'],
  ['sw-KE', 'nyekundu', 'red'],
  ['en-US', 'warm', 'warm'],
  ['de-DE', 'lavendelfarbenes', 'purple'],
  ['hi-IN', 'orange', 'orange'],
  ['ru-RU', 'тёплым', 'warm'],
];

const NUMBERS: [string, string, number][] = [
  ['en-US', 'seven', 7],
  ['en-US', 'three hundred and fifty five', 355],
  ['en-US', 'one thousand five hundred and twenty', 1520],
  ['fr-FR', 'deux mille', 2000],
  ['es-ES', 'mil cien', 1100],
  ['ru-RU', 'две тысячи', 2000],
  ['de-DE', 'sieben', 7],
  ['de-DE', 'dreiundzwanzig', 23],
  ['fr-FR', 'sept', 7],
  ['fr-FR', 'quatre-vingt-dix-neuf', 99],
  ['fr-FR', 'soixante-dix', 70],
  ['es-ES', 'treinta y cinco', 35],
  ['it-IT', 'ventotto', 28],
  ['pt-PT', 'vinte e um', 21],
  ['ja-JP', '七', 7],
  ['zh-CN', '二十五', 25],
  ['hi-IN', 'सात', 7],
  ['hi-IN', 'पैंतालीस', 45],
  ['ar-SA', 'سبعة', 7],
  ['ar-SA', 'خمسة وعشرين', 25],
  ['ar-SA', 'ثلاثة عشر', 13],
  ['ru-RU', 'семь', 7],
  ['ru-RU', 'сорок два', 42],
  ['sw-KE', 'saba', 7],
  ['sw-KE', 'ishirini na tano', 25],
  ['ko-KR', '42', 42],
  // Hundreds and thousands: words of their own, glued into one word, or after the hundreds' "and".
  ['pt-PT', 'trezentos e sessenta e cinco', 365],
  ['pt-PT', 'quinhentas', 500],
  ['es-ES', 'setecientos cuarenta y dos', 742],
  ['es-ES', 'novecientas', 900],
  ['it-IT', 'trecentosessantacinque', 365],
  ['it-IT', 'milleduecento', 1200],
  ['it-IT', 'duemilacinquecento', 2500],
  ['it-IT', 'centottanta', 180],
  ['de-DE', 'tausend', 1000],
  ['de-DE', 'zweitausendundzwanzig', 2020],
  ['hi-IN', 'पैंसठ', 65],
  ['hi-IN', 'तीन सौ निन्यानवे', 399],
  ['hi-IN', 'सतहत्तर', 77],
  ['ar-SA', 'ثلاث مية وخمسة وستين', 365],
  ['ar-SA', 'خمسمية', 500],
  ['ar-SA', 'الف', 1000],
];

describe('parseTime', () => {
  it.each(TIMES)('%s %s', (locale, text, expected) => {
    const t = parseTime(text, locale);
    expect(t && { h: t.h, m: t.m }).toEqual(expected);
  });

  it('marks a bare hour as ambiguous and a marked one as not', () => {
    expect(parseTime('seven', 'en-US')?.ambiguous).toBe(true);
    expect(parseTime('seven pm', 'en-US')?.ambiguous).toBe(false);
    expect(parseTime('siebzehn uhr', 'de-DE')?.ambiguous).toBe(false);
  });

  it.each([
    ['en-US', 'whenever'],
    ['de-DE', 'später'],
    ['my-MM', 'နာရီ ဘယ်လောက်လဲ'], // the hour word with no number (what time is it)
    ['km-KH', 'ម៉ោងរោទ៍'], // an alarm clock: the hour word with no number
    ['en-US', '25:00'],
  ])('returns null for %s %s', (locale, text) => {
    expect(parseTime(text, locale)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each(DATES)('%s %s', (locale, text, expected) => {
    expect(parseDate(text, locale, NOW)).toEqual(expected);
  });

  it.each([
    ['en-US', 'someday'],
    ['en-US', 'february 30'],
  ])('returns null for %s %s', (locale, text) => {
    expect(parseDate(text, locale, NOW)).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each(DURATIONS)('%s %s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });

  it.each([
    ['en-US', 'a while'],
    ['en-US', '5'],
    ['my-MM', 'မိနစ်'],
  ])('returns null for %s %s', (locale, text) => {
    expect(parseDuration(text, locale)).toBeNull();
  });
});

describe('parseColour', () => {
  it.each(COLOURS)('%s %s', (locale, text, name) => {
    expect(parseColour(text, locale)?.name).toBe(name);
  });

  it('returns null for words that are not colours', () => {
    expect(parseColour('something softer', 'en-US')).toBeNull();
    expect(parseColour('reduce', 'en-US')).toBeNull();
    // A language with neither a pack nor a colour table (Basque "gorria", red).
    expect(parseColour('gorria', 'eu-ES')).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each(NUMBERS)('%s %s', (locale, text, value) => {
    expect(parseNumber(text, locale)).toBe(value);
  });

  it('reads amounts and percentages', () => {
    expect(parseAmount('to fifty percent', 'en-US')).toEqual({ value: 50, percent: true });
    expect(parseAmount('auf 30 %', 'de-DE')).toEqual({ value: 30, percent: true });
    expect(parseAmount('to seven', 'en-US')).toEqual({ value: 7, percent: false });
    expect(parseAmount('a lot', 'en-US')).toBeNull();
  });
});
