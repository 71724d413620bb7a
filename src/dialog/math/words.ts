/**
 * Spoken arithmetic → an expression the parser reads: number words become digits and
 * operator words become symbols ("two plus three times four" → "2 + 3 * 4",
 * "zehn geteilt durch zwei" → "10 / 2", "五足す三" → "5 + 3").
 */
import { clean, digitize, langOf } from '../normalize/index.ts';
import { markPercent, percentOf } from './percent.ts';

/** Operator phrases per language (longest phrases are tried first). */
const OPERATOR_WORDS: Record<string, [string, string][]> = {
  en: [['plus', '+'], ['added to', '+'], ['minus', '-'], ['less', '-'], ['times', '*'], ['multiplied by', '*'], ['x', '*'], ['divided by', '/'], ['over', '/'], ['to the power of', '^'], ['squared', '^ 2'], ['cubed', '^ 3']],
  de: [['plus', '+'], ['minus', '-'], ['weniger', '-'], ['mal', '*'], ['multipliziert mit', '*'], ['geteilt durch', '/'], ['dividiert durch', '/'], ['durch', '/'], ['hoch', '^']],
  fr: [['plus', '+'], ['moins', '-'], ['fois', '*'], ['multiplié par', '*'], ['divisé par', '/'], ['divise par', '/'], ['multiplie par', '*'], ['sur', '/'], ['puissance', '^'], ['au carré', '^ 2']],
  es: [['más', '+'], ['mas', '+'], ['menos', '-'], ['por', '*'], ['multiplicado por', '*'], ['dividido por', '/'], ['dividido entre', '/'], ['entre', '/'], ['elevado a', '^'], ['al cuadrado', '^ 2']],
  it: [['più', '+'], ['piu', '+'], ['meno', '-'], ['per', '*'], ['moltiplicato per', '*'], ['diviso per', '/'], ['diviso', '/'], ['elevato alla', '^'], ['al quadrato', '^ 2']],
  pt: [['mais', '+'], ['menos', '-'], ['vezes', '*'], ['multiplicado por', '*'], ['dividido por', '/'], ['a dividir por', '/'], ['a multiplicar por', '*'], ['elevado a', '^'], ['ao quadrado', '^ 2']],
  ja: [['足す', '+'], ['たす', '+'], ['プラス', '+'], ['引く', '-'], ['ひく', '-'], ['マイナス', '-'], ['掛ける', '*'], ['かける', '*'], ['割る', '/'], ['わる', '/']],
  zh: [['加上', '+'], ['加', '+'], ['减去', '-'], ['减', '-'], ['減', '-'], ['乘以', '*'], ['乘', '*'], ['除以', '/']],
  hi: [['जमा', '+'], ['प्लस', '+'], ['धन', '+'], ['घटा', '-'], ['माइनस', '-'], ['ऋण', '-'], ['गुणा', '*'], ['गुणे', '*'], ['बटा', '/'], ['भाग', '/']],
  ar: [['زائد', '+'], ['زايد', '+'], ['ناقص', '-'], ['ضرب في', '*'], ['ضرب', '*'], ['في', '*'], ['مضروب في', '*'], ['تقسيم', '/'], ['قسمه', '/'], ['مقسوم على', '/'], ['مقسومه على', '/'], ['على', '/']],
  ru: [
    ['плюс', '+'], ['прибавить', '+'], ['минус', '-'], ['отнять', '-'], ['вычесть', '-'],
    ['умножить на', '*'], ['умножь на', '*'], ['умноженное на', '*'], ['помножить на', '*'], ['раз по', '*'],
    ['разделить на', '/'], ['раздели на', '/'], ['делить на', '/'], ['поделить на', '/'], ['подели на', '/'], ['деленное на', '/'], ['разделенное на', '/'],
    ['в степени', '^'], ['в квадрате', '^ 2'],
    // Colloquial "пять на пять" (5 × 5); the longer phrases above are tried first.
    ['на', '*'],
  ],
  sw: [['jumlisha', '+'], ['ongeza', '+'], ['kuongeza', '+'], ['toa', '-'], ['kutoa', '-'], ['ondoa', '-'], ['zidisha', '*'], ['mara', '*'], ['gawanya kwa', '/'], ['gawanya', '/']],
};

const UNSPACED = new Set(['ja', 'zh']);

/** The arithmetic part of a spoken question, as symbols; null when it has no operator. */
export function spokenToExpression(text: string, locale: string): string | null {
  const lang = langOf(locale);
  let d = percentOf(digitize(markPercent(text, lang), lang).replace(/(\d),(\d)/g, '$1.$2'), lang);
  // Operator words are cleaned like the text (Arabic على is folded to علي there).
  const words = (OPERATOR_WORDS[lang] ?? []).map(([w, sym]) => [clean(w, lang), sym] as const).sort((a, b) => b[0].length - a[0].length);
  for (const [word, sym] of words) {
    if (UNSPACED.has(lang)) d = d.split(word).join(` ${sym} `);
    else {
      const re = new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|\\s)`, 'gu');
      d = d.replace(re, (_m, pre: string) => `${pre} ${sym} `);
    }
  }
  // Keep the span from the first to the last number or bracket; the words around it are the question.
  const span = /[-(\d][\d\s.+\-*/^()×÷−%]*[\d)%]/.exec(d.replace(/[=？?]/g, ' '));
  if (!span || !/\d%?\s*[+\-*/^×÷−]\s*[-(\d]/.test(span[0])) return null;
  return span[0].replace(/\s+/g, ' ').trim();
}
