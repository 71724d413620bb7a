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

/**
 * Spoken brackets per language, longest first where one contains another ("かっこ閉じ" before
 * "かっこ"). Typed brackets, and full-width ones (NFKC makes them ASCII), work everywhere.
 */
const BRACKET_WORDS: Record<string, [string, '(' | ')'][]> = {
  en: [
    ['open bracket', '('], ['close bracket', ')'], ['open parenthesis', '('], ['close parenthesis', ')'],
    ['open paren', '('], ['close paren', ')'], ['left bracket', '('], ['right bracket', ')'],
    ['left parenthesis', '('], ['right parenthesis', ')'],
  ],
  de: [['klammer auf', '('], ['klammer zu', ')'], ['öffnende klammer', '('], ['schließende klammer', ')']],
  fr: [
    ['ouvrez la parenthèse', '('], ['ouvre la parenthèse', '('], ['ouvrir la parenthèse', '('], ['ouvrez les parenthèses', '('],
    ['ouvre parenthèse', '('], ['parenthèse ouvrante', '('],
    ['fermez la parenthèse', ')'], ['ferme la parenthèse', ')'], ['fermer la parenthèse', ')'], ['fermez les parenthèses', ')'],
    ['ferme parenthèse', ')'], ['parenthèse fermante', ')'],
  ],
  es: [
    ['abre paréntesis', '('], ['abrir paréntesis', '('], ['abre parentesis', '('], ['abrir parentesis', '('],
    ['cierra paréntesis', ')'], ['cerrar paréntesis', ')'], ['cierra parentesis', ')'], ['cerrar parentesis', ')'],
  ],
  it: [
    ['apri parentesi', '('], ['aperta parentesi', '('], ['parentesi aperta', '('],
    ['chiudi parentesi', ')'], ['chiusa parentesi', ')'], ['parentesi chiusa', ')'],
  ],
  pt: [
    ['abre parênteses', '('], ['abre parêntese', '('], ['abrir parênteses', '('], ['abre parenteses', '('],
    ['fecha parênteses', ')'], ['fecha parêntese', ')'], ['fechar parênteses', ')'], ['fecha parenteses', ')'],
  ],
  ja: [['かっこ閉じ', ')'], ['かっことじ', ')'], ['カッコ閉じ', ')'], ['カッコとじ', ')'], ['括弧閉じ', ')'], ['かっこ', '('], ['カッコ', '('], ['括弧', '(']],
  zh: [['左括号', '('], ['右括号', ')'], ['左括號', '('], ['右括號', ')'], ['左小括号', '('], ['右小括号', ')']],
  hi: [['कोष्ठक खोलें', '('], ['कोष्ठक खोलो', '('], ['ब्रैकेट खोलें', '('], ['कोष्ठक बंद करें', ')'], ['कोष्ठक बंद', ')'], ['ब्रैकेट बंद', ')']],
  ar: [['افتح قوس', '('], ['افتح القوس', '('], ['قوس مفتوح', '('], ['اغلق قوس', ')'], ['اغلق القوس', ')'], ['اقفل القوس', ')'], ['قوس مغلق', ')']],
  ru: [
    ['открыть скобку', '('], ['открой скобку', '('], ['открываем скобку', '('], ['скобка открывается', '('], ['открывающая скобка', '('],
    ['закрыть скобку', ')'], ['закрой скобку', ')'], ['закрываем скобку', ')'], ['скобка закрывается', ')'], ['закрывающая скобка', ')'],
  ],
  sw: [['fungua mabano', '('], ['funga mabano', ')']],
};

const UNSPACED = new Set(['ja', 'zh']);

/** Longest text `spokenToExpression` reads; a spoken or typed sum is far shorter. */
export const MAX_SPOKEN_CHARS = 1000;

// Typed brackets are kept through `clean` (which drops punctuation) as private-use characters.
const OPEN = '\ue000';
const CLOSE = '\ue001';

/**
 * The whole text with number words as digits, operator and bracket words as symbols
 * ("what is (two plus three) times four" → "what is ( 2 + 3 ) * 4"). Not capped: callers
 * that take user text go through `spokenToExpression`.
 */
export function symbolsOf(text: string, locale: string): string {
  const lang = langOf(locale);
  const kept = text.normalize('NFKC').replace(/\(/g, ` ${OPEN} `).replace(/\)/g, ` ${CLOSE} `);
  let d = percentOf(digitize(markPercent(kept, lang), lang).replace(/(\d),(\d)/g, '$1.$2'), lang);
  // Operator words are cleaned like the text (Arabic على is folded to علي there).
  const words = [...(OPERATOR_WORDS[lang] ?? []), ...(BRACKET_WORDS[lang] ?? [])]
    .map(([w, sym]) => [clean(w, lang), sym] as const)
    .sort((a, b) => b[0].length - a[0].length);
  for (const [word, sym] of words) {
    if (UNSPACED.has(lang)) d = d.split(word).join(` ${sym} `);
    else {
      const re = new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|\\s)`, 'gu');
      d = d.replace(re, (_m, pre: string) => `${pre} ${sym} `);
    }
  }
  return d.split(OPEN).join('(').split(CLOSE).join(')');
}

const IN_SPAN = /[\d\s.+\-*/^()×÷−%]/;
const SPAN_START = /[-(\d]/;
const SPAN_END = /[\d)%]/;

/**
 * The arithmetic in `d` (see `symbolsOf`): from the first number, sign or bracket to the
 * last number, bracket or percent of the first run of arithmetic characters that has both;
 * the words around it are the question. Null when it holds no operation. A single scan
 * (a regex with a greedy class and a backtracking end was quadratic on "-----…").
 */
export function arithmeticSpan(d: string): string | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i <= d.length; i++) {
    const ch = d[i];
    if (ch !== undefined && IN_SPAN.test(ch)) {
      if (start < 0 && SPAN_START.test(ch)) start = i;
      else if (start >= 0 && SPAN_END.test(ch)) end = i;
      continue;
    }
    if (end > start) break;
    start = -1;
    end = -1;
  }
  if (start < 0 || end <= start) return null;
  const span = d.slice(start, end + 1);
  // An operator between two operands; each \s* run follows one operand, so this is linear.
  if (!/[\d%)]\s*[+\-*/^×÷−]\s*[-(\d]/.test(span)) return null;
  // Brackets and a sign hug what they apply to: "(2 + 3)", "-0 * 5", "2 * -3".
  return span
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim()
    .replace(/(^|[(+\-*/^×÷−] ?)- (?=[\d(])/g, '$1-');
}

/** The arithmetic part of a spoken question, as symbols; null when it has no operator. */
export function spokenToExpression(text: string, locale: string): string | null {
  if (text.length > MAX_SPOKEN_CHARS) return null;
  return arithmeticSpan(symbolsOf(text, locale).replace(/[=？?]/g, ' '));
}
