/**
 * Calendar repairs: "あさっての夜7時に飲み会入れといて" (put a drinks party in for the night after
 * tomorrow at 7) read as an alarm. An alarm reading that names no alarm, timer or waking, but
 * says the pack's words for putting something in the calendar (`events.lead` at the start,
 * `events.trail` at the end: "add", "入れといて", "ekle"), is a new event, when the NLU was
 * unsure of it: "make it 7 30" said of an alarm is the alarm's.
 */
import { clean } from '../normalize/text.ts';
import type { RepairRule } from './types.ts';

/** From this confidence on, the NLU's alarm stands whatever the words. */
const SURE = 0.5;

export const calendarRules: readonly RepairRule[] = [
  {
    name: 'event-words',
    apply: ({ u, pack }) => {
      if (!pack?.events || u.intent !== 'alarm_set' || u.confidence >= SURE) return null;
      const t = clean(u.text, pack.code);
      // The cue words are substrings (TimerCues), as the timer rules read them.
      const cue = [...(pack.cues.alarmWords ?? []), ...pack.cues.timerWords, ...(pack.cues.wakeWords ?? [])].some((w) => t.includes(clean(w, pack.code))) || (pack.cues.wakeAround?.test(t) ?? false);
      if (cue) return null;
      const { lead, trail } = pack.events;
      const edgeL = pack.unspaced ? '' : '(?:^|\\s)';
      const edgeR = pack.unspaced ? '' : '(?=\\s|$)';
      const said = (lead !== undefined && new RegExp(`^(?:${lead})${edgeR}`, 'iu').test(t)) || (trail !== undefined && new RegExp(`${edgeL}(?:${trail})$`, 'iu').test(t));
      return said ? 'calendar_set' : null;
    },
  },
];
