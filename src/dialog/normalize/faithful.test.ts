/**
 * Normalizers return the value that was said, faithfully: a sign, an exponent, an explicit
 * year are kept (the skills decide what is out of range); what is not a value is null; and
 * no reader ever returns NaN or Infinity. Dates are relative to Friday 14 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { cjkValue } from './numbers.ts';
import { durationMeant, parseAmount, parseDate, parseDuration, parseNumber, parseTime } from './index.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

describe('durations keep their sign and size', () => {
  it.each([
    ['en-US', '1e9 seconds', 1e9],
    ['en-US', '2e3 minutes', 120_000],
    ['en-US', '-5 minutes', -300],
    ['en-US', '−5 minutes', -300],
    ['en-US', '-1 hour 30 minutes', -5400],
    ['en-US', '-2 and a half hours', -9000],
    ['en-US', '5-10 minutes', 600],
    ['de-DE', '-5 Minuten', -300],
    ['fr-FR', '-5 minutes', -300],
    ['es-ES', '-5 minutos', -300],
    ['it-IT', '-5 minuti', -300],
    ['pt-PT', '-5 minutos', -300],
    ['ja-JP', '-5分', -300],
    ['zh-CN', '-5分钟', -300],
    ['hi-IN', '-5 मिनट', -300],
    ['ar-SA', '-5 دقائق', -300],
    ['ru-RU', '-5 минут', -300],
    ['sw-KE', 'dakika -5', -300],
    ['en-US', '0 minutes', 0],
    ['ar-SA', 'ل5 دقائق', 300],
  ])('%s %s → %d s', (locale, text, seconds) => {
    expect(parseDuration(text, locale)).toBe(seconds);
  });

  it('does not read the minutes of a clock notation as a length ("1:30 hours" is not 30 hours)', () => {
    expect(parseDuration('1:30 hours', 'en-US')).toBeNull();
    expect(parseDuration('7:30 minutes', 'en-US')).toBeNull();
  });

  it('reads a negative length of time in context too', () => {
    expect(durationMeant('-5 minutes', 'set a timer for -5 minutes', 'en-US')).toBe(-300);
  });

  const HUGE = '9'.repeat(400);
  it.each([
    ['en-US', 'HUGE seconds'],
    ['en-US', '1e999 minutes'],
    ['de-DE', 'HUGE Stunden'],
    ['ja-JP', 'HUGE時間半'],
    ['en-US', 'HUGE and a half hours'],
  ])('%s "%s" (HUGE: 400 nines) is null, never Infinity', (locale, text) => {
    expect(parseDuration(text.replace('HUGE', HUGE), locale)).toBeNull();
  });
});

describe('clock times past 24:00 are not clock times', () => {
  it.each([
    ['en-US', '24:30'],
    ['en-US', '25:00'],
    ['en-US', '12:60'],
    ['en-US', '99:99'],
    ['en-US', '124:30'],
    ['en-US', '2430'],
    ['de-DE', '24 uhr 30'],
    ['de-DE', 'vierundzwanzig uhr dreißig'],
    ['fr-FR', '24 h 30'],
    ['fr-FR', '24h30'],
    ['fr-FR', 'vingt-quatre heures trente'],
    ['es-ES', 'las veinticuatro y media'],
    ['it-IT', 'le ventiquattro e trenta'],
    ['pt-PT', 'vinte e quatro e meia'],
    ['ja-JP', '二十四時半'],
    ['ja-JP', '24時30分'],
    ['zh-CN', '二十四点三十分'],
    ['hi-IN', '24 बजकर 30'],
    ['ar-SA', '٢٤:٣٠'],
    ['ru-RU', '24 часа 30'],
    ['sw-KE', '24:30'],
  ])('%s %s → null', (locale, text) => {
    expect(parseTime(text, locale)).toBeNull();
  });

  it('still reads 24:00 as midnight and 23:59 as itself', () => {
    expect(parseTime('24:00', 'en-US')).toMatchObject({ h: 0, m: 0 });
    expect(parseTime('23:59', 'en-US')).toMatchObject({ h: 23, m: 59 });
    expect(parseTime('0:30', 'fr-FR')).toMatchObject({ h: 0, m: 30 });
  });
});

describe('an explicit year is kept', () => {
  it.each([
    ['en-US', '1 january 1900'],
    ['en-US', 'january 1st 1900'],
    ['en-US', '1/1/1900'],
    ['en-US', '1900-01-01'],
    ['de-DE', '1. Januar 1900'],
    ['de-DE', '1.1.1900'],
    ['fr-FR', '1er janvier 1900'],
    ['es-ES', '1 de enero de 1900'],
    ['it-IT', '1 gennaio 1900'],
    ['pt-PT', '1 de janeiro de 1900'],
    ['ja-JP', '1900年1月1日'],
    ['ja-JP', '千九百年一月一日'],
    ['zh-CN', '1900年1月1日'],
    ['zh-CN', '一九〇〇年一月一日'],
    ['hi-IN', '1 जनवरी 1900'],
    ['ar-SA', '1 يناير 1900'],
    ['ru-RU', '1 января 1900 года'],
    ['sw-KE', 'tarehe 1 januari 1900'],
  ])('%s %s → 1900-01-01', (locale, text) => {
    expect(parseDate(text, locale, NOW)).toEqual({ y: 1900, m: 1, d: 1 });
  });

  it('keeps years after 2099 and before 100 too', () => {
    expect(parseDate('5 may 2150', 'en-US', NOW)).toEqual({ y: 2150, m: 5, d: 5 });
    expect(parseDate('0050-03-01', 'en-US', NOW)).toEqual({ y: 50, m: 3, d: 1 });
  });

  it.each([
    ['en-US', `in ${'9'.repeat(30)} days`],
    ['ja-JP', `${'9'.repeat(30)}日後`],
    ['ru-RU', `через ${'9'.repeat(30)} дней`],
  ])('%s "%s": a day beyond the calendar is a real day far out of range, never NaN', (locale, text) => {
    // Clamped where Date ends, so the skills can say "too far" rather than "not understood".
    const day = parseDate(text, locale, NOW);
    expect(day).not.toBeNull();
    expect(Number.isFinite(day!.y) && day!.y > 200_000).toBe(true);
    expect(Number.isNaN(new Date(day!.y, day!.m - 1, day!.d).getTime())).toBe(false);
  });
});

describe('numbers stay finite', () => {
  it('reads runs of CJK digits as positional numbers (years)', () => {
    expect(cjkValue('二〇二五')).toBe(2025);
    expect(cjkValue('一九〇〇')).toBe(1900);
    expect(cjkValue('两千零二十五')).toBe(2025);
    expect(cjkValue('二十五')).toBe(25);
  });

  it('returns null for numbers beyond floating point, never Infinity', () => {
    expect(parseNumber('9'.repeat(400), 'en-US')).toBeNull();
    expect(parseAmount(`to ${'9'.repeat(400)} percent`, 'en-US')).toBeNull();
    expect(parseNumber('9'.repeat(20), 'en-US')).toBe(1e20);
  });

  it('reads German hundreds without recursion', () => {
    expect(parseNumber('neunzehnhundert', 'de-DE')).toBe(1900);
    expect(parseNumber('zweihundertdreiundvierzig', 'de-DE')).toBe(243);
    expect(parseNumber('hundert', 'de-DE')).toBe(100);
    expect(parseNumber('hundert'.repeat(20_000), 'de-DE')).toBeNull();
    expect(parseNumber('tausend'.repeat(20_000), 'de-DE')).toBeNull();
    // Words that only contain a number word stay words.
    expect(parseNumber('centro', 'it-IT')).toBeNull();
    expect(parseNumber('milano', 'it-IT')).toBeNull();
    expect(parseNumber('cento'.repeat(20_000), 'it-IT')).toBeNull();
  });
});
