/**
 * Text helpers shared by the normalizers: which languages have packs, and a cleaning pass
 * (Unicode, digits of other scripts, the pack's spelling folds, a.m./p.m.) so the
 * per-language tables can be written against one spelling.
 */
import { PACKS, packFor, UNSPACED_WITHOUT_PACK } from '../languages/index.ts';

export { langOf } from '../languages/index.ts';

/** Languages whose number, time, date, duration and colour words are known (one pack each). */
export const NORMALIZER_LANGS: readonly string[] = PACKS.map((p) => p.code);
export type NormLang = string;

/** The lexicon language for a locale, or null (then only plain digits are read). */
export function normLang(locale: string): NormLang | null {
  return packFor(locale)?.code ?? null;
}

/** Scripts written without spaces between words: rules match substrings there. */
export function isUnspaced(lang: string): boolean {
  return packFor(lang)?.unspaced ?? UNSPACED_WITHOUT_PACK.has(lang);
}

/**
 * The zero of every decimal digit block a MASSIVE language writes in: Arabic-Indic, Eastern
 * Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam, Thai, Lao, Myanmar, Khmer, Mongolian, fullwidth. Each block holds 0–9 in order.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0x1810, 0xff10];
const OTHER_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`, 'gu');

/** Replaces the digits of other scripts by ASCII digits ("৪৫ সেকেন্ড", "၂ မိနစ်", "១០ នាទី"). */
function asciiDigits(t: string): string {
  return t.replace(OTHER_DIGIT, (c) => {
    const code = c.codePointAt(0)!;
    return String(code - DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!);
  });
}

/**
 * NFKC splits Thai and Lao SARA AM into NIKHAHIT and SARA AA ("น้ำ" → "น้ํา"): every table
 * word written as people type it ("น้ำเงิน", blue; "น้ำตาล", sugar) then missed the cleaned
 * text. The pair is put back together.
 */
const SARA_AM = /\u0e4d\u0e32|\u0ecd\u0eb2/g;

/** The Unicode form clean() reads: NFKC, with SARA AM whole. The word tables are written in it. */
export function unicodeForm(t: string): string {
  return t.normalize('NFKC').replace(SARA_AM, (pair) => (pair === '\u0e4d\u0e32' ? '\u0e33' : '\u0eb3'));
}

/** Lower-cases and folds `text` for the rules of `lang`. */
export function clean(text: string, lang: string): string {
  let t = asciiDigits(unicodeForm(text).toLowerCase()).replace(/[’‘`´]/g, "'");
  const fold = packFor(lang)?.fold;
  if (fold) t = fold(t);
  t = t.replace(/(^|[^\p{L}])([ap])\.\s?m\.?(?=$|[^\p{L}])/gu, '$1$2.m.');
  t = t.replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/(\d)(am|pm|a\.m\.|p\.m\.)/g, '$1 $2');
  t = t.replace(/[?!¡¿,;"«»()“”„。、！？，・]/g, ' ');
  t = t.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * `t` with every one of `phrases` replaced by ` mark `, longest first ("pour cent" before
 * "pourcent"). Percent words are marked so before number words are read, because some hold a
 * number word ("cent", "مية", 百 of 百分之).
 */
export function markPhrases(t: string, phrases: readonly string[], mark: string): string {
  let out = t;
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) if (p) out = out.split(p).join(` ${mark} `);
  return out;
}

/** `s` with the regex metacharacters escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `phrase` occurs in `t` as whole words: as a substring in unspaced scripts, at
 * a word start where words take suffixes (Turkish, Korean), after the pack's clitics.
 */
export function hasPhrase(t: string, phrase: string, lang: string): boolean {
  const pack = packFor(lang);
  if (isUnspaced(lang)) return t.includes(phrase);
  const prefix = pack?.phrasePrefix ? `(?:${pack.phrasePrefix})?` : '';
  const end = pack?.suffixed ? '' : '(?=$|\\s)';
  return new RegExp(`(?:^|\\s)${prefix}${escapeRe(phrase)}${end}`, 'u').test(t);
}

/** The first phrase of `phrases` found in `t`, longest first. */
export function findPhrase(t: string, phrases: readonly string[], lang: string): string | undefined {
  return [...phrases].sort((a, b) => b.length - a.length).find((p) => hasPhrase(t, p, lang));
}
