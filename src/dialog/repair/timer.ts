/**
 * Repairs for timers and alarm clocks: words that cannot mean anything else. "timer 25
 * minutes", "minuteur de dix minutes" or "1時間半のタイマー" read as a time question, the
 * radio or a volume change are a timer; "wake me up tomorrow at quarter to six" or "alarme à
 * 18h30" read as a calendar entry or a chat are an alarm. The words are the pack's
 * (`cues.timerWords`, `alarmWords`, `wakeWords`); the length or time must be readable in the
 * utterance, so a passing mention of a timer ("the timer song") stays what the NLU said.
 */
import { langOf } from '../languages/index.ts';
import { timerSaidOnly } from '../languages/lengthUnits.ts';
import { clean, escapeRe, parseDuration, readClock } from '../normalize/index.ts';
import type { RepairContext, RepairRule } from './types.ts';

/** Whether the utterance contains one of the pack's (or English) words; substrings, so it works without spaces. */
function mentions({ u }: RepairContext, words: readonly string[] | undefined): boolean {
  const t = u.text.toLowerCase();
  return (words ?? []).some((w) => t.includes(w));
}

/** Intents of the alarm skill: listing or removing is the NLU's call ("cancel the timer"). */
const isAlarm = (intent: string) => intent.startsWith('alarm_');

/** Below this the NLU is guessing: a bare "set a timer" is a timer even without a length. */
const GUESSING = 0.3;

export const timerRules: readonly RepairRule[] = [
  {
    name: 'timer-words',
    apply: (ctx) => {
      const { u, pack } = ctx;
      // A language without a pack has its timer words in lengthUnits.ts, and "timer" is read
      // everywhere ("ajastin 10 minuutiksi" read as mute at 0.93, "timer för pizzan" as an order).
      // Danish and Norwegian "timer" is also hours: "mute i to timer" stays a mute (timerSaidOnly).
      const said = pack ? mentions(ctx, pack.cues.timerWords) : timerSaidOnly(u.text, langOf(u.locale), ['timer']);
      if ((isAlarm(u.intent) && u.intent !== 'alarm_set') || !said) return null;
      const seconds = parseDuration(u.text, u.locale);
      return (seconds !== null && seconds > 0) || (pack && u.confidence < GUESSING) ? 'alarm_set' : null;
    },
  },
  {
    // "gece onu çeyrek geçe alarm kur" read as removing every alarm, "アラームセットして" as a
    // removal at 0.80: the verb says set, and none says remove.
    name: 'alarm-set-verb',
    apply: ({ u, pack }) => {
      const verbs = pack?.cues.alarmVerbs;
      if (!pack || !verbs || u.intent !== 'alarm_remove') return null;
      const t = clean(u.text, pack.code);
      const said = (stems: readonly string[]) =>
        stems.some((w) => (pack.unspaced ? t.includes(w) : new RegExp(`(?:^|\\s)${escapeRe(w)}`, 'u').test(t)));
      return said(verbs.set) && !said(verbs.remove) ? 'alarm_set' : null;
    },
  },
  {
    name: 'alarm-clock-time',
    apply: (ctx) => {
      const { u, pack } = ctx;
      if (!pack || u.intent === 'alarm_query') return null;
      const wake = mentions(ctx, pack.cues.wakeWords) || (pack.cues.wakeAround?.test(u.text.toLowerCase()) ?? false);
      if (!wake && !mentions(ctx, pack.cues.alarmWords)) return null;
      const time = readClock(u.text, u.locale);
      if (!time) return null;
      // "remove my 7 am alarm" stays a removal when there is an alarm to remove; an alarm
      // word and a time with nothing set yet ("18時30分にアラーム") can only be a request to set one.
      if (u.intent === 'alarm_remove') return ctx.state.alarms.length === 0 && !time.loose ? 'alarm_set' : null;
      return 'alarm_set';
    },
  },
];
