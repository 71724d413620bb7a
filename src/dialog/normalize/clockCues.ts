/**
 * Is "nine hours" / "neuf heures" / "девять часов" a clock time or a length of time? Many
 * languages use one word for both, and "ten minutes past nine" names minutes too, so the
 * words around the value decide (the alarm skill asks only when a timer word is absent).
 */
import { digitize } from './numbers.ts';
import { findPhrase } from './text.ts';
import { TIME_WORDS } from './timeWords.ts';

/**
 * Words right before a clock time ("at", "um", "à", "a las", "в", "الساعه"). Not "pour" or
 * "на": "une alarme pour dix minutes", "будильник на тридцать минут" are lengths.
 */
const CLOCK_BEFORE: Record<string, string> = {
  en: 'at|by|until|till',
  de: 'um|gegen|bis',
  fr: 'à|a|vers',
  es: 'a las|a la|para las|para la|sobre las|hacia las|las|la',
  it: 'alle|all|verso le|per le|le|alla',
  pt: 'às|as|à|para as|para a|pelas|pela',
  ru: 'в|во|к',
  ar: 'الساعه|عند',
};

/** Words that only a clock time has (o'clock, Uhr, 時 not 時間, 点, बजे). */
const CLOCK_WORDS: Record<string, RegExp> = {
  en: /(?:^|\s)o ?'? ?clock(?:$|\s)/,
  de: /(?:^|\s|\d)uhr(?:$|\s)/,
  fr: /\d ?h(?:$|\s|\d)/,
  ja: /時(?!間)/,
  zh: /[点點](?!心)/,
  hi: /बजे|बजकर/,
  ar: /(?:^|\s)الساعه(?:$|\s)/,
};

/** Words right before (or, in ja/zh/hi, right after) a length of time ("in", "dans", "через", "後"). */
const TIMER_BEFORE: Record<string, string> = {
  en: 'in|for|after|within',
  de: 'in|für|fuer|nach',
  fr: 'dans|pendant|durant',
  es: 'en|durante|dentro de',
  it: 'tra|fra|per|durante',
  pt: 'em|daqui a|durante|por',
  ru: 'через|в течение|на протяжении',
  ar: 'بعد|لمده|خلال',
  sw: 'baada ya|kwa muda wa|kwa',
};
const TIMER_AFTER: Record<string, RegExp> = { ja: /^\s*(?:後|以内|経っ)/, zh: /^\s*(?:之?后|以后|後)/, hi: /^\s*(?:बाद|के लिए)/ };

const endsWith = (t: string, words: string | undefined) => words !== undefined && new RegExp(`(?:^|\\s)(?:${words})\\s*$`, 'u').test(t);
const startsWith = (t: string, words: string | undefined) => words !== undefined && new RegExp(`^(?:${words})\\s`, 'u').test(t);

/**
 * `true`: the cleaned `slot` is a clock time here; `false`: a length of time; null: the words
 * do not say. `utterance` is cleaned the same way; `hasDate`: a date slot was given.
 */
export function clockOrLength(slot: string, utterance: string, lang: string, hasDate: boolean): boolean | null {
  const at = utterance.indexOf(slot);
  const before = at >= 0 ? utterance.slice(0, at) : '';
  const after = at >= 0 ? utterance.slice(at + slot.length) : '';
  const d = digitize(slot, lang);
  const lex = TIME_WORDS[lang];
  // Clock cues: "at"/"um"/"à" before it, o'clock words, "past"/"nach"-style rules, a day period, a date.
  if (endsWith(before, CLOCK_BEFORE[lang]) || startsWith(slot, CLOCK_BEFORE[lang])) return true;
  if (CLOCK_WORDS[lang]?.test(d)) return true;
  if (lex?.rules.some(([re]) => re.test(d))) return true;
  const periods = lex ? [...lex.am, ...lex.pm, ...lex.night, ...lex.midday] : [];
  if (findPhrase(`${slot} ${after}`.trim(), periods, lang) !== undefined) return true;
  // A day ("on Monday", "le vendredi") is said for a clock time, even after "for".
  if (hasDate) return true;
  // Timer cues: "in nine hours", "dans neuf heures", "九个小时后".
  const afterRe = TIMER_AFTER[lang];
  if (endsWith(before, TIMER_BEFORE[lang]) || startsWith(slot, TIMER_BEFORE[lang]) || (afterRe && afterRe.test(after))) return false;
  return null;
}
