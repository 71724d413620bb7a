/**
 * Locale mapping for speech: MASSIVE codes → the BCP 47 tags recognizers and voices use, and
 * language matching that knows the aliases browsers still report (`no` for `nb`, `tl` for
 * `fil`, `iw` for `he`, `in` for `id`).
 */
import { langTag } from '../i18n/languages.ts';

/** Regions MASSIVE spells that are not the language's region (`sl-SL`: SL is Sierra Leone). */
const REGION_FIX: Readonly<Record<string, string>> = { 'sl-SL': 'sl-SI' };

/**
 * The tag handed to a recognizer or matched against voices: language from `langTag` (so
 * `tl-PH` → `fil`), region from the MASSIVE code, because recognizers are region-specific
 * (`en-US` ≠ `en-GB`). Chinese keeps `zh-CN`/`zh-TW`, which recognizers and voices use.
 */
export function speechTag(code: string): string {
  const fixed = REGION_FIX[code];
  if (fixed) return fixed;
  if (code === 'zh-CN' || code === 'zh-TW') return code;
  const [lang] = langTag(code).split('-');
  const region = code.split('-')[1];
  return region ? `${lang}-${region}` : (lang ?? code);
}

/** Old or alternative language subtags → the one MASSIVE uses. */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nob: 'nb', fil: 'tl', iw: 'he', in: 'id', cmn: 'zh' };

/** A tag in lower case with `-` separators (`en_US` → `en-us`), for comparisons. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The primary language of a tag with aliases folded (`no-NO` → `nb`, `fil-PH` → `tl`). */
export function baseLanguage(tag: string): string {
  const base = normalizeTag(tag).split('-')[0] ?? '';
  return ALIASES[base] ?? base;
}

/** How well a voice/recognizer tag fits a MASSIVE locale: 2 exact, 1 same language, 0 none. */
export function localeMatch(tag: string, code: string): 0 | 1 | 2 {
  const t = normalizeTag(tag);
  if (t === normalizeTag(code) || t === normalizeTag(speechTag(code))) return 2;
  return baseLanguage(t) === baseLanguage(code) ? 1 : 0;
}
