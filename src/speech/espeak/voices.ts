/**
 * Which MASSIVE locales eSpeak NG really speaks, and with which of its voices. Checked by
 * `voices.test.ts` against the shipped engine: every mapped voice loads and speaks the
 * locale's example utterances; the locales left out have no eSpeak voice (jv, km, mn, tl) or
 * only half of one (ja: kana only, every kanji is read out in English as "Chinese letter").
 */

/** MASSIVE code → eSpeak NG language name passed to `set_voice`. */
export const ESPEAK_VOICES: Readonly<Record<string, string>> = {
  'af-ZA': 'af', 'am-ET': 'am', 'ar-SA': 'ar', 'az-AZ': 'az', 'bn-BD': 'bn', 'ca-ES': 'ca',
  'cy-GB': 'cy', 'da-DK': 'da', 'de-DE': 'de', 'el-GR': 'el', 'en-US': 'en-us', 'es-ES': 'es',
  'fa-IR': 'fa', 'fi-FI': 'fi', 'fr-FR': 'fr-fr', 'he-IL': 'he', 'hi-IN': 'hi', 'hu-HU': 'hu',
  'hy-AM': 'hy', 'id-ID': 'id', 'is-IS': 'is', 'it-IT': 'it', 'ka-GE': 'ka', 'kn-IN': 'kn',
  'ko-KR': 'ko', 'lv-LV': 'lv', 'ml-IN': 'ml', 'ms-MY': 'ms', 'my-MM': 'my', 'nb-NO': 'nb',
  'nl-NL': 'nl', 'pl-PL': 'pl', 'pt-PT': 'pt-pt', 'ro-RO': 'ro', 'ru-RU': 'ru', 'sl-SL': 'sl',
  'sq-AL': 'sq', 'sv-SE': 'sv', 'sw-KE': 'sw', 'ta-IN': 'ta', 'te-IN': 'te', 'th-TH': 'th',
  'tr-TR': 'tr', 'ur-PK': 'ur', 'vi-VN': 'vi', 'zh-CN': 'cmn', 'zh-TW': 'cmn',
};

/** MASSIVE locales with offline speech output through eSpeak NG, in code order. */
export const ESPEAK_LOCALES: readonly string[] = Object.keys(ESPEAK_VOICES).sort();

/** MASSIVE locales eSpeak NG does not cover (the UI says they have no offline voice). */
export const ESPEAK_MISSING: readonly string[] = ['ja-JP', 'jv-ID', 'km-KH', 'mn-MN', 'tl-PH'];

/** The eSpeak voice for a MASSIVE locale, or null if eSpeak does not cover it. */
export function espeakVoiceFor(locale: string): string | null {
  return ESPEAK_VOICES[locale] ?? null;
}

/** eSpeak's default speed in words per minute (its `-s` default). */
export const ESPEAK_DEFAULT_WPM = 175;

/** A speaker rate multiplier (1 = normal) → eSpeak words per minute, within its range. */
export function espeakWpm(rate: number): number {
  const r = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return Math.round(Math.min(450, Math.max(80, ESPEAK_DEFAULT_WPM * r)));
}
