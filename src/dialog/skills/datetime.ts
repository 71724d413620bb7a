/**
 * datetime: the time or date now, in another city's time zone, or of a named day, all
 * answered with `Intl` from the local clock (no network).
 */
import { formatDate, formatTime } from '../format.ts';
import { inDateRange } from '../limits.ts';
import { langOf, packFor } from '../languages/index.ts';
import { timeNowSaidOnly } from '../languages/timeNowWords.ts';
import { parseDate } from '../normalize/index.ts';
import { clean } from '../normalize/text.ts';
import { zoneForPlace } from '../timezones.ts';
import { defineSkill, type SkillContext, type SkillResult } from '../types.ts';
import { clarify, says, slotText } from './helpers.ts';

/**
 * Whether an unknown place is a word of the question the NLU tagged as a place ("weißt" of
 * "weißt du wie spät es ist", "dici" of "mi dici che ore sono"): the language puts a word
 * before its places (`placeBefore`: in, a, в) and none is there, in a question for the time now.
 */
function notSaidAsPlace(ctx: SkillContext): boolean {
  const pack = packFor(ctx.u.locale);
  const slot = ctx.u.slots.find((s) => (s.label === 'place_name' || s.label === 'time_zone') && s.text.trim() !== '');
  // Without a pack: a "place" inside the words that ask for the time now ("இப்போ", now, of "இப்போ மணி என்ன").
  if (!pack && slot) {
    const asked = timeNowSaidOnly(ctx.u.text, langOf(ctx.u.locale));
    return asked !== null && slot.start >= asked.start && slot.end <= asked.end;
  }
  if (!pack?.placeBefore || !pack.timeNow || !slot) return false;
  const lang = pack.code;
  const before = clean(ctx.u.text.slice(0, slot.start), lang).split(' ').pop() ?? '';
  if (pack.placeBefore.some((w) => clean(w, lang) === before)) return false;
  return says(ctx, (p) => p.timeNow ?? []);
}

function inZone(ctx: SkillContext): SkillResult {
  const place = slotText(ctx, 'place_name', 'time_zone')!;
  const zone = zoneForPlace(place, ctx.u.locale);
  if (!zone && notSaidAsPlace(ctx)) return timeNow(ctx);
  if (!zone) return { reply: { key: 'unknownPlace', params: { place } }, effect: 'time:unknownZone' };
  return { reply: { key: 'timeInZone', params: { place, time: formatTime(ctx.now, ctx.u.locale, zone) } }, effect: `time:zone:${zone}` };
}

function timeNow(ctx: SkillContext): SkillResult {
  return { reply: { key: 'timeNow', params: { time: formatTime(ctx.now, ctx.u.locale) } }, effect: 'time:now' };
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
    return timeNow(ctx);
  },
});
