/**
 * 100,000 characters of hostile input through every normalizer in every language it
 * supports. Each reader must return null or a finite value and finish; the time bound is
 * loose on purpose (it catches quadratic or exponential blow-ups, it is not a benchmark).
 */
import { describe, expect, it } from 'vitest';
import { durationMeant, parseAmount, parseColour, parseDate, parseDuration, parseNumber, parseTime } from './index.ts';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'ja-JP', 'zh-CN', 'hi-IN', 'ar-SA', 'ru-RU', 'sw-KE', 'nl-NL'];
const NOW = new Date(2025, 2, 14, 10, 0);

const HOSTILE: Record<string, string> = {
  words: 'a '.repeat(50_000),
  digits: '1'.repeat(100_000),
  spacedDigits: '1 '.repeat(50_000),
  percents: '5 % '.repeat(25_000),
  spaces: `1${' '.repeat(100_000)}x`,
  clock: '1:'.repeat(50_000),
  minus: '-'.repeat(100_000),
  numberWords: 'hundert'.repeat(14_000),
  andHalf: '1 and a half '.repeat(7_000),
  days: '1日後'.repeat(33_000),
  minutes: '5分'.repeat(50_000),
};

/** Runs `f` and fails when it takes longer than a generous bound. */
function quickly<T>(f: () => T): T {
  const t0 = performance.now();
  const value = f();
  expect(performance.now() - t0).toBeLessThan(2000);
  return value;
}

/** Null, or an object or number whose numbers are all finite. */
function sane(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object') return Object.values(value).every((v) => typeof v !== 'number' || Number.isFinite(v));
  return false;
}

describe('normalizers on 100,000 hostile characters', () => {
  it.each(Object.entries(HOSTILE))('%s: every reader, every locale', (_name, text) => {
    for (const locale of LOCALES) {
      expect(sane(quickly(() => parseTime(text, locale)))).toBe(true);
      expect(sane(quickly(() => parseDate(text, locale, NOW)))).toBe(true);
      expect(sane(quickly(() => parseDuration(text, locale)))).toBe(true);
      expect(sane(quickly(() => durationMeant('5 minutes', text, locale)))).toBe(true);
      expect(sane(quickly(() => parseNumber(text, locale)))).toBe(true);
      expect(sane(quickly(() => parseAmount(text, locale)))).toBe(true);
      expect(quickly(() => parseColour(text, locale))).toBeNull();
    }
  });

  it('reads the value in a long but ordinary text', () => {
    expect(quickly(() => parseDuration(`${'very '.repeat(20_000)}long 5 minutes`, 'en-US'))).toBe(300);
    expect(quickly(() => parseTime(`${'so '.repeat(30_000)}at 7:30`, 'en-US'))).toMatchObject({ h: 7, m: 30 });
  });
});
