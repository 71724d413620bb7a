/**
 * alarm: alarms (a clock time, optionally a day) and timers (a duration), listing and
 * removing them. Ringing, snoozing and the sound live in `alarms/scheduler.ts`.
 */
import { formatDuration, formatList, formatRelative, formatTime, formatTimeOnDay } from '../format.ts';
import { durationMeant, namedDay, parseDate, parseDuration, parseTime, readClock, saidOn24HourClock, slotDay, type CalendarDay, type ClockTime } from '../normalize/index.ts';
import { MAX_ALARM_AHEAD_MS, MAX_TIMER_SECONDS, timerProblem } from '../limits.ts';
import { langOf, packFor, withEnglish } from '../languages/index.ts';
import { timerSaidOnly } from '../languages/lengthUnits.ts';
import type { Alarm } from '../state.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { ask, clarify, says, slotText, slotTexts } from './helpers.ts';

/** The next moment at h:m (or h+12:m for a bare hour), after `now`, on `day` if given. */
export function nextOccurrence(time: ClockTime, now: Date, day?: CalendarDay | null): Date {
  const hours = time.ambiguous && time.h < 12 ? [time.h, time.h + 12] : [time.h];
  const days = day ? [new Date(day.y, day.m - 1, day.d)] : [0, 1, 2].map((i) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + i));
  const candidates = days.flatMap((d) => hours.map((h) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, time.m)));
  const next = candidates.find((c) => c.getTime() > now.getTime());
  if (next) return next;
  // "on Friday at nine", said on a Friday at ten, means next Friday; any other past day stays
  // in the past (and the skill refuses it) rather than ringing at once.
  if (day && sameDay(days[0] as Date, now)) return nextOccurrence(time, now, { y: day.y, m: day.m, d: day.d + 7 });
  return candidates[candidates.length - 1]!;
}

function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** How an alarm is named in replies: its time (with the day when not today), or a timer's length. */
export function alarmLabel(alarm: Alarm, locale: string, now: Date): string {
  const at = new Date(alarm.at);
  if (alarm.kind === 'timer' && alarm.seconds) return formatDuration(alarm.seconds, locale);
  return sameDay(at, now) ? formatTime(at, locale) : formatTimeOnDay(at, locale);
}

/**
 * The utterance as the place to read a time or length from when the slot is missing, cut
 * short ("quarter past" of "a quarter past ten", "acht" of "um halb acht") or unreadable:
 * the whole text, without a date slot that holds digits (so "on 5.12 at 7" is not 5:12).
 */
function wholeText(ctx: SkillContext): string {
  let text = ctx.u.text;
  for (const date of slotTexts(ctx, 'date')) if (/\d/.test(date)) text = text.replace(date, ' ');
  return text;
}

/** The undecided hours an alarm rings in the morning, whatever the time now. */
const WAKING_HOURS = [5, 7] as const;

/**
 * The clock time meant: the whole utterance's reading when it finds more than a bare hour
 * (a slot is often cut short: "quarter past" of "a quarter past ten", "acht" of "um halb acht",
 * "6시 15분" of "6시 15분 전", and the day period may be anywhere), else the slot's, else
 * (when there was a slot) the utterance's bare hour. A wake-up request ("wake me up at 6 15") at an undecided hour from 1 to 6 is in
 * the morning: nobody asks to be woken at 18:15 without saying "in the evening". So is any
 * alarm at an undecided hour from 5 to 7 ("einen Wecker auf viertel nach fünf", "sveglia alle
 * sei meno un quarto", "7시 15분" for "what time?"): the hours people wake at. Other hours are
 * the next one (at 10:00, "an alarm at eight thirty" is 20:30); the reply says which. An hour said
 * with the clock word in a language whose spoken clock counts 24 hours is the hour said.
 */
export function alarmTime(ctx: SkillContext, timeText: string | undefined): ClockTime | null {
  const { u } = ctx;
  const period = slotText(ctx, 'timeofday');
  const fromSlot = timeText ? readClock(period ? `${timeText} ${period}` : timeText, u.locale) : null;
  const fromText = readClock(wholeText(ctx), u.locale);
  // Noon or midnight tagged as the part of the day ("mets une alarme à midi": timeofday "midi").
  const fromPeriod = !timeText && period ? readClock(period, u.locale) : null;
  // A bare number in the utterance with no time slot at all is no time ("stell einen Wecker": einen is 1).
  const best = fromText && !fromText.loose ? fromText : (fromSlot ?? (timeText ? fromText : fromPeriod && !fromPeriod.loose ? fromPeriod : null));
  if (!best) return null;
  const time: ClockTime = { h: best.h, m: best.m, ambiguous: best.ambiguous };
  if (time.ambiguous && time.h >= WAKING_HOURS[0] && time.h <= WAKING_HOURS[1]) return { ...time, ambiguous: false };
  const wake = says(ctx, (p) => p.cues.wakeWords ?? []) || (packFor(u.locale)?.cues.wakeAround?.test(u.text.toLowerCase()) ?? false);
  if (time.ambiguous && time.h >= 1 && time.h <= 6 && wake) return { ...time, ambiguous: false };
  // "une alarme à huit heures" is 8:00 where the spoken clock counts 24 hours (the pack says so).
  // The slot too: an answer to "for what time?" reaches here as a slot in the question's words.
  if (time.ambiguous && [timeText ?? '', wholeText(ctx)].some((t) => saidOn24HourClock(t, u.locale))) return { ...time, ambiguous: false };
  return time;
}

/** The length said: the whole utterance's when it names more than the slot ("an hour" of "an hour and a half"). */
function timerLength(ctx: SkillContext, fromSlot: number | null): number | null {
  const fromText = parseDuration(wholeText(ctx), ctx.u.locale);
  if (fromSlot === null) return fromText;
  return fromText !== null && Math.abs(fromText) > Math.abs(fromSlot) ? fromText : fromSlot;
}

/**
 * Whether an unreadable "date" is a piece of the clock time the NLU tagged apart ("четверть"
 * of "четверть одиннадцатого", "sabah" of "sabah 6 15"): the utterance reads differently
 * without it.
 */
function partOfTime(ctx: SkillContext, dateText: string): boolean {
  const text = ctx.u.text;
  const whole = readClock(text, ctx.u.locale);
  if (!whole || whole.loose) return false;
  const without = readClock(text.replace(dateText, ' '), ctx.u.locale);
  return !without || without.h !== whole.h || without.m !== whole.m || without.ambiguous !== whole.ambiguous;
}

function setAlarm(ctx: SkillContext): SkillResult {
  const { u, now } = ctx;
  const timeText = slotText(ctx, 'time');
  // "timer" in the utterance's language: a duration is meant even if it could be a time.
  const wantsTimer = packFor(u.locale)
    ? says(ctx, (p) => p.cues.timerWords)
    : timerSaidOnly(u.text, langOf(u.locale), withEnglish(u.locale).flatMap((p) => p.cues.timerWords));
  const hasDate = slotText(ctx, 'date') !== undefined;
  // "set a timer for seven hours" is always a length; otherwise the words decide (sept heures = 7:00).
  const slotSeconds = timeText ? (wantsTimer ? parseDuration(timeText, u.locale) : durationMeant(timeText, u.text, u.locale, hasDate)) : null;
  // No slot (or an unreadable one): the whole utterance, weighed the same way ("timer 25 minutes", "réveille-moi dans dix minutes").
  const textSeconds = wantsTimer ? parseDuration(wholeText(ctx), u.locale) : durationMeant(wholeText(ctx), u.text, u.locale, hasDate);
  const seconds = slotSeconds !== null ? timerLength(ctx, slotSeconds) : wantsTimer || !timeText || alarmTime(ctx, timeText) === null ? textSeconds : null;
  if (seconds !== null) {
    // "a 3000000000 hour timer" or "-5 minutes": refuse clearly instead of storing it.
    const problem = timerProblem(seconds);
    if (problem === 'tooLong') return { reply: { key: 'timerTooLong', params: { max: formatDuration(MAX_TIMER_SECONDS, u.locale) } }, effect: 'refused' };
    if (problem === 'tooShort') return { reply: { key: 'timerTooShort' }, effect: 'refused' };
    const alarm: Alarm = { id: ctx.newId(), kind: 'timer', at: now.getTime() + seconds * 1000, seconds, locale: u.locale, ringing: false };
    return { reply: { key: 'timerSet', params: { duration: formatDuration(seconds, u.locale) } }, effect: 'timer:set', actions: [{ type: 'alarmAdd', alarm }] };
  }
  if (wantsTimer) return timeText ? clarify(timeText, 'time', 'duration') : ask('askTimerDuration', 'time', 'duration');
  const time = alarmTime(ctx, timeText);
  if (!time) return timeText ? clarify(timeText, 'time', 'time') : ask('askAlarmTime', 'time', 'time');
  const dateText = slotText(ctx, 'date');
  // A day the NLU left untagged, tagged as a time or cut short ("après-demain", "天" of "后天"): the words say it.
  // A slot cut short of its phrase ("فردا" of "پس فردا") is read with its neighbours (slotDay).
  const day = (dateText ? slotDay(dateText, u.text, u.locale, now) : null) ?? namedDay(wholeText(ctx), u.locale, now);
  if (dateText && !day && !partOfTime(ctx, dateText)) return clarify(dateText, 'date', 'date');
  const at = nextOccurrence(time, now, day);
  // A day in the past ("on 1 January 1900") cannot ring; one over a year ahead is a calendar entry.
  if (at.getTime() <= now.getTime()) return { reply: { key: 'dateOutOfRange' }, effect: 'refused' };
  if (at.getTime() > now.getTime() + MAX_ALARM_AHEAD_MS) return { reply: { key: 'alarmTooFar' }, effect: 'refused' };
  const label = slotText(ctx, 'alarm_type', 'event_name');
  const alarm: Alarm = { id: ctx.newId(), kind: 'alarm', at: at.getTime(), locale: u.locale, ringing: false, ...(label ? { label } : {}) };
  return {
    reply: { key: 'alarmSet', params: { time: alarmLabel(alarm, u.locale, now) } },
    effect: 'alarm:set',
    actions: [{ type: 'alarmAdd', alarm }],
  };
}

function queryAlarms(ctx: SkillContext): SkillResult {
  const alarms = [...ctx.state.alarms].sort((a, b) => a.at - b.at);
  if (alarms.length === 0) return { reply: { key: 'alarmListNone' }, effect: 'alarm:list' };
  // A timer is named by its length and how long is left ("5 minutes (in 3 minutes)").
  const label = (a: Alarm) =>
    a.kind === 'timer' ? `${alarmLabel(a, ctx.u.locale, ctx.now)} (${formatRelative(a.at - ctx.now.getTime(), ctx.u.locale)})` : alarmLabel(a, ctx.u.locale, ctx.now);
  const list = formatList(alarms.map(label), ctx.u.locale);
  return { reply: { key: 'alarmList', params: { count: alarms.length, list } }, effect: 'alarm:list' };
}

/** Alarms matching the time/date said; all alarms when nothing was said. */
function matching(ctx: SkillContext): Alarm[] | null {
  const { state, u, now } = ctx;
  const timeText = slotText(ctx, 'time');
  const dateText = slotText(ctx, 'date');
  const ringing = state.alarms.filter((a) => a.ringing);
  if (!timeText && !dateText) return ringing.length ? ringing : state.alarms;
  let found = state.alarms;
  if (timeText) {
    const time = parseTime(timeText, u.locale);
    if (!time) return null;
    found = found.filter((a) => {
      const at = new Date(a.at);
      return at.getMinutes() === time.m && (at.getHours() === time.h || (time.ambiguous && at.getHours() === time.h + 12));
    });
  }
  if (dateText) {
    const day = parseDate(dateText, u.locale, now);
    if (!day) return null;
    found = found.filter((a) => sameDay(new Date(a.at), new Date(day.y, day.m - 1, day.d)));
  }
  return found;
}

function removeAlarms(ctx: SkillContext): SkillResult {
  const found = matching(ctx);
  if (found === null) return clarify(slotText(ctx, 'time', 'date') ?? ctx.u.text, 'time', 'time');
  if (found.length === 0) return { reply: { key: 'alarmRemoveNone' }, effect: 'alarm:none' };
  const actions = [{ type: 'alarmRemove' as const, ids: found.map((a) => a.id) }];
  if (found.length > 1) return { reply: { key: 'alarmRemovedAll' }, effect: 'alarm:remove', actions };
  return { reply: { key: 'alarmRemoved', params: { time: alarmLabel(found[0]!, ctx.u.locale, ctx.now) } }, effect: 'alarm:remove', actions };
}

export const alarmSkill = defineSkill({
  scenario: 'alarm',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'alarm_query':
        return queryAlarms(ctx);
      case 'alarm_remove':
        return removeAlarms(ctx);
      default:
        return setAlarm(ctx);
    }
  },
});
