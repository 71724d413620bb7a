/**
 * The minimal multi-turn context: one pending question with an expiry. When it is
 * pending, the next utterance is first read as the missing value (whole text through the
 * matching normalizer); only if that fails does the new intent take over.
 */
import { PACKS, withEnglish } from './languages/index.ts';
import { parseColour, parseDate, parseDuration, parseTime, readClock } from './normalize/index.ts';
import type { AwaitKind, Awaiting, Understood } from './types.ts';

/** A question waiting for its answer. */
export interface Pending {
  awaiting: Awaiting;
  /** The utterance that asked (its intent and slots are completed by the answer). */
  u: Understood;
  /** Epoch ms after which the question is forgotten. */
  expires: number;
}

const CANCEL = new Map<string, RegExp>();

/** The whole-utterance cancel pattern of a locale (its pack's words and the English ones), or of every pack. */
function cancelPattern(locale: string | undefined): RegExp {
  const packs = locale === undefined ? PACKS : withEnglish(locale);
  const key = locale === undefined ? '*' : packs.map((p) => p.code).join();
  let re = CANCEL.get(key);
  if (!re) CANCEL.set(key, (re = new RegExp(`^(?:${packs.flatMap((p) => p.cancel).join('|')})$`, 'iu')));
  return re;
}

/**
 * Whether the utterance cancels the pending question: "cancel" and the words of `locale`'s
 * language, or without a locale those of every language (a whole utterance of "abbrechen"
 * or "取消" is a cancel whatever the locale says).
 */
export function isCancel(text: string, locale?: string): boolean {
  return cancelPattern(locale).test(text.trim().replace(/[.!?。！？]+$/u, ''));
}

/** Slot labels the NLU gives to an answer of each kind. */
const KIND_LABELS: Record<AwaitKind, string[]> = {
  time: ['time', 'timeofday'],
  duration: ['time'],
  date: ['date'],
  colour: ['color_type'],
  text: [],
};

/** Scripts written without spaces between words: Thai, Lao, Burmese, Khmer, Japanese, Chinese. */
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]/;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** At most `words` words; unspaced, counted in characters (a Thai or Khmer word, with its vowel signs, is longer than a Chinese one). */
function isShort(text: string, words: number): boolean {
  const t = text.trim();
  if (CJK.test(t)) return t.length <= words * 4;
  return UNSPACED_SCRIPT.test(t) ? t.replace(/\s+/g, '').length <= words * 7 : t.split(/\s+/).length <= words;
}

/** From this NLU confidence on, an utterance of another scenario may be a command of its own. */
export const CONFIDENT_COMMAND = 0.5;

/**
 * For a free-text question (the item to add), only requests that act on something else
 * count as a new command: the home, the volume, alarms, the calendar, the clock, the
 * player. A bare noun is often read as another request ("coffee" → make coffee, "eggs and
 * bread" → a recipe, "umbrella" → the weather): said to "what should I add?", it is the item.
 */
const COMMANDS_OVER_TEXT = /^(?:iot_(?!coffee)|audio_volume|alarm_|calendar_|datetime_|play_)/;

/**
 * Whether some word of `text` lies outside every slot ("turn off" in "turn off the lights").
 * A vowel sign counts as part of the word: in Kannada or Malayalam every consonant may carry
 * one ("ಮಾಡು", do: letter, mark, letter, mark), so two letters in a row would find no word.
 */
function wordsBesideSlots(u: Understood): boolean {
  let rest = u.text;
  for (const s of [...u.slots].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + ' ' + rest.slice(s.end);
  return /[\p{L}\p{N}][\p{L}\p{M}\p{N}]|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(rest);
}

/**
 * Whether the dialogue's own readers find the awaited value in the utterance as firmly as a
 * slot the NLU tagged: a full clock time ("halb acht", "seven thirty pm"; not a bare number,
 * so "volume 5" is no time), a length with its unit, a colour word. The NLU, asked nothing,
 * may read a bare answer as something else: "halb acht" is "half of eight" to it (maths, 0.70).
 */
function readsAsValue(kind: AwaitKind, answer: Understood): boolean {
  switch (kind) {
    case 'time': {
      const clock = readClock(answer.text, answer.locale);
      return clock !== null && !clock.loose;
    }
    case 'duration':
      return parseDuration(answer.text, answer.locale) !== null;
    case 'colour':
      return parseColour(answer.text, answer.locale) !== null;
    case 'date':
    case 'text':
      // A date reader finds a day in "lamp 2", and any text is an item: the NLU decides.
      return false;
  }
}

/**
 * Whether `answer` is a new command rather than the answer: the NLU gives it an intent of
 * another scenario with a reasonable confidence, its words are more than the slots it
 * tags (or the value the dialogue reads in it), and (for a free-text question) it is not a
 * single word nor a noun the NLU often misreads as a request. Asked which item to add, "turn
 * off the lights" is the lights; asked for the alarm's time, "halb acht" is 7:30.
 */
export function isNewCommand(kind: AwaitKind, pending: Understood, answer: Understood): boolean {
  if (answer.scenario === pending.scenario || answer.confidence < CONFIDENT_COMMAND || answer.scenario === 'general') return false;
  if (answer.slots.some((s) => KIND_LABELS[kind].includes(s.label)) || readsAsValue(kind, answer)) return false;
  if (!wordsBesideSlots(answer)) return false;
  if (kind === 'text') {
    // "ปิดไฟให้หน่อย" (turn off the light) is one chunk, not one word.
    const spaced = !UNSPACED_SCRIPT.test(answer.text);
    if ((spaced && isShort(answer.text, 1)) || !COMMANDS_OVER_TEXT.test(answer.intent)) return false;
  }
  return true;
}

/**
 * Whether an utterance answers a pending question of `kind`: its whole text must read as
 * the value ("at 7 in the morning" for a time, any text for an item), and it must not be a
 * confident new command (`isNewCommand`): "turn on lamp 2" is not the alarm time 2:00, and
 * "turn off the lights" is not the item to add. Long texts answer only a question of
 * their own scenario or with a matching slot.
 */
export function answers(kind: AwaitKind, pending: Understood, answer: Understood, now: Date): boolean {
  const { text, locale } = answer;
  if (text.trim() === '' || isNewCommand(kind, pending, answer)) return false;
  const looksLikeAnswer =
    answer.scenario === pending.scenario || answer.slots.some((s) => KIND_LABELS[kind].includes(s.label)) || isShort(text, kind === 'text' ? 5 : 6);
  if (!looksLikeAnswer) return false;
  switch (kind) {
    case 'time':
      return parseTime(text, locale) !== null || parseDuration(text, locale) !== null;
    case 'duration':
      return parseDuration(text, locale) !== null;
    case 'date':
      return parseDate(text, locale, now) !== null;
    case 'colour':
      return parseColour(text, locale) !== null;
    case 'text':
      return true;
  }
}

/** The pending utterance with the answer filed under the awaited slot. */
export function completed(p: Pending, answer: Understood): Understood {
  const text = answer.text.trim().replace(/[.!?。！？]+$/u, '');
  return {
    ...p.u,
    locale: answer.locale,
    slots: [...p.u.slots.filter((s) => s.label !== p.awaiting.slot), { label: p.awaiting.slot, start: 0, end: text.length, text }],
  };
}
