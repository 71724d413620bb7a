/**
 * The user's working text. It lives in the store (and is persisted) so that no error,
 * crash or reload loses what was typed.
 */
import type { StateCreator } from 'zustand';
import type { AppMutators, AppState, SessionSlice } from './types.ts';

export { MAX_INPUT_CHARS, type SessionSlice } from './types.ts';

/** Builds the session slice. */
export const createSessionSlice: StateCreator<AppState, AppMutators, [], SessionSlice> = (set) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
});
