/**
 * Slot value normalization: times, dates, durations, numbers and colours for en, de, fr,
 * es, it, pt, ja, zh, hi, ar, ru and sw. Every reader returns null when unsure, and the
 * skill then asks (`clarifyValue`) rather than guessing.
 */
import { digitize, parseNumberText } from './numbers.ts';
import { clean, langOf } from './text.ts';

export { parseTime, type ClockTime } from './time.ts';
export { parseDate, isoDay, type CalendarDay } from './date.ts';
export { durationMeant, parseDuration } from './duration.ts';
export { parseColour, COLOURS, type ColourName } from './colour.ts';
export { NORMALIZER_LANGS, normLang, langOf, clean } from './text.ts';
export { digitize } from './numbers.ts';

/** A whole text read as a number ("dreiundzwanzig" → 23), else null. */
export function parseNumber(text: string, locale: string): number | null {
  const lang = langOf(locale);
  return parseNumberText(clean(text, lang), lang);
}

/** The first number in a text and whether it is a percentage ("to fifty percent" → 50, true). */
export function parseAmount(text: string, locale: string): { value: number; percent: boolean } | null {
  const lang = langOf(locale);
  const d = digitize(clean(text, lang), lang);
  const m = /(\d+(?:[.,]\d+)?)\s*(%|percent|prozent|pour ?cent|por ?ciento|per ?cento|por ?cento|パーセント|％|百分|प्रतिशत|بالمئه|بالميه|процент|asilimia)?/.exec(d);
  const value = m ? Number(m[1]!.replace(',', '.')) : NaN;
  // Digits beyond floating point ("999…9 percent") are no amount.
  if (!m || !Number.isFinite(value)) return null;
  const percent = Boolean(m[2]) || /百分之|asilimia/.test(d);
  return { value, percent };
}
