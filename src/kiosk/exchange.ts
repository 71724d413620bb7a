/**
 * What the kiosk puts on screen from the conversation: the latest exchange (what was heard,
 * what was understood, the reply and its effect) and which home panel shows that effect.
 * Pure: reads the store's turns, returns plain data.
 */
import type { SlotSpan } from '../nlu/types.ts';
import type { Turn } from '../state/types.ts';

/** The panel that makes an effect visible. */
export type EffectPanel = 'home' | 'alarms' | 'lists' | 'calendar' | 'media';

/** The latest exchange as the kiosk shows it. */
export interface Exchange {
  id: number;
  locale: string;
  /** The transcript (null for a turn the assistant started: an alarm ringing). */
  heard: string | null;
  /** The intent the assistant acted on (the NLU's, unless the dialog repaired it). */
  intent: string | null;
  slots: readonly SlotSpan[];
  /** Null while the assistant is still answering. */
  reply: string | null;
  replyLang: string | null;
  /** The skill's effect (`light:on`, `timer:set`, …), if any. */
  effect: string | null;
  panel: EffectPanel | null;
  failed: boolean;
}

const PANELS: ReadonlyArray<readonly [RegExp, EffectPanel]> = [
  [/^(?:light|plug|vacuum|coffee):/, 'home'],
  [/^(?:alarm|timer):/, 'alarms'],
  [/^list:/, 'lists'],
  [/^event:/, 'calendar'],
  [/^(?:volume|play):/, 'media'],
];

/** The panel for an effect string (`light:colour:red` → `home`); null for effects with nothing to show (the time, arithmetic, chit-chat). */
export function effectPanel(effect: string | null | undefined): EffectPanel | null {
  if (!effect) return null;
  return PANELS.find(([re]) => re.test(effect))?.[1] ?? null;
}

/** The newest turn as an exchange, or null when the conversation is empty. */
export function latestExchange(turns: readonly Turn[]): Exchange | null {
  const turn = turns.at(-1);
  if (!turn) return null;
  const effect = turn.reply?.effect ?? null;
  return {
    id: turn.id,
    locale: turn.locale,
    heard: turn.understood?.text ?? null,
    // What the assistant acted on: the dialog may repair the NLU's intent ("light green" read as brighter is a colour change).
    intent: turn.understood ? (turn.reply?.intent ?? turn.understood.intent) : null,
    slots: turn.understood?.slots ?? [],
    reply: turn.reply?.text ?? null,
    replyLang: turn.reply?.lang ?? null,
    effect,
    panel: effectPanel(effect),
    failed: turn.error !== null,
  };
}
