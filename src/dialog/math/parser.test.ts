import { describe, expect, it } from 'vitest';
import { evaluate, MathError, tokenize } from './parser.ts';
import { spokenToExpression } from './words.ts';

describe('evaluate', () => {
  it.each([
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['2 ^ 3 ^ 2', 512],
    ['-3 ^ 2', 9],
    ['-(4 - 6) * 2.5', 5],
    ['7 ÷ 2', 3.5],
    ['3 × (1 + 1)', 6],
  ])('%s = %d', (src, value) => {
    expect(evaluate(src)).toBe(value);
  });

  it('reports division by zero', () => {
    expect(() => evaluate('5 / (3 - 3)')).toThrow(new MathError('divisionByZero'));
  });

  it.each(['alert(1)', '1 + ', '(1 + 2', '1 2', 'constructor', '2 ** 3;', '', 'Math.PI', '1e309'])('rejects %j', (src) => {
    expect(() => evaluate(src)).toThrow(MathError);
  });

  it('tokenizes numbers and operators only', () => {
    expect(tokenize('12.5*(3)')).toEqual([
      { type: 'num', value: 12.5 },
      { type: 'op', value: '*' },
      { type: 'op', value: '(' },
      { type: 'num', value: 3 },
      { type: 'op', value: ')' },
    ]);
  });
});

describe('spokenToExpression', () => {
  it.each([
    ['en-US', 'what is two plus three times four', '2 + 3 * 4'],
    ['en-US', "what's three plus three hundred and fifty five", '3 + 355'],
    ['en-US', 'what is five divided by one', '5 / 1'],
    ['de-DE', 'was ist zehn geteilt durch zwei', '10 / 2'],
    ['fr-FR', 'combien font sept fois six', '7 * 6'],
    ['es-ES', 'cuánto es veinte menos ocho', '20 - 8'],
    ['it-IT', 'quanto fa tre più quattro', '3 + 4'],
    ['pt-PT', 'quanto é dois vezes nove', '2 * 9'],
    ['ja-JP', '五足す三は', '5 + 3'],
    ['zh-CN', '十二除以四等于多少', '12 / 4'],
    ['hi-IN', 'दस गुणा पांच', '10 * 5'],
    ['ar-SA', 'كم خمسة زائد سبعة', '5 + 7'],
    ['ru-RU', 'сколько будет семь умножить на восемь', '7 * 8'],
    ['sw-KE', 'kumi toa tatu', '10 - 3'],
  ])('%s %s', (locale, text, expression) => {
    expect(spokenToExpression(text, locale)).toBe(expression);
  });

  it('returns null when there is no operation', () => {
    expect(spokenToExpression('what is the square root of ten', 'en-US')).toBeNull();
    expect(spokenToExpression('alert(1)', 'en-US')).toBeNull();
  });
});
