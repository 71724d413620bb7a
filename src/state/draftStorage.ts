/**
 * Where the typed draft survives a reload: sessionStorage, so it stays with this tab (a
 * crash or reload loses nothing) but is gone when the tab or browser closes (a password
 * typed by mistake is not kept for the next person at a kiosk). Only drafts the text box
 * could submit are kept, and a full or blocked storage never throws into the page.
 */
import type { StateStorage } from 'zustand/middleware';
import { MAX_INPUT_CHARS } from './types.ts';

const KEY = 'polyvox-draft';

/** The saved draft, or null when there is none. Pass a `forgivingStorage`. */
export function loadDraft(storage: StateStorage): string | null {
  const saved = storage.getItem(KEY);
  return typeof saved === 'string' && saved.length <= MAX_INPUT_CHARS ? saved : null;
}

/** Saves `draft` (or forgets it when empty or over the input limit). Pass a `forgivingStorage`. */
export function saveDraft(storage: StateStorage, draft: string): void {
  if (draft === '' || draft.length > MAX_INPUT_CHARS) void storage.removeItem(KEY);
  else void storage.setItem(KEY, draft);
}

/**
 * Wraps a storage so that a failed read or write (quota, private mode) is ignored, not
 * thrown: the draft stays on screen, only its reload copy is lost.
 */
export function forgivingStorage(storage: StateStorage): StateStorage {
  return {
    getItem: (name) => {
      try {
        return storage.getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        return storage.setItem(name, value);
      } catch {
        return undefined;
      }
    },
    removeItem: (name) => {
      try {
        return storage.removeItem(name);
      } catch {
        return undefined;
      }
    },
  };
}
