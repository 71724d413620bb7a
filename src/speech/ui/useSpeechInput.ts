/** React binding of a SpeechInput: re-renders on its snapshot changes only (not on mic level). */
import { useSyncExternalStore } from 'react';
import type { SpeechInput, SpeechInputSnapshot } from '../input/speechInput.ts';

export function useSpeechInput(input: SpeechInput): SpeechInputSnapshot {
  return useSyncExternalStore(input.subscribe, input.getSnapshot);
}
