/**
 * `window.__polyvoxTest`: the stable entry end-to-end checks drive the voice loop through.
 * `hear(transcript)` takes exactly the path a recognizer's final transcript takes (barge-in,
 * NLU in the selected locale, dialogue, reply, speech), so tests need no microphone.
 */
import type { AppStore } from '../state/store.ts';

/** The hook's shape (stable: other checks depend on it). */
export interface PolyvoxTestHook {
  /** Delivers a final transcript in the selected locale; resolves when the reply is shown. */
  hear(transcript: string): Promise<void>;
}

declare global {
  interface Window {
    __polyvoxTest?: PolyvoxTestHook;
  }
}

/** Installs the hook for this page's store (runtime.ts does so only when the URL has `?testhook`). */
export function installTestHook(store: AppStore): void {
  window.__polyvoxTest = { hear: (transcript) => store.getState().hear(transcript) };
}
