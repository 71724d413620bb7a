/**
 * calendar: events with a title, a day and an optional time, kept in IndexedDB. A missing
 * day is asked for (askEventDate); listing and removing match by title or day.
 */
import { formatDate, formatList, formatTime } from '../format.ts';
import { isoDay, parseDate, parseTime } from '../normalize/index.ts';
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

function addEvent(ctx: SkillContext): SkillResult {
  const { u, now } = ctx;
  const dateText = slotText(ctx, 'date');
  if (!dateText) return ask('askEventDate', 'date', 'date');
  const day = parseDate(dateText, u.locale, now);
  if (!day) return clarify(dateText, 'date', 'date');
  // "in 3000000 days" (the year 10240) is refused, not stored: dates stay within ±100 years.
  if (!inDateRange(new Date(day.y, day.m - 1, day.d).getTime(), now)) return { reply: { key: 'dateOutOfRange' }, effect: 'refused' };
  const timeText = slotText(ctx, 'time');
  const time = timeText ? parseTime([timeText, slotText(ctx, 'timeofday')].filter(Boolean).join(' '), u.locale) : null;
  if (timeText && !time) return clarify(timeText, 'time', 'time');
  // A bare "at three" for a calendar entry is more often 15:00 than 03:00.
  const hour = time && time.ambiguous && time.h >= 1 && time.h <= 7 ? time.h + 12 : time?.h;
  const title = slotTextsJoined(ctx, 'event_name');
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
