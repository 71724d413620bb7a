/**
 * 100,000 characters of hostile input through every regex-bearing step of the arithmetic
 * path. Each call must return a sane value and finish; the time bound is loose on purpose
 * (it catches quadratic or exponential blow-ups, it is not a benchmark).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, MathError, tokenize } from './parser.ts';
import { markPercent, percentOf } from './percent.ts';
import { arithmeticSpan, spokenToExpression, symbolsOf } from './words.ts';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'ja-JP', 'zh-CN', 'hi-IN', 'ar-SA', 'ru-RU', 'sw-KE', 'nl-NL'];

const HOSTILE: Record<string, string> = {
  words: 'a '.repeat(50_000),
  digits: '1'.repeat(100_000),
  percents: '5 % '.repeat(25_000),
  add: `add ${'x and '.repeat(20_000)}`,
  spaces: `1${' '.repeat(100_000)}x`,
  minus: '-'.repeat(100_000),
  open: '('.repeat(100_000),
  sums: '1 plus '.repeat(14_000),
  percentOf: '5 % of '.repeat(14_000),
  dots: '1.'.repeat(50_000),
  numberWords: 'hundert'.repeat(14_000),
  kanji: '百の'.repeat(50_000),
  zhPercent: '百分之'.repeat(33_000),
};

/** Runs `f` and fails when it takes longer than a generous bound. */
function quickly<T>(f: () => T): T {
  const t0 = performance.now();
  const value = f();
  expect(performance.now() - t0).toBeLessThan(2000);
  return value;
}

describe('arithmetic on 100,000 hostile characters', () => {
  it.each(Object.entries(HOSTILE))('%s: spokenToExpression refuses it quickly in every locale', (_name, text) => {
    for (const locale of LOCALES) expect(quickly(() => spokenToExpression(text, locale))).toBeNull();
  });

  it.each(Object.entries(HOSTILE))('%s: the uncapped steps stay linear', (_name, text) => {
    for (const locale of LOCALES) {
      const lang = locale.slice(0, 2);
      expect(typeof quickly(() => percentOf(text, lang))).toBe('string');
      expect(typeof quickly(() => markPercent(text, lang))).toBe('string');
      // Number words, percent, operator and bracket words, in one pass over the text.
      const symbols = quickly(() => symbolsOf(text, locale));
      const span = quickly(() => arithmeticSpan(symbols));
      expect(span === null || span.length <= symbols.length).toBe(true);
    }
  });

  it('marks percentages in long texts without changing anything else', () => {
    expect(quickly(() => percentOf(HOSTILE.digits!, 'en'))).toBe(HOSTILE.digits);
    expect(quickly(() => percentOf(HOSTILE.percents!, 'en'))).toBe('5% '.repeat(25_000));
    expect(quickly(() => percentOf(`${'1'.repeat(99_990)}% of 200`, 'en'))).toBe(`${'1'.repeat(99_990)}% * 200`);
  });

  it('finds the span of a long sum and evaluates it without recursion', () => {
    const symbols = quickly(() => symbolsOf(`what is ${'one plus '.repeat(12_000)}one`, 'en-US'));
    const span = quickly(() => arithmeticSpan(symbols));
    expect(span).toBe(`${'1 + '.repeat(12_000)}1`);
    expect(quickly(() => evaluate(span!))).toBe(12_001);
  });

  it.each([
    ['sum', `${'1+'.repeat(50_000)}1`, 50_001],
    ['products', `${'1*'.repeat(50_000)}1`, 1],
    ['spaces', `1${' '.repeat(100_000)}+ 1`, 2],
  ])('evaluates a 100,000-character %s', (_name, src, value) => {
    expect(quickly(() => evaluate(src))).toBe(value);
  });

  it.each([
    ['open brackets', '('.repeat(100_000)],
    ['minus signs', '-'.repeat(100_000)],
    ['powers', `${'2^'.repeat(50_000)}2`],
    ['digits', '1'.repeat(100_000)],
    ['dots', '1.'.repeat(50_000)],
    ['letters', 'a'.repeat(100_000)],
  ])('refuses 100,000 %s with a MathError, never a RangeError', (_name, src) => {
    let error: unknown;
    quickly(() => {
      try {
        evaluate(src);
      } catch (e) {
        error = e;
      }
    });
    expect(error).toBeInstanceOf(MathError);
  });

  it('tokenizes 100,000 characters in linear time', () => {
    expect(quickly(() => tokenize('12.5+'.repeat(20_000))).length).toBe(40_000);
  });
});
