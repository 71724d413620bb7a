/**
 * "X percent of Y" → "X% * Y" (the parser reads x% as x / 100). The percent words are
 * marked before number words are read, because "cent"/"ciento"/"مئة"/"百" in them are
 * also number words ("dix pour cent de cent" must not become "10 pour 100 de 100").
 */
import { clean } from '../normalize/index.ts';

/** Percent words after the number ("ten percent", "十パーセント"), longest first. */
const AFTER: Record<string, string[]> = {
  en: ['per cent', 'percent', 'percentage'],
  de: ['prozent'],
  fr: ['pour cent', 'pourcentages', 'pourcentage', 'pourcent'],
  es: ['por ciento', 'porcentajes', 'porcentaje', 'porciento'],
  it: ['per cento', 'percento', 'percentuale'],
  pt: ['por cento', 'porcento', 'porcentagem'],
  ru: ['процентов', 'процента', 'процент'],
  ja: ['パーセント'],
  hi: ['प्रतिशत', 'परसेंट'],
  ar: ['في المئه', 'في المائه', 'بالمئه', 'بالمائه', 'بالميه', 'في الميه'],
};
/** Percent words before the number ("百分之十", "asilimia kumi"). */
const BEFORE: Record<string, string> = { zh: '百分之', sw: 'asilimia' };

/** "of" between the percentage and its base, per language. */
const OF: Record<string, string> = {
  en: 'of', de: 'von|vom', fr: "de|du|des|d'", es: 'de|del', it: 'di|del|della|dei|dello', pt: 'de|do|da|dos|das',
  ru: 'от|из', ar: 'من', sw: 'ya|wa|la|za|cha|kwa',
};
/** Languages that say the base first ("百の十パーセント", "一百的百分之十", "सौ का दस प्रतिशत"). */
const BASE_FIRST: Record<string, string> = { ja: 'の', zh: '的', hi: 'का|की|के' };

const PCT = '§';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cleans `text` and marks percent words with "%" (after the number) or "§" (before it). */
export function markPercent(text: string, lang: string): string {
  let t = clean(text, lang);
  for (const w of (AFTER[lang] ?? []).map((x) => clean(x, lang))) t = t.split(w).join(' % ');
  const before = BEFORE[lang];
  if (before) t = t.split(before).join(` ${PCT} `);
  return t.replace(/\s+/g, ' ');
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
  const of = OF[lang];
  if (of) t = t.replace(percentOfRe(of), '$1% * $2');
  const baseFirst = BASE_FIRST[lang];
  if (baseFirst) t = t.replace(baseFirstRe(baseFirst), '$2% * $1');
  return t;
}
