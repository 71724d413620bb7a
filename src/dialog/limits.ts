/**
 * The ranges every value the dialogue stores or schedules must fall in, and the checks that
 * enforce them: skills use them to refuse a request with a clear reply, the dialog checks
 * every record again before it is stored, and again when it is loaded (a record from an
 * older version or a damaged database is set aside, never rendered).
 */
import type { Alarm, CalendarEvent } from './state.ts';

/** Longest timer: a week (a longer countdown is a calendar entry, not a timer). */
export const MAX_TIMER_SECONDS = 7 * 24 * 3600;
/** Alarms ring at most this far ahead (a later day is a calendar event). */
export const MAX_ALARM_AHEAD_MS = 366 * 24 * 3600 * 1000;
/** Dates are kept within this many years of today, both ways. */
export const MAX_YEARS = 100;
/** Longest text kept in a record (an item, a title, a label): the input box's own limit. */
export const MAX_TEXT = 1000;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** True when `ms` is a finite instant within MAX_YEARS of `now`. */
export function inDateRange(ms: number, now: Date): boolean {
  return Number.isFinite(ms) && Math.abs(ms - now.getTime()) <= MAX_YEARS * YEAR_MS;
}

/** Why a timer length cannot be set (`tooShort`, `tooLong`), or null when it can. */
export function timerProblem(seconds: number): 'tooShort' | 'tooLong' | null {
  if (!Number.isFinite(seconds) || seconds > MAX_TIMER_SECONDS) return seconds < 0 ? 'tooShort' : 'tooLong';
  return seconds < 1 ? 'tooShort' : null;
}

const isText = (v: unknown, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= MAX_TEXT;

/** A `YYYY-MM-DD` that names a real day within range. */
function realDay(v: unknown, now: Date): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && inDateRange(date.getTime(), now);
}

/** Why an alarm record cannot be kept, or null when it is valid. */
export function alarmProblem(v: unknown, now: Date): string | null {
  const a = v as Partial<Record<keyof Alarm, unknown>> | null;
  if (typeof a !== 'object' || a === null) return 'not a record';
  if (!isText(a.id, 1)) return 'alarm without an id';
  if (a.kind !== 'alarm' && a.kind !== 'timer') return 'unknown alarm kind';
  if (typeof a.at !== 'number' || !inDateRange(a.at, now)) return 'alarm time out of range';
  if (a.at > now.getTime() + MAX_ALARM_AHEAD_MS) return 'alarm too far ahead';
  if (a.kind === 'timer' && (typeof a.seconds !== 'number' || timerProblem(a.seconds) !== null)) return 'timer length out of range';
  if (a.label !== undefined && !isText(a.label)) return 'alarm label is not text';
  if (typeof a.locale !== 'string' || !LOCALE.test(a.locale)) return 'alarm without a locale';
  if (typeof a.ringing !== 'boolean') return 'alarm state missing';
  return null;
}

/** Why an event record cannot be kept, or null when it is valid. */
export function eventProblem(v: unknown, now: Date): string | null {
  const e = v as Partial<Record<keyof CalendarEvent, unknown>> | null;
  if (typeof e !== 'object' || e === null) return 'not a record';
  if (!isText(e.id, 1)) return 'event without an id';
  if (!isText(e.title)) return 'event title is not text';
  if (!realDay(e.date, now)) return 'event date out of range';
  if (e.time !== undefined && (typeof e.time !== 'string' || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(e.time))) return 'event time is not a clock time';
  if (typeof e.locale !== 'string' || !LOCALE.test(e.locale)) return 'event without a locale';
  return null;
}

/** Why a list record (`{name, position}`) cannot be kept, or null. */
export function listProblem(v: unknown): string | null {
  const l = v as { name?: unknown; position?: unknown } | null;
  // The empty name is the unnamed default list ("add milk" with no list said).
  if (typeof l !== 'object' || l === null || !isText(l.name)) return 'list without a name';
  if (typeof l.position !== 'number' || !Number.isFinite(l.position)) return 'list without a position';
  return null;
}

/** Why a list item record (`{list, index, text}`) cannot be kept, or null. */
export function listItemProblem(v: unknown): string | null {
  const i = v as { list?: unknown; index?: unknown; text?: unknown } | null;
  if (typeof i !== 'object' || i === null || !isText(i.list)) return 'list item without a list';
  if (typeof i.index !== 'number' || !Number.isSafeInteger(i.index) || i.index < 0) return 'list item without a position';
  if (!isText(i.text)) return 'list item is not text';
  return null;
}
