/**
 * Clock times: "half past seven", "halb acht", "sept heures et demie", "午後七時半",
 * "साढ़े सात", "سبعة ونص", "полвосьмого", "saa moja na nusu asubuhi" → {h, m} on a
 * 24-hour clock. Returns null when it cannot read the text, so the skill asks again. The
 * words are the pack's (`clock`); this file is the reading algorithm.
 */
import { clockRulesOnly } from '../languages/clockWords.ts';
import { periodWordsOnly, type PeriodWords } from '../languages/periodWords.ts';
import { packFor } from '../languages/index.ts';
import { before } from '../languages/shared.ts';
import type { DayPeriod } from '../languages/types.ts';
import { digitize } from './numbers.ts';
import { clean, findPhrase, langOf } from './text.ts';

/** Whether `text` says an hour with the clock word of a language whose spoken clock counts 24 hours (`ClockWords.hour24`). */
export function saidOn24HourClock(text: string, locale: string): boolean {
  const lang = langOf(locale);
  const re = packFor(lang)?.clock?.hour24;
  return re !== undefined && re.test(digitize(clean(text, lang), lang));
}

/** A time of day. `ambiguous`: said without a day period, so h and h+12 are both possible. */
export interface ClockTime {
  h: number;
  m: number;
  ambiguous: boolean;
}

const H = '(\\d{1,2})';
const DIGIT_FORMS: [RegExp, (m: RegExpExecArray) => readonly [number, number]][] = [
  // Whole numbers on both sides: "124:30" is not 24:30.
  [/(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)/, (m) => [Number(m[1]), Number(m[2])]],
];
/** A number alone: the weakest reading ("acht" in "um halb acht" when the slot is cut short). */
const BARE_HOUR = /(\d{1,2})(?!\d)/;
const FALLBACK_FORMS: [RegExp, (m: RegExpExecArray) => readonly [number, number]][] = [
  // "seven hundred thirty" / "0730": hours and minutes said as one number.
  [/(?:^|\D)(\d{3,4})(?!\d)/, (m) => [Math.floor(Number(m[1]) / 100), Number(m[1]) % 100]],
  [new RegExp(`(?:^|\\D)${H} ${H}(?!\\d)`), (m) => [Number(m[1]), Number(m[2])]],
  [BARE_HOUR, (m) => [Number(m[1]), 0]],
];

/** The day period named in `t`; longer phrases first ("de la noche" must not be read as the bare "noche"). */
export function periodOf(text: string, clock: PeriodWords, lang: string): DayPeriod | null {
  const t = clock.notPeriod ? text.replace(clock.notPeriod, ' ') : text;
  const found = [
    ...clock.am.map((p) => [p, 'am'] as const),
    ...clock.pm.map((p) => [p, 'pm'] as const),
    ...clock.night.map((p) => [p, 'night'] as const),
    ...clock.midday.map((p) => [p, 'midday'] as const),
  ].sort((a, b) => b[0].length - a[0].length);
  const phrase = findPhrase(t, found.map(([p]) => p), lang);
  return phrase === undefined ? null : (found.find(([p]) => p === phrase)?.[1] ?? null);
}

/** Moves a 12-hour-clock hour into the day period. */
function applyPeriod(h: number, period: DayPeriod | null): number {
  if (h > 12) return h;
  switch (period) {
    case 'am':
      return h === 12 ? 0 : h;
    case 'pm':
      return h === 12 ? 12 : h + 12;
    case 'night':
      return h === 12 ? 0 : h >= 6 ? h + 12 : h;
    case 'midday':
      return h <= 6 ? h + (h === 12 ? 0 : 12) : h;
    case null:
      return h;
  }
}

/** Reads a clock time in `locale`'s words; plain digits ("7:30", "19.00") in any locale. */
export function parseTime(text: string, locale: string): ClockTime | null {
  const read = readClock(text, locale);
  return read && { h: read.h, m: read.m, ambiguous: read.ambiguous };
}

/**
 * A clock time and how it was read: `loose` when only a bare hour was found ("… acht …"),
 * so that a fuller reading of the whole utterance ("um halb acht", "sept heures et demie")
 * can be preferred to it.
 */
export interface ClockReading extends ClockTime {
  loose: boolean;
}

/** `parseTime` with the reading's strength (see `ClockReading`). */
export function readClock(text: string, locale: string): ClockReading | null {
  const lang = langOf(locale);
  const clock = packFor(lang)?.clock;
  let t = clean(text, lang);
  if (clock?.prepare) t = clock.prepare(t);
  const d = digitize(t, lang);
  const own = clock?.read?.(d, t);
  if (own) {
    const h = own.period === null ? own.h : applyPeriod(own.h, own.period);
    return { h: h % 24, m: own.m, ambiguous: own.period === null, loose: false };
  }
  // Digits around a colon are a clock time or nothing: "124:30" is not 1:24, "7:5" not 7:00.
  if (/\d:\d/.test(d) && !DIGIT_FORMS.some(([re]) => re.test(d))) return null;
  const rules = [...DIGIT_FORMS, ...(clock?.rules ?? clockRulesOnly(lang)), ...FALLBACK_FORMS];
  let hm: readonly [number, number] | null = null;
  let loose = false;
  for (const [re, read] of rules) {
    const m = re.exec(d);
    if (m) {
      hm = read(m);
      loose = re === BARE_HOUR;
      break;
    }
  }
  // Noon and midnight said alone: a pack's words, or those of languages without one (periodWords.ts).
  const alone = clock ?? periodWordsOnly(lang);
  if (!hm && alone) {
    if (alone.midnight && findPhrase(t, alone.midnight, lang)) return { h: 0, m: 0, ambiguous: false, loose: false };
    if (alone.noon && findPhrase(t, alone.noon, lang)) return { h: 12, m: 0, ambiguous: false, loose: false };
  }
  if (!hm) return null;
  const [h0, m0] = hm;
  // 24:00 is midnight; 24:30, 25:00 and 12:60 are no time of day.
  if (!Number.isInteger(h0) || h0 > 24 || (h0 === 24 && m0 !== 0) || m0 < 0 || m0 > 59) return null;
  // A language without a pack: its parts of the day (languages/periodWords.ts).
  const periods: PeriodWords | undefined = clock ?? periodWordsOnly(lang);
  const period = periods ? periodOf(t, periods, lang) : null;
  const local = h0 <= 12 ? periods?.localHour?.(h0, d) : null;
  if (local !== null && local !== undefined) return { h: local, m: m0, ambiguous: false, loose };
  const h = applyPeriod(h0 === 24 ? 0 : h0, period);
  return { h, m: m0, ambiguous: period === null && h0 >= 1 && h0 <= 12, loose };
}

export { before };
