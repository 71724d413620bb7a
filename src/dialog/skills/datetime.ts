/**
 * datetime: the time or date now, in another city's time zone, or of a named day, all
 * answered with `Intl` from the local clock (no network).
 */
import { formatDate, formatTime } from '../format.ts';
import { inDateRange } from '../limits.ts';
import { parseDate } from '../normalize/index.ts';
import { zoneForPlace } from '../timezones.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { clarify, says, slotText } from './helpers.ts';

function inZone(ctx: SkillContext): SkillResult {
  const place = slotText(ctx, 'place_name', 'time_zone')!;
  const zone = zoneForPlace(place, ctx.u.locale);
  if (!zone) return { reply: { key: 'unknownPlace', params: { place } }, effect: 'time:unknownZone' };
  return { reply: { key: 'timeInZone', params: { place, time: formatTime(ctx.now, ctx.u.locale, zone) } }, effect: `time:zone:${zone}` };
}

export const datetimeSkill = defineSkill({
  scenario: 'datetime',
  handle: (ctx) => {
    const { u, now } = ctx;
    // datetime_convert ("if it is six here, what time is it in Tokyo") is answered with the time there now.
    if (slotText(ctx, 'place_name', 'time_zone')) return inZone(ctx);
    const dateText = slotText(ctx, 'date');
    if (dateText) {
      const day = parseDate(dateText, u.locale, now);
      if (!day) return clarify(dateText, 'date', 'date');
      const at = new Date(day.y, day.m - 1, day.d);
      // The same ±100 years as the calendar: beyond that a weekday or year is not worth saying.
      if (!inDateRange(at.getTime(), now)) return { reply: { key: 'dateOutOfRange' }, effect: 'refused' };
      const date = formatDate(at, u.locale);
      return { reply: { key: 'dateOf', params: { day: dateText, date } }, effect: 'date:of' };
    }
    // Words asking for the date rather than the time.
    if (says(ctx, (p) => p.dateQuestion)) return { reply: { key: 'dateToday', params: { date: formatDate(now, u.locale) } }, effect: 'date:today' };
    return { reply: { key: 'timeNow', params: { time: formatTime(now, u.locale) } }, effect: 'time:now' };
  },
});
