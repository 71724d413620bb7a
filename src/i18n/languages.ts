/**
 * The 52 MASSIVE locales: one table that feeds the locale picker, the page's `dir`/`lang`,
 * and (later) recognition and voice selection. Native names come from `Intl.DisplayNames`
 * in each language itself, so no name is hand-translated here.
 */

/** A locale the model was trained on, as MASSIVE spells it (e.g. `de-DE`, `sl-SL`). */
export interface Language {
  /** MASSIVE locale code; also the value sent to the NLU. */
  code: string;
  /** The language's own name for itself, e.g. `Deutsch`, `العربية`. */
  nativeName: string;
  /** English name, for tooltips and search. */
  englishName: string;
  /** True for right-to-left scripts (Arabic, Hebrew). */
  rtl: boolean;
  /** ISO 15924 script code of the locale's main script. */
  script: string;
}

/**
 * [MASSIVE code, BCP 47 tag used for names and `lang`, ISO 15924 script].
 * NOTE: the BCP 47 tag differs from the code where MASSIVE's region is not a real one
 * (`sl-SL`: SL is Sierra Leone) or where the script tells the variants apart (zh-Hans/Hant).
 */
const LOCALES: ReadonlyArray<readonly [string, string, string]> = [
  ['af-ZA', 'af', 'Latn'], ['am-ET', 'am', 'Ethi'], ['ar-SA', 'ar', 'Arab'],
  ['az-AZ', 'az', 'Latn'], ['bn-BD', 'bn', 'Beng'], ['ca-ES', 'ca', 'Latn'],
  ['cy-GB', 'cy', 'Latn'], ['da-DK', 'da', 'Latn'], ['de-DE', 'de', 'Latn'],
  ['el-GR', 'el', 'Grek'], ['en-US', 'en', 'Latn'], ['es-ES', 'es', 'Latn'],
  ['fa-IR', 'fa', 'Arab'], ['fi-FI', 'fi', 'Latn'], ['fr-FR', 'fr', 'Latn'],
  ['he-IL', 'he', 'Hebr'], ['hi-IN', 'hi', 'Deva'], ['hu-HU', 'hu', 'Latn'],
  ['hy-AM', 'hy', 'Armn'], ['id-ID', 'id', 'Latn'], ['is-IS', 'is', 'Latn'],
  ['it-IT', 'it', 'Latn'], ['ja-JP', 'ja', 'Jpan'], ['jv-ID', 'jv', 'Latn'],
  ['ka-GE', 'ka', 'Geor'], ['km-KH', 'km', 'Khmr'], ['kn-IN', 'kn', 'Knda'],
  ['ko-KR', 'ko', 'Kore'], ['lv-LV', 'lv', 'Latn'], ['ml-IN', 'ml', 'Mlym'],
  ['mn-MN', 'mn', 'Cyrl'], ['ms-MY', 'ms', 'Latn'], ['my-MM', 'my', 'Mymr'],
  ['nb-NO', 'nb', 'Latn'], ['nl-NL', 'nl', 'Latn'], ['pl-PL', 'pl', 'Latn'],
  ['pt-PT', 'pt-PT', 'Latn'], ['ro-RO', 'ro', 'Latn'], ['ru-RU', 'ru', 'Cyrl'],
  ['sl-SL', 'sl', 'Latn'], ['sq-AL', 'sq', 'Latn'], ['sv-SE', 'sv', 'Latn'],
  ['sw-KE', 'sw', 'Latn'], ['ta-IN', 'ta', 'Taml'], ['te-IN', 'te', 'Telu'],
  ['th-TH', 'th', 'Thai'], ['tl-PH', 'fil', 'Latn'], ['tr-TR', 'tr', 'Latn'],
  ['ur-PK', 'ur', 'Arab'], ['vi-VN', 'vi', 'Latn'], ['zh-CN', 'zh-Hans', 'Hans'],
  ['zh-TW', 'zh-Hant', 'Hant'],
];

const RTL_SCRIPTS = new Set(['Arab', 'Hebr']);

/** The name of `tag` in language `inLang`, capitalized for a list; the tag if unknown. */
function displayName(tag: string, inLang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLang], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  if (!name || name === tag) return tag;
  return name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1);
}

/** Every MASSIVE locale, in code order. */
export const languages: readonly Language[] = LOCALES.map(([code, tag, script]) => ({
  code,
  nativeName: displayName(tag, tag),
  englishName: displayName(tag, 'en'),
  rtl: RTL_SCRIPTS.has(script),
  script,
}));

const BCP47 = new Map(LOCALES.map(([code, tag]) => [code, tag]));
const BY_CODE = new Map(languages.map((l) => [l.code, l]));

/** The locale the app opens with when nothing else is known. */
export const DEFAULT_LOCALE = 'en-US';

/** The table row for `code`, or undefined if it is not a MASSIVE locale. */
export function findLanguage(code: string): Language | undefined {
  return BY_CODE.get(code);
}

/** True if `code` is one of the 52 MASSIVE locales. */
export function isLocale(code: string): boolean {
  return BY_CODE.has(code);
}

/** A valid BCP 47 tag for HTML `lang` (MASSIVE's `sl-SL` → `sl`, `zh-TW` → `zh-Hant`). */
export function langTag(code: string): string {
  return BCP47.get(code) ?? code;
}

/** The best MASSIVE locale for a browser language list such as `navigator.languages`. */
export function pickLocale(preferred: readonly string[]): string {
  for (const pref of preferred) {
    const exact = languages.find((l) => l.code.toLowerCase() === pref.toLowerCase());
    if (exact) return exact.code;
    const base = pref.split('-')[0]?.toLowerCase();
    const sameLang = languages.find((l) => l.code.split('-')[0] === base);
    if (sameLang) return sameLang.code;
  }
  return DEFAULT_LOCALE;
}
