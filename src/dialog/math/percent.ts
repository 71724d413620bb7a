/**
 * "X percent of Y" → "X% * Y" (the parser reads x% as x / 100). The percent words are
 * marked before number words are read, because "cent"/"ciento"/"مئة"/"百" in them are
 * also number words ("dix pour cent de cent" must not become "10 pour 100 de 100"). The
 * words are the pack's (`maths.percentAfter`, `percentBefore`, `of`, `baseFirst`).
 */
import { packFor } from '../languages/index.ts';
import { percentWordsOnly } from '../languages/operatorWords.ts';
import { clean, escapeRe as esc } from '../normalize/index.ts';
import { markPhrases } from '../normalize/text.ts';

const PCT = '§';

/** Cleans `text` and marks percent words with "%" (after the number) or "§" (before it). */
export function markPercent(text: string, lang: string): string {
  const pack = packFor(lang)?.maths;
  const maths = pack ?? percentWordsOnly(lang);
  const t = markPhrases(clean(text, lang), (maths?.percentAfter ?? []).map((x) => clean(x, lang)), '%');
  return markPhrases(t, pack?.percentBefore ? [pack.percentBefore] : [], PCT).replace(/\s+/g, ' ');
}

/**
 * A number in digitized text. The lookbehind lets a number start only where no digit is
 * before it, so a run of digits is scanned once from its first digit, not once from each
 * of its digits (which made '1'.repeat(100_000) quadratic).
 */
const N = '(?<!\\d)(\\d+(?:\\.\\d+)?)';
const BEFORE_NUMBER = new RegExp(`${esc(PCT)}\\s*(\\d+(?:\\.\\d+)?)`, 'g');
const percentOfRe = (of: string) => new RegExp(`${N}%\\s*(?:${of})\\s*(\\d+(?:\\.\\d+)?)`, 'gu');
const baseFirstRe = (of: string) => new RegExp(`${N}\\s*(?:${of})\\s*(\\d+(?:\\.\\d+)?)%`, 'gu');

/** On digitized text: "10 % of 200" / "§ 10 ya 200" / "200 の 10 %" → "10% * 200". */
export function percentOf(d: string, lang: string): string {
  let t = d.replace(BEFORE_NUMBER, '$1 %').replace(/(\d)\s*%/g, '$1%');
  const maths = packFor(lang)?.maths ?? percentWordsOnly(lang);
  const of = maths?.of;
  if (of) t = t.replace(percentOfRe(of), '$1% * $2');
  const baseFirst = maths?.baseFirst;
  if (baseFirst) t = t.replace(baseFirstRe(baseFirst), '$2% * $1');
  return t;
}
