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
 * [MASSIVE code, BCP 47 tag used for names and `lang`, ISO 15924 script, endonym].
 * NOTE: the BCP 47 tag differs from the code where MASSIVE's region is not a real one
 * (`sl-SL`: SL is Sierra Leone) or where the script tells the variants apart (zh-Hans/Hant).
 * The endonym is used only where the browser's ICU has no name data for the language
 * (Chromium's trimmed ICU lacks e.g. cy, hy, is, jv, ka, km, mn, my, sq).
 */
const LOCALES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['af-ZA', 'af', 'Latn', 'Afrikaans'], ['am-ET', 'am', 'Ethi', 'አማርኛ'],
  ['ar-SA', 'ar', 'Arab', 'العربية'], ['az-AZ', 'az', 'Latn', 'Azərbaycan'],
  ['bn-BD', 'bn', 'Beng', 'বাংলা'], ['ca-ES', 'ca', 'Latn', 'Català'],
  ['cy-GB', 'cy', 'Latn', 'Cymraeg'], ['da-DK', 'da', 'Latn', 'Dansk'],
  ['de-DE', 'de', 'Latn', 'Deutsch'], ['el-GR', 'el', 'Grek', 'Ελληνικά'],
  ['en-US', 'en', 'Latn', 'English'], ['es-ES', 'es', 'Latn', 'Español'],
  ['fa-IR', 'fa', 'Arab', 'فارسی'], ['fi-FI', 'fi', 'Latn', 'Suomi'],
  ['fr-FR', 'fr', 'Latn', 'Français'], ['he-IL', 'he', 'Hebr', 'עברית'],
  ['hi-IN', 'hi', 'Deva', 'हिन्दी'], ['hu-HU', 'hu', 'Latn', 'Magyar'],
  ['hy-AM', 'hy', 'Armn', 'Հայերեն'], ['id-ID', 'id', 'Latn', 'Indonesia'],
  ['is-IS', 'is', 'Latn', 'Íslenska'], ['it-IT', 'it', 'Latn', 'Italiano'],
  ['ja-JP', 'ja', 'Jpan', '日本語'], ['jv-ID', 'jv', 'Latn', 'Jawa'],
  ['ka-GE', 'ka', 'Geor', 'ქართული'], ['km-KH', 'km', 'Khmr', 'ខ្មែរ'],
  ['kn-IN', 'kn', 'Knda', 'ಕನ್ನಡ'], ['ko-KR', 'ko', 'Kore', '한국어'],
  ['lv-LV', 'lv', 'Latn', 'Latviešu'], ['ml-IN', 'ml', 'Mlym', 'മലയാളം'],
  ['mn-MN', 'mn', 'Cyrl', 'Монгол'], ['ms-MY', 'ms', 'Latn', 'Melayu'],
  ['my-MM', 'my', 'Mymr', 'မြန်မာ'], ['nb-NO', 'nb', 'Latn', 'Norsk bokmål'],
  ['nl-NL', 'nl', 'Latn', 'Nederlands'], ['pl-PL', 'pl', 'Latn', 'Polski'],
  ['pt-PT', 'pt-PT', 'Latn', 'Português europeu'], ['ro-RO', 'ro', 'Latn', 'Română'],
  ['ru-RU', 'ru', 'Cyrl', 'Русский'], ['sl-SL', 'sl', 'Latn', 'Slovenščina'],
  ['sq-AL', 'sq', 'Latn', 'Shqip'], ['sv-SE', 'sv', 'Latn', 'Svenska'],
  ['sw-KE', 'sw', 'Latn', 'Kiswahili'], ['ta-IN', 'ta', 'Taml', 'தமிழ்'],
  ['te-IN', 'te', 'Telu', 'తెలుగు'], ['th-TH', 'th', 'Thai', 'ไทย'],
  ['tl-PH', 'fil', 'Latn', 'Filipino'], ['tr-TR', 'tr', 'Latn', 'Türkçe'],
  ['ur-PK', 'ur', 'Arab', 'اردو'], ['vi-VN', 'vi', 'Latn', 'Tiếng Việt'],
  ['zh-CN', 'zh-Hans', 'Hans', '简体中文'], ['zh-TW', 'zh-Hant', 'Hant', '繁體中文'],
];

const RTL_SCRIPTS = new Set(['Arab', 'Hebr']);

/** The name of `tag` in language `inLang` from Intl, capitalized for a list; null if unknown. */
export function intlName(tag: string, inLang: string): string | null {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLang], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  if (!name || name === tag) return null;
  return name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1);
}

/**
 * The language's own name: Intl's, unless Intl only knows the English name (no ICU data for
 * that language in this browser), in which case the table's endonym.
 */
function nativeName(tag: string, endonym: string): string {
  const own = intlName(tag, tag);
  return own && own !== intlName(tag, 'en') ? own : endonym;
}

/** Every MASSIVE locale, in code order. */
export const languages: readonly Language[] = LOCALES.map(([code, tag, script, endonym]) => ({
  code,
  nativeName: nativeName(tag, endonym),
  englishName: intlName(tag, 'en') ?? endonym,
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
