/**
 * Durations: "five minutes", "fünf Minuten", "une demi-heure", "5分", "一个半小时",
 * "डेढ़ घंटा", "ساعتين", "полтора часа", "dakika tano", "due minuti e mezzo" → seconds. Null when no unit is found.
 * The units are the pack's (`durations`), or for a language without a pack the units of a
 * length said in digits (`lengthUnits.ts`); this file is the reading algorithm.
 */
import { packFor } from '../languages/index.ts';
import { lengthUnitsOnly } from '../languages/lengthUnits.ts';
import { clockOrLength } from './clockCues.ts';
import { digitize } from './numbers.ts';
import { clean, isUnspaced, langOf } from './text.ts';

const HALF_HOUR = 1800;

const FACTORS = [1, 60, 3600];

/**
 * A number before (or, unit first, after) a unit: digits with an optional fraction and
 * exponent ("1e9 seconds" is a billion seconds, not 9). It starts where no digit, dot or
 * colon is before it, so a run of digits is scanned once from its start (linear), and
 * "7:30 minutes" is not read as 30 minutes. Letters may come before it (Arabic "ل5 دقائق").
 */
const NUMBER = '(?<![\\d.:])(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)';

/** A minus sign on a number ("-5 minutes", "-5分"), not a dash between numbers ("5-10"). */
const signed = (d: string, lang: string) =>
  new RegExp(`${isUnspaced(lang) ? '(?<![\\p{N}.])' : '(?<![\\p{L}\\p{N}.])'}[-−](?=\\d)`, 'u').test(d);

/**
 * Reads a duration in `locale`'s words; null when it names no unit of time or its number is
 * beyond floating point. The value is what was said: "-5 minutes" is -300 and "0 seconds"
 * is 0; the skill decides which lengths it accepts.
 */
export function parseDuration(text: string, locale: string): number | null {
  const lang = langOf(locale);
  const lex = packFor(lang)?.durations ?? lengthUnitsOnly(lang);
  if (!lex) return null;
  let d = digitize(clean(text, lang), lang).replace(/(\d),(\d)/g, '$1.$2');
  const negative = signed(d, lang);
  let total = 0;
  let found = false;
  const half = lex.andHalf?.exec(d);
  if (half) {
    total += (Number(half[1] ?? 1) * 3600) + HALF_HOUR;
    found = true;
    d = d.replace(half[0], ' ');
  }
  for (const [re, unit] of lex.halves ?? []) {
    const m = re.exec(d);
    if (!m) continue;
    total += Number(m[1]) * unit + unit / 2;
    found = true;
    d = d.replace(m[0], ' ');
  }
  for (const [re, seconds] of lex.fixed ?? []) {
    const m = re.exec(d);
    if (!m) continue;
    // A zero entry rewrites "an hour" to "1 hour" instead of adding a fixed amount.
    if (seconds === 0) d = d.replace(re, '1 ');
    else {
      total += seconds;
      found = true;
      d = d.replace(m[0], ' ');
    }
  }
  lex.units.forEach((unit, i) => {
    const re = lex.unitFirst ? new RegExp(`(?:${unit}) [-−]?${NUMBER}`, 'gu') : new RegExp(`${NUMBER} ?(?:${unit})`, 'gu');
    let counted = false;
    for (const m of d.matchAll(re)) {
      total += Number(m[1]) * FACTORS[i]!;
      found = counted = true;
    }
    // A bare unit means one of it ("час" → an hour), also beside a counted one of another unit
    // ("godzinę i 20 minut", "ساعه و20 دقيقه": an hour and twenty minutes).
    // Not after a number it did not count ("1:30 hours" is no length at all).
    if (!counted && new RegExp(`(?<![\\d:.] ?)(?<=^|\\s)(?:${unit})(?=$|\\s)`).test(d)) {
      total += FACTORS[i]!;
      found = true;
    }
  });
  // "une heure vingt", "час двадцать": minutes said right after the hours, without their unit.
  if (found && !lex.unitFirst) {
    const [secondsUnit, minutesUnit, hoursUnit] = lex.units;
    const after = new RegExp(`(?:^|\\s|\\d)(?:${hoursUnit}) (\\d{1,2})(?![\\d.]| ?(?:${minutesUnit}|${secondsUnit}))`).exec(d);
    if (after && Number(after[1]) < 60) total += Number(after[1]) * 60;
    // "deux minutes trente", "zwei Minuten dreißig": seconds said right after the minutes, the same way.
    const seconds = new RegExp(`(?:^|\\s|\\d)(?:${minutesUnit}) (\\d{1,2})(?![\\d.]| ?(?:${secondsUnit}|${minutesUnit}|${hoursUnit}))`).exec(d);
    if (seconds && Number(seconds[1]) < 60) total += Number(seconds[1]);
  }
  if (!found || !Number.isFinite(total)) return null;
  const seconds = Math.round(total);
  // The sign applies to the whole length ("-1 hour 30 minutes" is -5400); never -0.
  return negative && seconds !== 0 ? -seconds : seconds;
}

/**
 * The slot read as a length of time when that is what the utterance means, else null:
 * "five minutes" is a timer, but "à neuf heures du matin", "ten minutes past nine", "9時"
 * and a value with a date are clock times; "dans sept heures", "через два часа" are lengths
 * (see clockCues.ts). Undecided: hour words that also mean o'clock (sept heures) are times.
 */
export function durationMeant(slot: string, utterance: string, locale: string, hasDate = false): number | null {
  const seconds = parseDuration(slot, locale);
  if (seconds === null) return null;
  const lang = langOf(locale);
  const cue = clockOrLength(clean(slot, lang), clean(utterance, lang), lang, hasDate);
  if (cue !== null) return cue ? null : seconds;
  const lex = packFor(lang)?.durations;
  if (!lex?.hourIsOclock) return seconds;
  const d = digitize(clean(slot, lang), lang);
  const namesHours = new RegExp(`(?:^|\\s|\\d)(?:${lex.units[2]})(?:$|\\s)`).test(d);
  if (namesHours && !lex.lengthCues?.test(clean(utterance, lang))) return null;
  return seconds;
}
