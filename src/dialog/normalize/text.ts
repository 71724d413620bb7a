/**
 * Text helpers shared by the normalizers: which languages have word lexicons, and a
 * cleaning pass (Unicode, digits of other scripts, Arabic letter variants, a.m./p.m.) so
 * the per-language rules can be written against one spelling.
 */

/** Languages whose number, time, date, duration and colour words are known. */
export const NORMALIZER_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh', 'hi', 'ar', 'ru', 'sw'] as const;
export type NormLang = (typeof NORMALIZER_LANGS)[number];

/** Language part of a MASSIVE locale (`pt-PT` → `pt`). */
export function langOf(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** The lexicon language for a locale, or null (then only plain digits are read). */
export function normLang(locale: string): NormLang | null {
  const lang = langOf(locale);
  return (NORMALIZER_LANGS as readonly string[]).includes(lang) ? (lang as NormLang) : null;
}

/** Scripts written without spaces between words: rules match substrings there. */
export function isUnspaced(lang: string): boolean {
  return lang === 'ja' || lang === 'zh';
}

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966]; // Arabic-Indic, Eastern Arabic-Indic, Devanagari

/** Replaces the digits of other scripts by ASCII digits. */
function asciiDigits(t: string): string {
  return t.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (c) => {
    const code = c.charCodeAt(0);
    const base = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
}

/** Arabic spelling variants folded (hamza forms of alef, taa marbuta, alef maqsura). */
export function foldArabic(t: string): string {
  return t
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

/** Lower-cases and folds `text` for the rules of `lang`. */
export function clean(text: string, lang: string): string {
  let t = asciiDigits(text.normalize('NFKC').toLowerCase()).replace(/[’‘`´]/g, "'");
  if (lang === 'ar') t = foldArabic(t).replace(/[؟،؛]/g, ' ');
  if (lang === 'ru') t = t.replace(/ё/g, 'е');
  // Italian elision: l'una → una, all'alba → alba, un'ora → una ora.
  if (lang === 'it') t = t.replace(/(^|\s)(?:l|all|dall|dell|sull|nell)'/g, '$1').replace(/(^|\s)un'/g, '$1una ');
  if (lang === 'hi') t = t.replace(/ए\.?\s?एम\.?/g, 'a.m.').replace(/पी\.?\s?एम\.?/g, 'p.m.');
  t = t.replace(/(^|[^\p{L}])([ap])\.\s?m\.?(?=$|[^\p{L}])/gu, '$1$2.m.');
  t = t.replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/(\d)(am|pm|a\.m\.|p\.m\.)/g, '$1 $2');
  t = t.replace(/[?!¡¿,;"«»()“”„。、！？，・]/g, ' ');
  t = t.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  return t.replace(/\s+/g, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `phrase` occurs in `t` as whole words (as a substring in unspaced scripts). */
export function hasPhrase(t: string, phrase: string, lang: string): boolean {
  if (isUnspaced(lang)) return t.includes(phrase);
  const prefix = lang === 'ar' ? '(?:و|ب|ل)?' : '';
  return new RegExp(`(?:^|\\s)${prefix}${escapeRe(phrase)}(?=$|\\s)`, 'u').test(t);
}

/** The first phrase of `phrases` found in `t`, longest first. */
export function findPhrase(t: string, phrases: readonly string[], lang: string): string | undefined {
  return [...phrases].sort((a, b) => b.length - a.length).find((p) => hasPhrase(t, p, lang));
}
