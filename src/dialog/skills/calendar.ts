/**
 * calendar: events with a title, a day and an optional time, kept in IndexedDB. A missing
 * day is asked for (askEventDate); listing and removing match by title or day.
 */
import { formatDate, formatList, formatTime } from '../format.ts';
import { clean, digitize, isoDay, isUnspaced, langOf, parseDate, parseTime, type CalendarDay, type ClockTime } from '../normalize/index.ts';
import { packFor } from '../languages/index.ts';
import { inDateRange } from '../limits.ts';
import type { CalendarEvent } from '../state.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { ask, clarify, slotText } from './helpers.ts';

function eventDate(e: CalendarEvent): Date {
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = (e.time ?? '00:00').split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm);
}

/** "Friday, March 14" or "Friday, March 14 3:00 PM". */
export function eventWhen(e: CalendarEvent, locale: string): string {
  const at = eventDate(e);
  return e.time ? `${formatDate(at, locale)} ${formatTime(at, locale)}` : formatDate(at, locale);
}


/** Parts of the utterance, with where each starts and ends (characters in unspaced scripts). */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The longest text the title reader works on: an event request is far shorter. */
const MAX_EVENT_TEXT = 300;

function piecesOf(text: string, unspaced: boolean): Piece[] {
  const out: Piece[] = [];
  const re = unspaced ? /\S/gu : /\S+/gu;
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function without(text: string, from: number, to: number): string {
  return `${text.slice(0, from)} ${text.slice(to)}`;
}

/**
 * The pieces a reading depends on: each is left out in turn, and those whose absence
 * changes the reading (`key` of the text) are its words. The span from the first to the
 * last of them is what was said for it ("at 4 30 pm", "um halb eins", "午後4時半").
 */
function spanOf(text: string, pieces: Piece[], key: (t: string) => string | null, glue: readonly string[] = []): [number, number] | null {
  const base = key(text);
  if (base === null) return null;
  const hits = pieces.map((p) => key(without(text, p.start, p.end)) !== base);
  // Runs of words that matter, joined across short or glue words ("4 y media de la tarde");
  // a real word between two runs parts them ("12시 반에 톰이랑 점심"): the longest run wins.
  let best: [number, number, number] | null = null;
  let run: [number, number, number] | null = null;
  let gapOk = true;
  pieces.forEach((p, i) => {
    if (hits[i]) {
      run = run && gapOk ? [run[0], i, run[2] + 1] : [i, i, 1];
      if (!best || run[2] > best[2]) best = run;
      gapOk = true;
    } else if (p.text.length > 2 && !glue.includes(p.text.toLowerCase())) gapOk = false;
  });
  const found = best as [number, number, number] | null;
  return found ? [pieces[found[0]]!.start, pieces[found[1]]!.end] : null;
}

function timeKey(t: string, locale: string): string | null {
  const time = parseTime(t, locale);
  return time ? `${time.h}:${time.m}:${time.ambiguous}` : null;
}


/** Removes the first match of `source` at word edges (anywhere in unspaced text). */
function strip(text: string, source: string | undefined, where: 'start' | 'end' | 'any', unspaced: boolean): string {
  if (!source) return text;
  const edgeL = unspaced ? '' : '(?:^|\\s)';
  const edgeR = unspaced ? '' : '(?=\\s|$)';
  const re = new RegExp(where === 'start' ? `^(?:${source})${edgeR}` : where === 'end' ? `${edgeL}(?:${source})$` : `${edgeL}(?:${source})${edgeR}`, 'iu');
  return text.replace(re, ' ').replace(/\s+/g, ' ').trim();
}

/** Drops glue words at both ends ("at", "am", "の"), repeatedly. */
function trimGlue(text: string, glue: readonly string[], unspaced: boolean): string {
  let t = text.trim();
  for (let changed = true; changed && t; ) {
    changed = false;
    for (const g of glue) {
      const lower = t.toLowerCase();
      if (lower.startsWith(g) && (unspaced || lower.length === g.length || /\s/.test(lower[g.length]!))) {
        t = t.slice(g.length).trim();
        changed = true;
      }
      const l2 = t.toLowerCase();
      if (l2.endsWith(g) && (unspaced || l2.length === g.length || /\s/.test(l2[l2.length - g.length - 1] ?? ' '))) {
        t = t.slice(0, t.length - g.length).trim();
        changed = true;
      }
    }
  }
  return t.replace(/^[\s,.;:'-]+|[\s,.;:'-]+$/gu, '');
}

/** Where the day was said: the date slot, or the words the day's reading depends on. */
function daySpan(ctx: SkillContext, pieces: Piece[], fromSlot: boolean): [number, number] | null {
  const { u, now } = ctx;
  // A slot from a follow-up answer has the answer's offsets, not this text's: not used here.
  const slot = u.slots.find((s) => s.label === 'date' && s.text.trim() !== '' && u.text.slice(s.start, s.end) === s.text);
  const key = (t: string) => {
    const d = parseDate(t, u.locale, now);
    return d ? isoDay(d) : null;
  };
  if (fromSlot && slot) {
    // Within the slot, the words the day depends on ("cuma" of "cuma günü on iki buçukta").
    // Characters of an unspaced slot all belong to the day (月曜日, not 月曜). Not a Thai or Khmer
    // one: without a pack the NLU's slot is a whole unspaced chunk, often the whole request.
    if (packFor(u.locale)?.unspaced) return [slot.start, slot.end];
    const inSlot = pieces.filter((p) => p.start >= slot.start && p.end <= slot.end);
    return spanOf(u.text, inSlot, key) ?? [slot.start, slot.end];
  }
  return spanOf(u.text, pieces, key);
}

/**
 * The event's day, time and title from the whole request: the day from the date slot (or
 * the whole text), the time from the whole text without the day (the NLU often cuts "4 30
 * pm" or files "12 30" as a person), and the title as what remains once the command words,
 * the day, the time and "on my calendar" are taken out: "add dentist thursday at 4 30 pm"
 * → dentist, Thursday, 16:30.
 */
export function readEvent(ctx: SkillContext): { day: CalendarDay | null; dayText?: string; time: ClockTime | null; timeText?: string; title: string } {
  const { u, now } = ctx;
  const lang = langOf(u.locale);
  // Thai, Khmer, Burmese and Lao too: their pieces are characters, so a day and a time inside one chunk ("วันศุกร์บ่ายสามโมง") are found.
  const unspaced = isUnspaced(lang);
  const words = packFor(u.locale)?.events;
  const text = u.text.length > MAX_EVENT_TEXT ? u.text.slice(0, MAX_EVENT_TEXT) : u.text;
  const pieces = piecesOf(text, unspaced);
  const dateText = slotText(ctx, 'date');
  const slotDay = dateText ? parseDate(dateText, u.locale, now) : null;
  let day = slotDay ?? parseDate(text, u.locale, now);
  const dSpan: [number, number] | null = day ? daySpan({ ...ctx, u: { ...u, text } }, pieces, slotDay !== null) : null;
  // Read from the whole text, a bare number is no day ("cinco minutos" is not the 5th).
  if (!slotDay && (!dSpan || /^[\d\s]*$/.test(digitize(clean(text.slice(dSpan[0], dSpan[1]), lang), lang)))) day = null;
  // Blanked, not cut, so the pieces keep their places.
  const blankDay = dSpan ? text.slice(0, dSpan[0]) + ' '.repeat(dSpan[1] - dSpan[0]) + text.slice(dSpan[1]) : text;
  const timeSlots = u.slots.filter((s) => s.label === 'time' || s.label === 'timeofday').sort((a, b) => a.start - b.start);
  const timeSlotsHere = timeSlots.filter((s) => text.slice(s.start, s.end) === s.text);
  const slotTimeText = timeSlots.map((s) => s.text.trim()).join(' ');
  const slotTime = slotTimeText ? parseTime(slotTimeText, u.locale) : null;
  const wholeTime = parseTime(blankDay, u.locale);
  // The whole text wins ("midi et demi" cut into "midi" + "demi") unless it found another hour;
  // minutes before the slot's hour count ("korter í eitt", a quarter to one: the slot holds "eitt").
  const before = (w: ClockTime, s: ClockTime) => w.m > 0 && (w.h + 1) % 12 === s.h % 12;
  const time = wholeTime && (!slotTime || wholeTime.h % 12 === slotTime.h % 12 || before(wholeTime, slotTime)) ? wholeTime : slotTime;
  const tSpan = time === wholeTime && wholeTime ? spanOf(blankDay, pieces, (t) => timeKey(t, u.locale), words?.glue) : null;
  // The title: the text without the day, the time and the slots that held them.
  const cut: [number, number][] = [dSpan, tSpan].filter((s): s is [number, number] => s !== null);
  // The time slots go too when they read as the time taken from the whole text: the text's span
  // may be only the words its reading depends on ("თორმეტ" of "თორმეტ საათსა და თხუთმეტ წუთზე").
  if (slotTime && time && (time === slotTime || (time.h === slotTime.h && time.m === slotTime.m))) for (const s of timeSlotsHere) cut.push([s.start, s.end]);
  // A part of the day alone ("thursday afternoon") is no clock time, and no part of the title.
  if (!time) for (const s of timeSlotsHere) if (s.label === 'timeofday') cut.push([s.start, s.end]);
  const kept = pieces.filter((p) => !cut.some(([a, b]) => p.start < b && p.end > a));
  // Glue next to a cut ("at", "am", "の") goes with it.
  let title = '';
  let prevEnd = -1;
  for (const p of kept) {
    const gap = prevEnd >= 0 && cut.some(([a, b]) => a >= prevEnd && b <= p.start);
    title += prevEnd < 0 ? p.text : gap ? ` | ${p.text}` : unspaced ? p.text : ` ${p.text}`;
    prevEnd = p.end;
  }
  let parts = title.split(' | ').map((part) => part.trim());
  if (words) {
    parts = parts.map((part) => trimGlue(strip(part, words.calendar, 'any', unspaced), words.glue, unspaced));
    parts[0] = trimGlue(strip(parts[0] ?? '', words.lead, 'start', unspaced), words.glue, unspaced);
    const n = parts.length - 1;
    parts[n] = trimGlue(strip(parts[n] ?? '', words.trail, 'end', unspaced), words.glue, unspaced);
  }
  title = parts.filter(Boolean).join(unspaced ? '' : ' ').replace(/\s+/g, ' ').trim();
  // Without a pack there are no command words to strip ("lägg till … på", "merkitse kalenteriin"):
  // what is left is the request itself, so the NLU's event name is the better title, with the
  // person it is with when that follows it ("פגישה עם רופא השיניים", "obisk pri zobozdravniku").
  const named = words ? slotTextsJoined(ctx, 'event_name') : (namedEvent(ctx, cut) ?? slotTextsJoined(ctx, 'event_name'));
  if (!title || (!words && named)) title = named;
  // Only a clock-time slot that cannot be read is worth a question; "afternoon" alone is not one.
  const askable = timeSlots.some((s) => s.label === 'time') ? slotTimeText : '';
  return { day, ...(dateText ? { dayText: dateText } : {}), time: withDayPeriod(time, text, u.locale), ...(askable ? { timeText: askable } : {}), title };
}

/**
 * A clock time said without a period, read again with the day words that were set aside for
 * it: a day word that names the part of the day too ("morgenavond", "tonight") gives the period
 * ("morgenavond om acht uur" is 20:00).
 */
/** Slots that name what the event is: its name, or the meal it is ("lunch med anna", "ăn trưa với anh minh"). */
const EVENT_NAMES = new Set(['event_name', 'meal_type']);

/**
 * The event name and the people next to it, as said: from the first such slot to the last, when
 * at most two words part them. A slot inside the day or the time read (`cut`) is none of them:
 * "sfert" of "la unu și un sfert", "ڈیڑھ" of "ڈیڑھ بجے", tagged as people.
 */
function namedEvent(ctx: SkillContext, cut: readonly (readonly [number, number])[]): string | undefined {
  const { text, slots } = ctx.u;
  const parts = slots
    .filter((s) => (EVENT_NAMES.has(s.label) || s.label === 'person' || s.label === 'relation') && text.slice(s.start, s.end) === s.text)
    .filter((s) => !cut.some(([a, b]) => s.start < b && s.end > a))
    .sort((a, b) => a.start - b.start);
  if (!parts.some((s) => EVENT_NAMES.has(s.label))) return undefined;
  let start = parts[0]!.start;
  let end = parts[0]!.end;
  for (const s of parts.slice(1)) {
    if (text.slice(end, s.start).trim().split(/\s+/).filter(Boolean).length > 2) break;
    end = s.end;
  }
  const first = parts.find((s) => EVENT_NAMES.has(s.label))!;
  if (first.start > end) ({ start, end } = first);
  return text.slice(start, end).replace(/\s+/g, ' ').trim() || undefined;
}

function withDayPeriod(time: ClockTime | null, text: string, locale: string): ClockTime | null {
  if (!time?.ambiguous) return time;
  const whole = parseTime(text, locale);
  return whole && !whole.ambiguous && whole.h % 12 === time.h % 12 && whole.m === time.m ? { ...time, h: whole.h, ambiguous: false } : time;
}

function addEvent(ctx: SkillContext): SkillResult {
  const { u, now } = ctx;
  const { day, dayText, time, timeText, title } = readEvent(ctx);
  if (!day) return dayText ? clarify(dayText, 'date', 'date') : ask('askEventDate', 'date', 'date');
  // "in 3000000 days" (the year 10240) is refused, not stored: dates stay within ±100 years.
  if (!inDateRange(new Date(day.y, day.m - 1, day.d).getTime(), now)) return { reply: { key: 'dateOutOfRange' }, effect: 'refused' };
  if (timeText && !time) return clarify(timeText, 'time', 'time');
  // A bare "at three" for a calendar entry is more often 15:00 than 03:00; "halb eins" 12:30.
  const hour = time && time.ambiguous && time.h >= 1 && time.h <= 7 ? time.h + 12 : time && time.ambiguous && time.h === 0 ? 12 : time?.h;
  const event: CalendarEvent = {
    id: ctx.newId(),
    title,
    date: isoDay(day),
    locale: u.locale,
    ...(time ? { time: `${String(hour).padStart(2, '0')}:${String(time.m).padStart(2, '0')}` } : {}),
  };
  const when = eventWhen(event, u.locale);
  return {
    reply: title ? { key: 'eventAdded', params: { title, date: when } } : { key: 'eventAddedUntitled', params: { date: when } },
    effect: 'event:add',
    actions: [{ type: 'eventAdd', event }],
  };
}

function slotTextsJoined(ctx: SkillContext, label: string): string {
  return ctx.u.slots.filter((s) => s.label === label).map((s) => s.text.trim()).join(' ');
}

/** Events matching the title and/or day said; every event when nothing was said. */
function matching(ctx: SkillContext): CalendarEvent[] | null {
  const title = slotText(ctx, 'event_name')?.toLowerCase();
  const dateText = slotText(ctx, 'date');
  const day = dateText ? parseDate(dateText, ctx.u.locale, ctx.now) : undefined;
  if (day === null) return null;
  return ctx.state.events.filter(
    (e) => (!title || e.title.toLowerCase().includes(title) || title.includes(e.title.toLowerCase())) && (!day || e.date === isoDay(day)),
  );
}

function queryEvents(ctx: SkillContext): SkillResult {
  // A span the normalizer cannot pin to one day ("next week") lists every event: reading is harmless.
  const found = matching(ctx) ?? ctx.state.events;
  if (found.length === 0) return { reply: { key: 'eventListNone' }, effect: 'event:list' };
  const { locale } = ctx.u;
  const sorted = [...found].sort((a, b) => eventDate(a).getTime() - eventDate(b).getTime());
  const list = formatList(sorted.map((e) => (e.title ? `${e.title} (${eventWhen(e, locale)})` : eventWhen(e, locale))), locale);
  return { reply: { key: 'eventList', params: { count: found.length, list } }, effect: 'event:list' };
}

function removeEvents(ctx: SkillContext): SkillResult {
  const said = slotText(ctx, 'event_name', 'date');
  const found = said ? matching(ctx) : [];
  if (found === null) return clarify(slotText(ctx, 'date') ?? '', 'date', 'date');
  // Nothing named: do not guess which event to delete.
  if (found.length === 0) return { reply: { key: 'eventRemoveNone' }, effect: 'event:none' };
  const title = formatList(found.map((e) => e.title || eventWhen(e, ctx.u.locale)), ctx.u.locale);
  return { reply: { key: 'eventRemoved', params: { title } }, effect: 'event:remove', actions: [{ type: 'eventRemove', ids: found.map((e) => e.id) }] };
}

export const calendarSkill = defineSkill({
  scenario: 'calendar',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'calendar_query':
        return queryEvents(ctx);
      case 'calendar_remove':
        return removeEvents(ctx);
      default:
        return addEvent(ctx);
    }
  },
});
