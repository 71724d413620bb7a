/**
 * The store's view of the assistant behind the NLU: the dialogue (skills, effects, reply
 * text in the turn's locale) and speech output. The browser app adapts src/dialog,
 * src/i18n/replies and src/speech to it (the engine in src/assistant, wired in src/app/runtime.ts); unit tests pass a fake.
 */
import type { AssistantReply } from '../assistant/types.ts';
import type { NluResult } from '../nlu/types.ts';

export type { AssistantReply };

/** The dialogue and the voice, as the store uses them. */
export interface AssistantPort {
  /** Acts on one understood utterance and returns the reply to show and say. */
  respond(result: NluResult): Promise<AssistantReply>;
  /** Says `text` aloud; resolves when done or stopped. Failures must not reject. */
  speak(text: string, locale: string): Promise<void>;
  /** Stops speaking at once (barge-in: the user starts talking). */
  stopSpeaking(): void;
}
