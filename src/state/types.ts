/**
 * The app store's shapes in one leaf module: every slice's state and actions, and the whole
 * `AppState`. Slices import their types from here (never from store.ts), so the store and
 * its slices form no import cycle.
 */
import type { NluResult } from '../nlu/types.ts';
import type { AssistantReply } from './assistantPort.ts';
import type { LoadStage, RuntimeInfo } from './nluPort.ts';

/** Longest utterance the inspector sends to the model, in UTF-16 code units. */
export const MAX_INPUT_CHARS = 1000;

/** Session state and its actions. */
export interface SessionSlice {
  /** What is in the text box right now. */
  draft: string;
  setDraft: (text: string) => void;
}

/** What the user chose for speech in and out. */
export interface VoicePrefs {
  /** Voice id per MASSIVE locale. */
  voices: Record<string, string>;
  rate: number;
  handsFree: boolean;
  /** Off by default: on means audio may go to the browser vendor's online recognizer. */
  allowOnline: boolean;
}

/** Settings state and its actions. */
export interface SettingsSlice {
  /** MASSIVE locale code the utterance is written in. */
  locale: string;
  /** Switches the locale; unknown codes are ignored. */
  setLocale: (locale: string) => void;
  voicePrefs: VoicePrefs;
  /** Changes some voice preferences (persisted with the settings). */
  setVoicePrefs: (patch: Partial<VoicePrefs>) => void;
}

/** Where a turn came from: the user typed or spoke, or the assistant spoke up (an alarm rang). */
export type TurnSource = 'typed' | 'voice' | 'assistant';

/** One exchange in the history. */
export interface Turn {
  id: number;
  source: TurnSource;
  locale: string;
  /** The NLU result (text, intent, slots); null for a turn the assistant started itself. */
  understood: NluResult | null;
  /** Null while the assistant is still answering. */
  reply: AssistantReply | null;
  /** Set when the assistant failed to answer. */
  error: string | null;
}

/** Conversation state and its actions. */
export interface ConversationSlice {
  turns: Turn[];
  /** When false, utterances are only analysed (inspector) and no skill acts. */
  assistantOn: boolean;
  /** Whether replies are spoken aloud. */
  speakReplies: boolean;
  /** Why the last reply could not be spoken (e.g. no voice for the locale); null when it was. */
  speakError: string | null;
  setSpeakError: (message: string | null) => void;
  setAssistantOn: (on: boolean) => void;
  setSpeakReplies: (on: boolean) => void;
  /** Lets the assistant act on an NLU result and records the turn. */
  respond: (result: NluResult, source: TurnSource) => Promise<void>;
  /** Adds a turn the assistant starts on its own (an alarm ringing) and says it. */
  announce: (reply: AssistantReply, locale: string) => void;
  /** A final transcript from a recognizer (or the test hook): barge-in, then parse and answer. */
  hear: (transcript: string) => Promise<void>;
  /** Shows an earlier turn's NLU result in the inspector. */
  inspectTurn: (id: number) => void;
  clearTurns: () => void;
}

/** Why the error panel is showing. */
export type UiErrorKind =
  | 'model-missing'
  | 'model-corrupt'
  | 'worker-crashed'
  | 'parse-failed'
  | 'empty'
  | 'too-long';

/** An error as the UI presents it. */
export interface UiError {
  kind: UiErrorKind;
  /** The runtime's own message (file names, limits), shown in small print. */
  detail: string;
}

/** Load state of the model. */
export type NluStatus = 'idle' | 'loading' | 'ready' | 'error';

/** NLU state and its actions. */
export interface NluSlice {
  status: NluStatus;
  /** Load progress 0..1, or null while the total is unknown. */
  progress: number | null;
  /** Current load phase while loading. */
  stage: LoadStage | null;
  /** The runtime's report once ready (backend, load time, model id, threads). */
  runtime: RuntimeInfo | null;
  result: NluResult | null;
  /** Main-thread round trip of the latest parse, in ms. */
  roundTripMs: number | null;
  /** True while a parse is in flight. */
  pending: boolean;
  error: UiError | null;
  /** Subscribes to the runtime and starts loading; safe to call more than once. */
  startNlu: () => void;
  /**
   * Parses `text` (default: the draft) in the current locale, shows the result, and lets
   * the assistant answer it (`source` tells typed text from a recognizer's transcript).
   */
  submit: (text?: string, source?: TurnSource) => Promise<void>;
  dismissError: () => void;
}

/** The whole app state. */
export type AppState = NluSlice & SessionSlice & SettingsSlice & ConversationSlice;

/** Middleware mutators applied in store.ts; slices declare them for typing. */
export type AppMutators = [['zustand/persist', unknown]];
