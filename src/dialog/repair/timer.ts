/**
 * Repairs for timers and alarm clocks: words that cannot mean anything else. "timer 25
 * minutes", "minuteur de dix minutes" or "1時間半のタイマー" read as a time question, the
 * radio or a volume change are a timer; "wake me up tomorrow at quarter to six" or "alarme à
 * 18h30" read as a calendar entry or a chat are an alarm. The words are the pack's
 * (`cues.timerWords`, `alarmWords`, `wakeWords`); the length or time must be readable in the
 * utterance, so a passing mention of a timer ("the timer song") stays what the NLU said.
 */
import { langOf } from '../languages/index.ts';
import { newAlarmSaidOnly, setAlarmSaidOf } from '../languages/alarmWords.ts';
import { timerSaidOnly } from '../languages/lengthUnits.ts';
import { clean, escapeRe, parseDuration, parseTime, readClock } from '../normalize/index.ts';
import type { LanguagePack } from '../languages/types.ts';
import type { RepairContext, RepairRule } from './types.ts';

/** Whether the utterance contains one of the pack's (or English) words; substrings, so it works without spaces. */
function mentions({ u }: RepairContext, words: readonly string[] | undefined): boolean {
  const t = u.text.toLowerCase();
  return (words ?? []).some((w) => t.includes(w));
}

/** Whether the cleaned text says one of `stems` at a word start (anywhere in an unspaced script): verbs take endings. */
function saysStem(t: string, stems: readonly string[], pack: LanguagePack): boolean {
  return stems.some((w) => (pack.unspaced ? t.includes(w) : new RegExp(`(?:^|\\s)${escapeRe(w)}`, 'u').test(t)));
}

/** Intents of the alarm skill: listing or removing is the NLU's call ("cancel the timer"). */
const isAlarm = (intent: string) => intent.startsWith('alarm_');

/** Below this the NLU is guessing: a bare "set a timer" is a timer even without a length. */
const GUESSING = 0.3;

/** From this on a question about alarms stays one, whatever verb it says. */
const UNSURE_QUERY = 0.7;

/** Below this a question about alarms that asks to be woken at a clock time is a request (alarm-clock-time). */
const UNSURE_WAKE_QUERY = 0.5;

/** From this on a removal stays one whatever set verb it says (the set participle of "the alarm I set"). */
const SURE_REMOVAL = 0.85;

/** Questions about times that an alarm word makes a question about the alarms (alarm-question-words). */
const TIME_QUESTIONS = new Set(['calendar_query', 'datetime_query']);

/** Below this an alarm word outweighs the NLU's reading (languages without a pack; measured in alarmWords' rule below). */
const UNSURE_ALARM = 0.6;

export const timerRules: readonly RepairRule[] = [
  {
    // A language without a pack: "herätä mut huomenna kello viisi" read as a mute at 0.46,
    // An alarm word with a clock time, no cancel or question word, and an unsure reading of
    // something else, is a new alarm. Without the time it fired on MASSIVE's "ξύπνα" (wake up,
    // a quirky remark) and "laita hälytys syntymäpäivälle" (a calendar entry): dev 0 right and
    // 1 wrong, train 1 right and 8 wrong.
    name: 'alarm-words',
    apply: ({ u, pack }) => {
      // An unsure reading as a new alarm is confirmed the same way ("ಒಂದು ಅಲಾರ್ಮ್ ಇಡು", set an
      // alarm, at 0.14 had answered "I did not understand" instead of asking for the time).
      if (pack || (isAlarm(u.intent) && u.intent !== 'alarm_set') || u.confidence >= UNSURE_ALARM) return null;
      if (!newAlarmSaidOnly(u.text, langOf(u.locale))) return null;
      // Below what the dialogue acts on, the alarm word alone is a request to set one: asking
      // "for what time?" beats "I did not understand" ("አላርም ሙላልኝ", set me an alarm, at 0.15).
      return parseTime(u.text, u.locale) !== null || u.confidence < GUESSING ? 'alarm_set' : null;
    },
  },
  {
    // "ನನ್ನ ಅಲಾರ್ಮ್ ಎಷ್ಟು ಗಂಟೆಗೆ ಇಟ್ಟಿದೆ" (what time is my alarm set for) read as a calendar question at
    // 0.44: without a pack, an unsure question about times that says an alarm word and a question
    // or cancel word is about the alarms.
    name: 'alarm-question-words',
    apply: ({ u, pack }) => {
      if (pack || !TIME_QUESTIONS.has(u.intent) || u.confidence >= UNSURE_ALARM) return null;
      return setAlarmSaidOf(u.text, langOf(u.locale)) ? 'alarm_query' : null;
    },
  },
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
    // removal at 0.80: the verb says set, and none says remove. Not where the NLU is sure of the
    // removal: MASSIVE's removals name the alarm by its setting ("移除我设的所有闹钟", remove all the
    // alarms I set; "alarmı devre dışı bırak"), and at any confidence this rule turned 63 of its
    // train and dev removals into new alarms and 2 rightly.
    name: 'alarm-set-verb',
    apply: ({ u, pack }) => {
      const verbs = pack?.cues.alarmVerbs;
      if (!pack || !verbs) return null;
      const t = clean(u.text, pack.code);
      const said = (stems: readonly string[]) => saysStem(t, stems, pack);
      if (u.intent === 'alarm_query') {
        // "gece onu çeyrek geçe alarm kur" was also read as a question at 0.65. A question says
        // its set verb inside ("did I set", "kurduğum alarmlar"); a request begins or ends with
        // it, bare, and names the time.
        if (pack.unspaced || u.confidence >= UNSURE_QUERY || said(verbs.remove)) return null;
        const words = t.split(/\s+/);
        const bare = [words[0], words[words.length - 1]].some((w) => verbs.set.includes(w ?? ''));
        const time = bare ? readClock(u.text, u.locale) : null;
        return time && !time.loose ? 'alarm_set' : null;
      }
      if (u.intent !== 'alarm_remove' || u.confidence >= SURE_REMOVAL) return null;
      return said(verbs.set) && !said(verbs.remove) ? 'alarm_set' : null;
    },
  },
  {
    name: 'alarm-clock-time',
    apply: (ctx) => {
      const { u, pack } = ctx;
      if (!pack) return null;
      const wake = mentions(ctx, pack.cues.wakeWords) || (pack.cues.wakeAround?.test(u.text.toLowerCase()) ?? false);
      // A question about the alarms stays one ("what time is my alarm"), unless the NLU was
      // guessing and the words ask to be woken at a time: "tenho de acordar amanhã às sete e meia"
      // (I have to wake up tomorrow at half past seven) read as a question at 0.38. On MASSIVE
      // (train and dev, the pack locales) no utterance that says a wake word is read as a
      // question below 0.6.
      if (u.intent === 'alarm_query' && (!wake || u.confidence >= UNSURE_WAKE_QUERY)) return null;
      if (!wake && !mentions(ctx, pack.cues.alarmWords)) return null;
      const time = readClock(u.text, u.locale);
      if (!time || (u.intent === 'alarm_query' && time.loose)) return null;
      // "remove my 7 am alarm" stays a removal when there is an alarm to remove; an alarm
      // word and a time with nothing set yet ("18時30分にアラーム") can only be a request to set one,
      // unless a remove verb is said: "7時のアラーム削除して" (delete the 7 o'clock alarm) with no
      // alarm set had set one at 7, the opposite of what was asked; the skill says there is none.
      if (u.intent === 'alarm_remove') {
        // A wake request whose verb is also a remove verb says no removal: Turkish "kaldır beni"
        // (get me up; "kaldır" is also "remove") read as a removal at 0.40.
        const around = pack.cues.wakeAround;
        const rest = around ? u.text.toLowerCase().replace(new RegExp(around.source, `${around.flags.replace('g', '')}g`), ' ') : u.text;
        const removal = saysStem(clean(rest, pack.code), pack.cues.alarmVerbs?.remove ?? [], pack);
        return ctx.state.alarms.length === 0 && !time.loose && !removal ? 'alarm_set' : null;
      }
      return 'alarm_set';
    },
  },
];
