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
    ['10% * 200', 20],
    ['50%', 0.5],
    ['(20 + 30)% * 10', 5],
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
    // Subtraction said with "from": the operand taken away is said first, or the operator comes last.
    ['en-US', 'subtract twelve from fifty', '50 - 12'],
    ['de-DE', 'zieh drei von zehn ab', '10 - 3'],
    ['fr-FR', 'soustrais huit de trente', '30 - 8'],
    ['es-ES', 'resta cinco a veinte', '20 - 5'],
    ['it-IT', 'sottrai sette da quaranta', '40 - 7'],
    ['pt-PT', 'subtrai seis de dezoito', '18 - 6'],
    ['ru-RU', 'вычти пять из двадцати', '20 - 5'],
    ['pl-PL', 'odejmij cztery od dwunastu', '12 - 4'],
    ['hi-IN', 'पचास में से बीस घटाओ', '50 - 20'],
    ['ar-SA', 'اطرح ثلاثة من عشرة', '10 - 3'],
    ['ja-JP', '五十から二十を引いて', '50 - 20'],
    ['ko-KR', '오십에서 이십 빼면', '50 - 20'],
    ['zh-CN', '从五十里减去二十', '50 - 20'],
    ['sw-KE', 'toa tano kutoka kumi', '10 - 5'],
    // "X percent of Y" is X% × Y, in each word order (百の十パーセント, 一百的百分之十).
    ['en-US', 'ten percent of hundred', '10% * 100'],
    ['en-US', 'what is ten percent of 200', '10% * 200'],
    ['en-US', 'what is 15% of 80', '15% * 80'],
    ['de-DE', 'zehn prozent von hundert', '10% * 100'],
    ['es-ES', 'diez por ciento de cien', '10% * 100'],
    ['es-ES', 'diez porcentajes de cien', '10% * 100'],
    ['fr-FR', 'dix pour cent de cent', '10% * 100'],
    ['fr-FR', 'dix pourcentages de cent', '10% * 100'],
    ['it-IT', 'dieci per cento di cento', '10% * 100'],
    ['pt-PT', 'dez por cento de cem', '10% * 100'],
    ['ru-RU', 'десять процентов от ста', '10% * 100'],
    ['ja-JP', '百の十パーセント', '10% * 100'],
    ['zh-CN', '一百的百分之十', '10% * 100'],
    ['hi-IN', 'सौ का दस प्रतिशत', '10% * 100'],
    ['ar-SA', 'عشرة بالمئة من مئة', '10% * 100'],
    ['sw-KE', 'asilimia kumi ya mia', '10% * 100'],
    // Turkish says the base first, in its genitive: of a hundred and eighty, ten percent.
    ['tr-TR', 'yüz seksenin yüzde onu kaç', '10% * 180'],
    // Common spoken operators.
    ['ru-RU', 'семь раз по семь', '7 * 7'],
    ['ru-RU', 'семь умножить на семь', '7 * 7'],
    ['ru-RU', 'сколько будет семьдесят разделить на семь', '70 / 7'],
    ['ru-RU', 'девять минус два плюс один', '9 - 2 + 1'],
    ['de-DE', 'sieben mal sieben', '7 * 7'],
    ['fr-FR', 'dix divisé par deux', '10 / 2'],
    ['es-ES', 'diez entre dos', '10 / 2'],
    ['es-ES', 'siete por siete', '7 * 7'],
    ['pt-PT', 'dez dividido por dois', '10 / 2'],
    ['ja-JP', '七かける七', '7 * 7'],
    ['ja-JP', '十わる二', '10 / 2'],
    ['zh-CN', '七乘七', '7 * 7'],
    ['hi-IN', 'दस भाग दो', '10 / 2'],
    ['ar-SA', 'سبعة ضرب سبعة', '7 * 7'],
    ['ar-SA', 'عشرة مقسومة على اثنين', '10 / 2'],
    ['ar-SA', 'عشرة على اثنين', '10 / 2'],
    ['sw-KE', 'saba mara saba', '7 * 7'],
    ['sw-KE', 'kumi gawanya kwa mbili', '10 / 2'],
    // The multiplier follows the hundred and the thousand: mia moja is 100, elfu mbili 2,000.
    ['sw-KE', 'mia moja gawanya kwa nne', '100 / 4'],
    ['sw-KE', 'mia tano na hamsini toa elfu mbili', '550 - 2000'],
    ['de-DE', 'was sind zehn dividiert durch zwei', '10 / 2'],
    ['fr-FR', 'dix divise par deux', '10 / 2'],
    ['pt-PT', 'quanto é dez a dividir por dois', '10 / 2'],
    ['ru-RU', 'пятьдесят процентов от двухсот', '50% * 200'],
    ['ru-RU', 'сколько будет пять на пять', '5 * 5'],
    ['en-US', 'what is fifty percent of one thousand', '50% * 1000'],
  ])('%s %s', (locale, text, expression) => {
    expect(spokenToExpression(text, locale)).toBe(expression);
  });

  it('returns null when there is no operation', () => {
    expect(spokenToExpression('what is the square root of ten', 'en-US')).toBeNull();
    expect(spokenToExpression('alert(1)', 'en-US')).toBeNull();
  });
});

/** Evaluates what a spoken or typed question says ("(two plus three) times four" → 20). */
const answer = (text: string, locale: string) => {
  const expression = spokenToExpression(text, locale);
  return expression === null ? null : evaluate(expression);
};

describe('brackets', () => {
  it.each([
    ['en-US', 'what is (two plus three) times four', '(2 + 3) * 4', 20],
    ['en-US', 'ten divided by (five minus three)', '10 / (5 - 3)', 5],
    ['en-US', 'what is 2 * (3 + (4 - 1))', '2 * (3 + (4 - 1))', 12],
    ['en-US', '((1 + 2) * (3 + 4))', '((1 + 2) * (3 + 4))', 21],
    ['en-US', 'open bracket two plus three close bracket times four', '(2 + 3) * 4', 20],
    ['en-US', 'ten divided by open parenthesis five minus three close parenthesis', '10 / (5 - 3)', 5],
    ['de-DE', 'was ist (zwei plus drei) mal vier', '(2 + 3) * 4', 20],
    ['de-DE', 'klammer auf zwei plus drei klammer zu mal vier', '(2 + 3) * 4', 20],
    ['fr-FR', '(deux plus trois) fois quatre', '(2 + 3) * 4', 20],
    ['fr-FR', 'ouvrez la parenthèse deux plus trois fermez la parenthèse fois quatre', '(2 + 3) * 4', 20],
    ['es-ES', '(dos más tres) por cuatro', '(2 + 3) * 4', 20],
    ['es-ES', 'abre paréntesis dos más tres cierra paréntesis por cuatro', '(2 + 3) * 4', 20],
    ['it-IT', '(due più tre) per quattro', '(2 + 3) * 4', 20],
    ['it-IT', 'apri parentesi due più tre chiudi parentesi per quattro', '(2 + 3) * 4', 20],
    ['pt-PT', '(dois mais três) vezes quatro', '(2 + 3) * 4', 20],
    ['pt-PT', 'abre parênteses dois mais três fecha parênteses vezes quatro', '(2 + 3) * 4', 20],
    ['ja-JP', '(二足す三)掛ける四', '(2 + 3) * 4', 20],
    ['ja-JP', '（二足す三）掛ける四は', '(2 + 3) * 4', 20],
    ['ja-JP', 'かっこ二足す三かっこ閉じ掛ける四', '(2 + 3) * 4', 20],
    ['zh-CN', '(二加三)乘以四', '(2 + 3) * 4', 20],
    ['zh-CN', '左括号二加三右括号乘以四', '(2 + 3) * 4', 20],
    ['hi-IN', '(दो जमा तीन) गुणा चार', '(2 + 3) * 4', 20],
    ['hi-IN', 'कोष्ठक खोलें दो जमा तीन कोष्ठक बंद गुणा चार', '(2 + 3) * 4', 20],
    ['ar-SA', '(اثنين زائد ثلاثة) ضرب أربعة', '(2 + 3) * 4', 20],
    ['ar-SA', 'افتح قوس اثنين زائد ثلاثة أغلق قوس ضرب أربعة', '(2 + 3) * 4', 20],
    ['ru-RU', '(два плюс три) умножить на четыре', '(2 + 3) * 4', 20],
    ['ru-RU', 'открыть скобку два плюс три закрыть скобку умножить на четыре', '(2 + 3) * 4', 20],
    ['sw-KE', '(mbili jumlisha tatu) zidisha nne', '(2 + 3) * 4', 20],
    ['sw-KE', 'fungua mabano mbili jumlisha tatu funga mabano zidisha nne', '(2 + 3) * 4', 20],
  ])('%s %s', (locale, text, expression, value) => {
    expect(spokenToExpression(text, locale)).toBe(expression);
    expect(answer(text, locale)).toBe(value);
  });

  it('keeps an unbalanced bracket, which the parser then refuses', () => {
    expect(() => answer('what is (two plus three times four', 'en-US')).toThrow(new MathError('syntax'));
  });
});

describe('limits', () => {
  it('evaluates 64 nested brackets and refuses deeper nesting cleanly', () => {
    expect(evaluate(`${'('.repeat(64)}7${')'.repeat(64)}`)).toBe(7);
    for (const src of [`${'('.repeat(2000)}1${')'.repeat(2000)}`, `${'-'.repeat(2000)}1`, `${'2 ^ '.repeat(2000)}2`, `${'('.repeat(100_000)}`]) {
      expect(() => evaluate(src)).toThrow(new MathError('tooDeep'));
    }
  });

  it('never answers -0', () => {
    for (const src of ['-0 * 5', '0 * -1', '-(0)', '0 / -5', '-0']) expect(Object.is(evaluate(src), 0)).toBe(true);
    expect(Object.is(answer('minus zero times five', 'en-US'), 0)).toBe(true);
  });

  it.each([
    ['1 / 0', 'divisionByZero'],
    ['0 ^ -1', 'divisionByZero'],
    ['9'.repeat(400), 'overflow'],
    ['10 ^ 400', 'overflow'],
    ['10 ^ 400 - 10 ^ 400', 'overflow'],
    ['10 ^ 400 / 10 ^ 400', 'overflow'],
    ['(0 - 8) ^ 0.5', 'notReal'],
  ] as const)('refuses %s (%s) instead of answering Infinity or NaN', (src, reason) => {
    expect(() => evaluate(src)).toThrow(new MathError(reason));
  });
});
