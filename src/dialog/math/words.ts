/**
 * Spoken arithmetic → an expression the parser reads: number words become digits and
 * operator words become symbols ("two plus three times four" → "2 + 3 * 4",
 * "zehn geteilt durch zwei" → "10 / 2", "五足す三" → "5 + 3"). The words are the pack's
 * (`maths`), or for a language without a pack its operator words (`operatorWords.ts`: "5
 * gånger 7"); typed and full-width brackets work in every language.
 */
import { packFor } from '../languages/index.ts';
import { operatorWordsOnly } from '../languages/operatorWords.ts';
import { clean, digitize, escapeRe, langOf } from '../normalize/index.ts';
import { markPercent, percentOf } from './percent.ts';

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
  const pack = packFor(lang);
  const kept = text.normalize('NFKC').replace(/\(/g, ` ${OPEN} `).replace(/\)/g, ` ${CLOSE} `);
  let d = percentOf(digitize(markPercent(kept, lang), lang).replace(/(\d),(\d)/g, '$1.$2'), lang);
  // "subtract 40 from 100": the operands in the order the expression needs, before the operator words.
  for (const [re, expression] of pack?.maths.fromForms ?? []) d = d.replace(re, ` ${expression} `);
  // Operator words are cleaned like the text (Arabic على is folded to علي there).
  const words = [...(pack?.maths.operators ?? operatorWordsOnly(lang) ?? []), ...(pack?.maths.brackets ?? [])]
    .map(([w, sym]) => [clean(w, lang), sym] as const)
    .sort((a, b) => b[0].length - a[0].length);
  for (const [word, sym] of words) {
    if (pack?.unspaced) d = d.split(word).join(` ${sym} `);
    else {
      const re = new RegExp(`(^|\\s)${escapeRe(word)}(?=$|\\s)`, 'gu');
      d = d.replace(re, (_m, pre: string) => `${pre} ${sym} `);
    }
  }
  // Verb-final languages without a pack name both numbers, then the operation (Mongolian "есийг
  // наймаар үржүүлбэл", nine by eight multiplied): "9 8 *" is "9 * 8". The packs' verb-final
  // languages have their own forms (`fromForms`).
  if (!pack) d = d.replace(/(-?\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+([+\-*/])(?=\s|$)/gu, '$1 $3 $2');
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
