/**
 * The minimal multi-turn context: one pending question with an expiry. When it is
 * pending, the next utterance is first read as the missing value (whole text through the
 * matching normalizer); only if that fails does the new intent take over.
 */
import { PACKS, withEnglish } from './languages/index.ts';
import { parseColour, parseDate, parseDuration, parseTime } from './normalize/index.ts';
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

function isShort(text: string, words: number): boolean {
  const t = text.trim();
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(t) ? t.length <= words * 4 : t.split(/\s+/).length <= words;
}

/**
 * Whether an utterance answers a pending question of `kind`: its whole text must read as
 * the value, and it must look like an answer (short, or tagged with a matching slot, or in
 * the same scenario), so "turn on lamp 2" is not taken for the alarm time 2:00.
 */
export function answers(kind: AwaitKind, pending: Understood, answer: Understood, now: Date): boolean {
  const { text, locale } = answer;
  const looksLikeAnswer =
    answer.scenario === pending.scenario || answer.slots.some((s) => KIND_LABELS[kind].includes(s.label)) || isShort(text, kind === 'text' ? 5 : 3);
  if (!looksLikeAnswer || text.trim() === '') return false;
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
