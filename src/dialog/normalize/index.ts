/**
 * Slot value normalization: times, dates, durations, numbers and colours in every language
 * with a pack (src/dialog/languages/). Every reader returns null when unsure, and the
 * skill then asks (`clarifyValue`) rather than guessing.
 */
import { packFor, withEnglish } from '../languages/index.ts';
import { percentWordsOnly } from '../languages/operatorWords.ts';
import { digitize, parseNumberText } from './numbers.ts';
import { clean, langOf, markPhrases } from './text.ts';

export { parseTime, readClock, saidOn24HourClock, type ClockReading, type ClockTime } from './time.ts';
export { parseDate, namedDay, isoDay, slotDay, type CalendarDay } from './date.ts';
export { durationMeant, parseDuration } from './duration.ts';
export { parseColour, COLOURS, type ColourName } from './colour.ts';
export { NORMALIZER_LANGS, normLang, langOf, clean, escapeRe, isUnspaced } from './text.ts';
export { digitize } from './numbers.ts';

/** A whole text read as a number ("dreiundzwanzig" → 23), else null. */
export function parseNumber(text: string, locale: string): number | null {
  const lang = langOf(locale);
  return parseNumberText(clean(text, lang), lang);
}

/** Where a percent word before the number was (百分之, asilimia, yüzde): kept apart from number words. */
const BEFORE_MARK = '\ue002';

/** The first number in a text and whether it is a percentage ("to fifty percent" → 50, true). */
export function parseAmount(text: string, locale: string): { value: number; percent: boolean } | null {
  const lang = langOf(locale);
  const packs = withEnglish(locale);
  // Marked before number words are read: 百 in 百分之, yüz in yüzde and مية in بالمية are also numbers.
  const before = packs.flatMap((p) => (p.maths.percentBefore ? [p.maths.percentBefore] : []));
  // Without a pack, the language's own percent words too ("y cant", "persent": operatorWords.ts).
  const own = packFor(lang) ? [] : (percentWordsOnly(lang)?.percentAfter ?? []).map((w) => clean(w, lang));
  const after = [...packs.flatMap((p) => p.maths.percentAfter.map((w) => clean(w, p.code))), ...own];
  const d = digitize(markPhrases(markPhrases(clean(text, lang), before, BEFORE_MARK), after, '%'), lang);
  const m = new RegExp(`(${BEFORE_MARK}\\s*)?(\\d+(?:[.,]\\d+)?)\\s*(%)?`).exec(d);
  const value = m ? Number(m[2]!.replace(',', '.')) : NaN;
  // Digits beyond floating point ("999…9 percent") are no amount.
  if (!m || !Number.isFinite(value)) return null;
  return { value, percent: Boolean(m[1] || m[3]) || d.includes(BEFORE_MARK) };
}
