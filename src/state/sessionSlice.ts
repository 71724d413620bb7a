/**
 * The user's working text. It lives in the store (and is persisted) so that no error,
 * crash or reload loses what was typed.
 */
import type { StateCreator } from 'zustand';
import type { AppState, AppMutators } from './store.ts';

/** Longest utterance the inspector sends to the model, in UTF-16 code units. */
export const MAX_INPUT_CHARS = 1000;

/** Session state and its actions. */
export interface SessionSlice {
  /** What is in the text box right now. */
  draft: string;
  setDraft: (text: string) => void;
}

/** Builds the session slice. */
export const createSessionSlice: StateCreator<AppState, AppMutators, [], SessionSlice> = (set) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
});
