/**
 * The headless assistant's boundary types: what it needs (an NLU, optionally a speaker, a
 * storage, a clock, a locale) and the typed events it emits. Imports only types, so every
 * part of the app can depend on it without cycles.
 */
import type { AlarmSound, DialogStorage } from '../dialog/index.ts';
import type { NluResult } from '../nlu/types.ts';

/** The assistant's answer to one understood utterance, ready to show and say. */
export interface AssistantReply {
  scenario: string;
  intent: string;
  /** Reply text, plain text in `lang`. */
  text: string;
  /** BCP 47 tag of the language `text` is actually in (English when the locale fell back). */
  lang: string;
  /** True when the locale had no template for this reply and English was used instead. */
  fallback: boolean;
  /** Short machine description of what the skill did, e.g. `light:on`. */
  effect?: string;
  /** The slot the assistant asked for, when it needs a follow-up answer. */
  awaiting?: string;
}

/** The NLU as the engine uses it (the worker client in the browser, onnxruntime in Node, a fake in tests). */
export interface Understander {
  parse(text: string, locale: string): Promise<NluResult>;
}

/** Speech output as the engine uses it. */
export interface Voice {
  speak(text: string, locale: string): Promise<void>;
  stop(): void;
}

/** Where the engine's final transcripts can come from (a recognizer session). */
export interface TranscriptSource {
  onFinal(listener: (text: string) => void): () => void;
}

/** The engine's clock (injected so tests and the kiosk soak control time). */
export interface Clock {
  now(): Date;
}

/** What `createAssistant` needs. */
export interface AssistantOptions {
  nlu: Understander;
  /** Replies are spoken when a voice is given and speaking is on. */
  speaker?: Voice;
  /** Final transcripts from it are heard as turns. */
  recognizer?: TranscriptSource;
  storage: DialogStorage;
  clock: Clock;
  locale: string;
  /** Alarm sound (silent by default: a headless engine makes no noise unless asked). */
  sound?: AlarmSound;
  /** Shown when an alarm rings (default: nothing). */
  notify?: (text: string) => void;
  /** Ids for new records (tests pass a counter). */
  newId?: () => string;
}

/** Where a turn came from. */
export type TurnOrigin = 'user' | 'assistant';

/** Everything the engine tells its subscribers (the store, a view, an embed's DOM events, tests). */
export type AssistantEvent =
  | { type: 'heard'; text: string; locale: string }
  | { type: 'understood'; result: NluResult }
  /** The assistant asked a follow-up question (the reply is the question). */
  | { type: 'asked'; slot: string; reply: AssistantReply }
  | { type: 'replied'; reply: AssistantReply; locale: string; origin: TurnOrigin }
  /** Something visibly changed (`light:on`, `alarm:set`, `list:add`…). */
  | { type: 'effect'; effect: string; locale: string }
  /** A reply was spoken to the end (or stopped); clears an earlier speak error. */
  | { type: 'spoken'; locale: string }
  | { type: 'error'; stage: 'understand' | 'act' | 'speak'; message: string; code?: string };

/** A subscriber. */
export type AssistantListener = (event: AssistantEvent) => void;
