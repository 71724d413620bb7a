/**
 * Calendar days: "tomorrow", "übermorgen", "vendredi prochain", "5 de abril", "3月14日",
 * "कल", "بكره", "четвёртое июля", "tarehe nne aprili" → {y, m, d} (m is 1–12), relative to
 * an injected `now`. Null when the text names no day. The words are the pack's (`dates`,
 * matched on cleaned text: Arabic الاثنين is Monday there, not "two"); this file reads them.
 */
import { dateWordsOnly } from '../languages/dateWords.ts';
import { packFor } from '../languages/index.ts';
import type { DateWords } from '../languages/types.ts';
import { digitize } from './numbers.ts';
import { clean, hasPhrase, isUnspaced, langOf } from './text.ts';

/** A local calendar day. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

function dayOf(date: Date): CalendarDay {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

/** Days beyond which `Date` cannot go (±100,000,000 days from 1970), less a margin. */
const MAX_DAYS = 90_000_000;

/**
 * The day `days` after today. Beyond what `Date` can hold ("in 99999999999 days") the day is
 * clamped to about ±246,000 years: still a real, obviously out-of-range day, so the skills
 * say "too far" instead of not understanding. Null only for a count that is not a number.
 */
function addDays(now: Date, days: number): CalendarDay | null {
  if (Number.isNaN(days)) return null;
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + Math.max(-MAX_DAYS, Math.min(MAX_DAYS, days)));
  return Number.isNaN(date.getTime()) ? null : dayOf(date);
}

/** Whether a spelling list entry (`a|b`) occurs in `t`: word prefix, whole word, or substring without spaces. */
function matches(t: string, entry: string, lex: DateWords, lang: string): boolean {
  return entry.split('|').some((w) => {
    if (isUnspaced(lang)) return t.includes(w);
    if (lex.wholeWords) return hasPhrase(t, w, lang);
    return new RegExp(`(?:^|\\s)${w}`, 'u').test(t);
  });
}

function indexIn(t: string, list: readonly string[], lex: DateWords, lang: string): number {
  return list.findIndex((entry) => matches(t, entry, lex, lang));
}

/**
 * The day `day`/`month` next falls on (this year, or next year once it has passed); an
 * explicit `year` is kept as said, past or not (the skill decides what is out of range).
 */
function upcoming(now: Date, month: number, day: number, year?: number): CalendarDay | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const today = dayOf(now);
  let y = year ?? today.y;
  if (year === undefined && (month < today.m || (month === today.m && day < today.d))) y += 1;
  // setFullYear: the Date constructor would read years 0–99 as 1900–1999.
  const check = new Date(2000, 0, 1);
  check.setFullYear(y, month - 1, day);
  return check.getMonth() === month - 1 ? { y, m: month, d: day } : null;
}

function monthDay(t: string, d: string, lex: DateWords, lang: string, now: Date): CalendarDay | null {
  const numbered = lex.monthDay?.exec(d);
  if (numbered) return upcoming(now, Number(numbered[2]), Number(numbered[3]), numbered[1] ? Number(numbered[1]) : undefined);
  const month = indexIn(t, lex.months, lex, lang);
  if (month < 0) return null;
  if (lex.oneNumberWithMonth && (d.match(/\d+/g) ?? []).length !== 1) return null;
  // Any four-digit number with a month is its year ("1 january 1900", "5 may 2150").
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(d)?.[1];
  const day = [...d.matchAll(/(?:^|\D)(\d{1,2})(?!\d)/g)].map((m) => Number(m[1])).find((n) => n >= 1 && n <= 31);
  return day === undefined ? null : upcoming(now, month + 1, day, year ? Number(year) : undefined);
}

function numeric(d: string, monthFirst: boolean, now: Date): CalendarDay | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(d);
  if (iso) return upcoming(now, Number(iso[2]), Number(iso[3]), Number(iso[1]));
  const dm = /(?:^|\s)(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?(?=$|[\s.])/.exec(d);
  if (!dm) return null;
  const [a, b] = [Number(dm[1]), Number(dm[2])];
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return upcoming(now, month, day, dm[3] ? Number(dm[3]) : undefined);
}

/** Days from today for a relative word ("tomorrow", "tomorrow's", "завтрашний"), if any. */
function relative(t: string, lex: DateWords, lang: string): number | undefined {
  const keys = Object.keys(lex.relative).sort((a, b) => b.length - a.length);
  const key = keys.find((k) => (k.endsWith('*') ? new RegExp(`(?:^|\\s)${k.slice(0, -1)}`, 'u').test(t) : hasPhrase(t, k, lang)));
  return key === undefined ? undefined : lex.relative[key];
}

/** A day of the month said alone ("the fifteenth", "dia quinze", "二十九号"): its next occurrence. */
function dayOfMonth(d: string, lex: DateWords, now: Date): CalendarDay | null {
  const numbers = [...d.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const words = d.replace(/\d+/g, ' ').trim().split(/\s+/).filter(Boolean);
  // Unspaced scripts mark the day (十五日); elsewhere only a short phrase around one number
  // ("the 15", "tarehe 15", "15 числа"), never a sentence.
  const marked = lex.dayOfMonth ? lex.dayOfMonth.exec(d) : undefined;
  const day = marked !== undefined ? (marked ? Number(marked[1]) : undefined) : numbers.length === 1 && words.length <= 2 ? numbers[0] : undefined;
  if (day === undefined || day < 1 || day > 31) return null;
  const today = dayOf(now);
  return upcoming(now, day < today.d ? (today.m % 12) + 1 : today.m, day);
}

/** Reads a day in `locale`'s words; ISO and numeric dates in any locale. */
export function parseDate(text: string, locale: string, now: Date): CalendarDay | null {
  const lang = langOf(locale);
  let t = clean(text, lang);
  const lex = packFor(lang)?.dates ?? dateWordsOnly(lang);
  if (lex?.withMonth && indexIn(t, lex.months, lex, lang) >= 0) {
    for (const [re, by] of lex.withMonth) t = t.replace(re, by);
  }
  const d = digitize(t, lang);
  if (!lex) return numeric(d, false, now);
  const rel = relative(t, lex, lang);
  if (rel !== undefined && !lex.notRelative?.test(t)) return addDays(now, rel);
  const inDays = lex.inDays?.exec(d);
  if (inDays) return addDays(now, Number(inDays[1] ?? inDays[2]));
  const md = monthDay(t, d, lex, lang, now);
  // A month was named but the day is impossible ("February 30"): no other reading applies.
  if (md || indexIn(t, lex.months, lex, lang) >= 0 || lex.monthMark?.test(d)) return md;
  const num = numeric(d, lex.monthFirst ?? false, now);
  if (num) return num;
  return weekdayIn(t, lex, lang, now) ?? dayOfMonth(d, lex, now);
}

/** The next day of the weekday named in cleaned `t` ("next" skips today), or null. */
function weekdayIn(t: string, lex: DateWords, lang: string, now: Date): CalendarDay | null {
  const weekday = indexIn(t, lex.weekdays, lex, lang);
  if (weekday < 0) return null;
  let diff = (weekday - now.getDay() + 7) % 7;
  if (diff === 0 && (lex.next ?? []).some((w) => t.includes(w))) diff = 7;
  // "Wednesday next week": the days to next Monday, then to the weekday (weeks begin on Monday).
  if ((lex.nextWeek ?? []).some((w) => t.includes(w))) diff = ((8 - now.getDay()) % 7 || 7) + ((weekday + 6) % 7);
  return addDays(now, diff);
}

/**
 * A day said in words anywhere in a whole utterance: a relative day ("après-demain", "后天",
 * "परसों") or a weekday, or null. For a day the NLU did not tag, or cut ("天" of "后天"); numbers
 * are left alone, since in a whole utterance they are the clock's ("at 7") more often than a date.
 */
export function namedDay(text: string, locale: string, now: Date): CalendarDay | null {
  const lang = langOf(locale);
  const lex = packFor(lang)?.dates ?? dateWordsOnly(lang);
  if (!lex) return null;
  const t = clean(text, lang);
  const rel = relative(t, lex, lang);
  if (rel !== undefined && !lex.notRelative?.test(t)) return addDays(now, rel);
  return weekdayIn(t, lex, lang, now);
}

/** `YYYY-MM-DD` of a calendar day. */
export function isoDay(day: CalendarDay): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/**
 * The day a date slot names, read with the word before or after it where that makes another day:
 * the NLU cuts a phrase short and tags the rest as a time ("நாளை" of "நாளை மறுநாள்", tomorrow of
 * the day after tomorrow; "فردا" of "پس فردا"). Only a slot that is a day itself, and a neighbour
 * with no digit ("7 demain" is no date phrase): a slot that reads as none stays none ("четверть",
 * a quarter, tagged a date, is not "четверть десятого", the tenth).
 */
export function slotDay(dateText: string, text: string, locale: string, now: Date): CalendarDay | null {
  const day = parseDate(dateText, locale, now);
  const at = text.toLowerCase().indexOf(dateText.toLowerCase());
  if (!day || at < 0) return day;
  const before = text.slice(0, at).trim().split(/\s+/).pop() ?? '';
  const after = text.slice(at + dateText.length).trim().split(/\s+/)[0] ?? '';
  for (const wider of [before && `${before} ${dateText}`, after && `${dateText} ${after}`]) {
    if (!wider || /\d/.test(wider.replace(dateText, '')) || !/\p{L}/u.test(wider.replace(dateText, ''))) continue;
    const d = parseDate(wider, locale, now);
    if (d && isoDay(d) !== isoDay(day)) return d;
  }
  return day;
}
