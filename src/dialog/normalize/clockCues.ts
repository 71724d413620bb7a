/**
 * Is "nine hours" / "neuf heures" / "девять часов" a clock time or a length of time? Many
 * languages use one word for both, and "ten minutes past nine" names minutes too, so the
 * words around the value decide (the alarm skill asks only when a timer word is absent).
 * The cue words are the pack's (`cues`, `clock`); this file weighs them.
 */
import { saysClockOnly } from '../languages/clockWords.ts';
import { periodWordsOnly } from '../languages/periodWords.ts';
import { packFor } from '../languages/index.ts';
import { digitize } from './numbers.ts';
import { findPhrase } from './text.ts';

const endsWith = (t: string, words: string | undefined) => words !== undefined && new RegExp(`(?:^|\\s)(?:${words})\\s*$`, 'u').test(t);
const startsWith = (t: string, words: string | undefined) => words !== undefined && new RegExp(`^(?:${words})\\s`, 'u').test(t);

/**
 * `true`: the cleaned `slot` is a clock time here; `false`: a length of time; null: the words
 * do not say. `utterance` is cleaned the same way; `hasDate`: a date slot was given.
 */
export function clockOrLength(slot: string, utterance: string, lang: string, hasDate: boolean): boolean | null {
  const pack = packFor(lang);
  const at = utterance.indexOf(slot);
  const before = at >= 0 ? utterance.slice(0, at) : '';
  const after = at >= 0 ? utterance.slice(at + slot.length) : '';
  const d = digitize(slot, lang);
  const cues = pack?.cues;
  const clock = pack?.clock;
  // Clock cues: "at"/"um"/"à" before it, o'clock words, "past"/"nach"-style rules, a day period, a date.
  if (endsWith(before, cues?.clockBefore) || startsWith(slot, cues?.clockBefore)) return true;
  if (cues?.clockWords?.test(d)) return true;
  // A half/quarter form may start before the slot and end after it: the NLU tags "kwadrans
  // szósta" of "za kwadrans szósta" (a quarter to six), and the "za" left outside would read as
  // "in"; or only "kwadrans" ("a quarter" of "a quarter to six"), the rest tagged as something else.
  const lead = before.trim().split(/\s+/).slice(-2).join(' ');
  const next = after.trim().split(/\s+/).slice(0, 2).join(' ');
  const around = lead ? digitize(`${lead} ${slot}`, lang) : d;
  const across = next ? digitize(`${lead} ${slot} ${next}`.trim(), lang) : around;
  if (clock?.rules.some(([re]) => re.test(d) || re.test(around) || re.test(across))) return true;
  // A language without a pack: its clock words around the digits ("6 giờ 45 phút", "fél 8").
  if (!pack && (saysClockOnly(d, lang) || saysClockOnly(across, lang))) return true;
  const said = clock ?? periodWordsOnly(lang);
  const periods = said ? [...said.am, ...said.pm, ...said.night, ...said.midday] : [];
  if (findPhrase(`${slot} ${after}`.trim(), periods, lang) !== undefined) return true;
  // A day ("on Monday", "le vendredi") is said for a clock time, even after "for".
  if (hasDate) return true;
  // Timer cues: "in nine hours", "dans neuf heures", "九个小时后".
  if (endsWith(before, cues?.timerBefore) || startsWith(slot, cues?.timerBefore) || cues?.timerAfter?.test(after)) return false;
  return null;
}
