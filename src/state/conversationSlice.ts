/**
 * The conversation: each turn pairs what the user said or typed, what the NLU understood,
 * and the assistant's reply. Turns are appended when the NLU answers, so the history reads
 * in order even when a reply takes a while; a failed reply stays in the history as an
 * error turn instead of vanishing.
 */
import type { StateCreator } from 'zustand';
import type { NluResult } from '../nlu/types.ts';
import type { AssistantPort, AssistantReply } from './assistantPort.ts';
import type { AppMutators, AppState } from './store.ts';

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

/** Most turns kept; older ones are dropped so a kiosk running all day stays light. */
export const MAX_TURNS = 200;

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

/** Builds the conversation slice around the assistant port. */
export const createConversationSlice =
  (assistant: AssistantPort): StateCreator<AppState, AppMutators, [], ConversationSlice> =>
  (set, get) => {
    let nextId = 1;
    const update = (id: number, patch: Partial<Turn>) =>
      set((s) => ({ turns: s.turns.map((t) => (t.id === id ? { ...t, ...patch } : t)) }));
    const append = (turn: Omit<Turn, 'id'>): number => {
      const id = nextId++;
      set((s) => ({ turns: [...s.turns, { ...turn, id }].slice(-MAX_TURNS) }));
      return id;
    };
    // Not awaited by callers: a turn is complete once its reply shows, and the next utterance
    // (barge-in) must not wait for the voice. An English fallback gets an English voice.
    const say = (reply: AssistantReply, locale: string) => {
      if (get().speakReplies) void assistant.speak(reply.text, reply.fallback ? 'en-US' : locale);
    };
    return {
      turns: [],
      assistantOn: true,
      speakReplies: true,
      speakError: null,
      setSpeakError: (speakError) => set({ speakError }),
      setAssistantOn: (assistantOn) => set({ assistantOn }),
      setSpeakReplies: (speakReplies) => {
        if (!speakReplies) assistant.stopSpeaking();
        set({ speakReplies });
      },
      respond: async (understood, source) => {
        if (!get().assistantOn) return;
        const id = append({ source, locale: understood.locale, understood, reply: null, error: null });
        let reply: AssistantReply;
        try {
          reply = await assistant.respond(understood);
        } catch (err) {
          update(id, { error: err instanceof Error ? err.message : String(err) });
          return;
        }
        update(id, { reply });
        say(reply, understood.locale);
      },
      announce: (reply, locale) => {
        append({ source: 'assistant', locale, understood: null, reply, error: null });
        say(reply, locale);
      },
      hear: async (transcript) => {
        assistant.stopSpeaking();
        get().setDraft(transcript);
        await get().submit(transcript, 'voice');
      },
      inspectTurn: (id) => {
        const turn = get().turns.find((t) => t.id === id);
        if (turn?.understood) set({ result: turn.understood, error: null });
      },
      clearTurns: () => set({ turns: [] }),
    };
  };
