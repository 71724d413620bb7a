/**
 * The conversation: each turn pairs what the user said or typed, what the NLU understood,
 * and the assistant's reply. Turns are appended when the NLU answers, so the history reads
 * in order even when a reply takes a while; a failed reply stays in the history as an
 * error turn instead of vanishing.
 */
import type { StateCreator } from 'zustand';
import type { AssistantPort, AssistantReply } from './assistantPort.ts';
import type { AppMutators, AppState, ConversationSlice, Turn } from './types.ts';

export type { ConversationSlice, Turn, TurnSource } from './types.ts';

/** Most turns kept; older ones are dropped so a kiosk running all day stays light. */
export const MAX_TURNS = 200;

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
