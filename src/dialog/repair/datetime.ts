/**
 * Time questions: "टाइम क्या हो रहा है" read, unsure, as a time question below the answer
 * threshold, "كم صارت الساعة" or "지금 몇 시쯤 됐어" read as weather. A phrase that asks for
 * the time now (the pack's `timeNow`) makes an unsure reading a time question, unless the
 * NLU reads an alarm or a calendar question ("what time is my meeting") or the utterance
 * names an alarm or a timer ("何時に起こして").
 */
import { newAlarmSaidOnly } from '../languages/alarmWords.ts';
import { langOf } from '../languages/index.ts';
import { timerSaidOnly } from '../languages/lengthUnits.ts';
import { timeNowSaidOnly } from '../languages/timeNowWords.ts';
import type { LanguagePack } from '../languages/types.ts';
import { clean, escapeRe, hasPhrase } from '../normalize/text.ts';
import type { RepairRule } from './types.ts';

/** From this confidence on, the NLU's reading stands whatever the words. */
const SURE = 0.5;

/** Scenarios whose questions also ask "what time" (of an alarm, of an event). */
const KEEP = new Set(['alarm', 'calendar']);

/** Below this, a calendar or alarm question yields to a phrase that only asks for the time now. */
const ONLY_NOW_BELOW = 0.8;

/**
 * The same when that phrase is the whole question, at most one word after it ("क्या टाइम हो रहा
 * है" read as a calendar question at 0.92 by v8): "a qué hora es la reunión" holds "qué hora es"
 * but asks about the meeting. Measured on MASSIVE dev and train with v8: between 0.8 and 0.95 no
 * such reading is a calendar or alarm question.
 */
const WHOLE_QUESTION_BELOW = 0.95;

/** How many words follow `phrase` in `t` (as whole words), or -1 where it is not said. */
function wordsAfter(t: string, phrase: string, pack: LanguagePack): number {
  if (pack.unspaced) {
    const at = t.indexOf(phrase);
    return at < 0 ? -1 : t.slice(at + phrase.length).trim() === '' ? 0 : 1;
  }
  const m = new RegExp(`(?:^|\\s)${escapeRe(phrase)}(?=$|\\s)(.*)$`, 'u').exec(t);
  return m ? m[1]!.split(' ').filter(Boolean).length : -1;
}

export const datetimeRules: readonly RepairRule[] = [
  {
    // "क्या टाइम हो रहा है" read as a calendar question at 0.55: no event or alarm is asked about.
    name: 'time-now-only',
    apply: ({ u, pack }) => {
      if (!pack?.timeNowOnly || !KEEP.has(u.scenario) || u.intent.endsWith('_set') || u.confidence >= WHOLE_QUESTION_BELOW) return null;
      const t = clean(u.text, pack.code);
      const phrases = pack.timeNowOnly.map((p) => clean(p, pack.code));
      if (!phrases.some((p) => hasPhrase(t, p, pack.code))) return null;
      if (u.confidence < ONLY_NOW_BELOW) return 'datetime_query';
      return phrases.some((p) => { const n = wordsAfter(t, p, pack); return n >= 0 && n <= 1; }) ? 'datetime_query' : null;
    },
  },
  {
    name: 'time-question',
    apply: ({ u, pack }) => {
      if (!pack?.timeNow || u.confidence >= SURE || KEEP.has(u.scenario)) return null;
      const t = clean(u.text, pack.code);
      const asks = pack.timeNow.some((p) => hasPhrase(t, clean(p, pack.code), pack.code));
      // The cue words are substrings (TimerCues): "Wecker" in "Weckzeit" is not, "알람" in "알람을" is.
      const cue = [...(pack.cues.alarmWords ?? []), ...pack.cues.timerWords, ...(pack.cues.wakeWords ?? [])].some((w) => t.includes(clean(w, pack.code))) || (pack.cues.wakeAround?.test(t) ?? false);
      if (!asks || cue) return null;
      return 'datetime_query';
    },
  },
  {
    // Without a pack: "ಗಂಟೆ ಎಷ್ಟಾಯ್ತು" (what time is it) read as chat at 0.33 (languages/timeNowWords.ts).
    name: 'time-question-table',
    apply: ({ u, pack }) => {
      if (pack || u.confidence >= SURE || KEEP.has(u.scenario) || u.intent === 'datetime_query') return null;
      const lang = langOf(u.locale);
      if (!timeNowSaidOnly(u.text, lang) || newAlarmSaidOnly(u.text, lang) || timerSaidOnly(u.text, lang, ['timer'])) return null;
      return 'datetime_query';
    },
  },
];
