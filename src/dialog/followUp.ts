/**
 * The minimal multi-turn context: one pending question with an expiry. When it is
 * pending, the next utterance is first read as the missing value (whole text through the
 * matching normalizer); only if that fails does the new intent take over.
 */
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

const CANCEL = /^(?:cancel|never ?mind|forget it|stop|abbrechen|vergiss es|annule[rz]?|laisse tomber|cancela(?:r)?|olvídalo|annulla|lascia perdere|deixa|esquece|キャンセル|やめて|取消|算了|रद्द करो|रहने दो|الغاء|إلغاء|انس|отмена|отмени|забудь|ghairi|acha)$/i;

/** Whether the utterance cancels the pending question. */
export function isCancel(text: string): boolean {
  return CANCEL.test(text.trim().replace(/[.!?。！？]+$/u, ''));
}

/** Whether `text` reads as a value of `kind` in `locale`. */
export function readsAs(kind: AwaitKind, text: string, locale: string, now: Date, sameScenario: boolean): boolean {
  switch (kind) {
    case 'time':
      return parseTime(text, locale) !== null;
    case 'duration':
      return parseDuration(text, locale) !== null;
    case 'date':
      return parseDate(text, locale, now) !== null;
    case 'colour':
      return parseColour(text, locale) !== null;
    case 'text': {
      // Free text (a list item) is any short answer; a long sentence about something else is a new request.
      const t = text.trim();
      const short = /[\u3040-\u30ff\u4e00-\u9fff]/.test(t) ? t.length <= 12 : t.split(/\s+/).length <= 5;
      return t !== '' && (short || sameScenario);
    }
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
