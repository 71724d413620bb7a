/**
 * The dialogue manager's boundary types: what it is given (`Understood`), what it answers
 * (`Turn`), and the contract every skill implements. Skills are pure: they read a snapshot
 * of the state and return a reply plus typed actions; `dialog.ts` applies the actions.
 */
import type { SlotSpan } from '../nlu/types.ts';
import type { Reply } from '../i18n/replies/catalog.ts';
import type { Alarm, CalendarEvent, DeviceState, DialogState } from './state.ts';

/** What the NLU understood of one utterance (a subset of `NluResult`). */
export interface Understood {
  text: string;
  locale: string;
  intent: string;
  scenario: string;
  confidence: number;
  slots: SlotSpan[];
  /** The NLU's next candidates, most likely first (for repairs between close intents). */
  alternatives?: readonly { intent: string; p: number }[];
  /** Set when a repair rule changed the NLU's intent (its name), for the trace and tests. */
  repairedBy?: string;
}

/** One answered turn. */
export interface Turn {
  locale: string;
  scenario: string;
  intent: string;
  reply: Reply;
  /** Short machine description of what changed, e.g. `light:on`, `alarm:set`. */
  effect?: string;
  /** The slot the assistant asked for; the next utterance is read as its value first. */
  awaiting?: string;
  /** The change was made but could not be written to the device (the reply must say so). */
  notSaved?: true;
}

/** The kinds of value a follow-up question can wait for (each has a normalizer). */
export type AwaitKind = 'time' | 'duration' | 'date' | 'colour' | 'text';

/** A follow-up question a skill asks when a required slot is missing or unreadable. */
export interface Awaiting {
  /** Slot label the answer will be filed under (e.g. `time`, `date`, `list_item`). */
  slot: string;
  kind: AwaitKind;
}

/** State changes a skill asks for; applied (and persisted) by the dialog. */
export type Action =
  | { type: 'devices'; patch: Partial<DeviceState> }
  | { type: 'alarmAdd'; alarm: Alarm }
  | { type: 'alarmRemove'; ids: string[] }
  | { type: 'listAdd'; list: string; item: string }
  | { type: 'listRemoveItem'; list: string; item: string }
  | { type: 'listCreate'; list: string }
  | { type: 'listDelete'; list: string }
  | { type: 'eventAdd'; event: CalendarEvent }
  | { type: 'eventRemove'; ids: string[] }
  | { type: 'audio'; patch: Partial<DialogState['audio']> };

/** What a skill returns. */
export interface SkillResult {
  reply: Reply;
  effect?: string;
  awaiting?: Awaiting;
  actions?: Action[];
}

/** Everything a skill may read. */
export interface SkillContext {
  /** The utterance, with slots (including a follow-up answer filed as a slot). */
  u: Understood;
  /** Language part of the locale (`de-DE` → `de`). */
  lang: string;
  now: Date;
  state: DialogState;
  /** Generates ids for new alarms, events, … (injected so tests are deterministic). */
  newId: () => string;
}

/** A skill: one MASSIVE scenario. */
export interface Skill {
  scenario: string;
  /** Answers any intent of the scenario (`ctx.u.intent`); pure. */
  handle: (ctx: SkillContext) => SkillResult;
}

/** Declares a skill (identity function; gives the object its type at the definition). */
export function defineSkill(skill: Skill): Skill {
  return skill;
}
