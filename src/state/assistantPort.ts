/**
 * The store's view of the assistant behind the NLU: the dialogue (skills, effects, reply
 * text in the turn's locale) and speech output. The browser app adapts src/dialog,
 * src/i18n/replies and src/speech to it (src/app/assistantAdapter.ts); unit tests pass a fake.
 */
import type { NluResult } from '../nlu/types.ts';

/** The assistant's answer to one understood utterance. */
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

/** The dialogue and the voice, as the store uses them. */
export interface AssistantPort {
  /** Acts on one understood utterance and returns the reply to show and say. */
  respond(result: NluResult): Promise<AssistantReply>;
  /** Says `text` aloud; resolves when done or stopped. Failures must not reject. */
  speak(text: string, locale: string): Promise<void>;
  /** Stops speaking at once (barge-in: the user starts talking). */
  stopSpeaking(): void;
}
