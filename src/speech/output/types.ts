/**
 * The speech-output contract: the dialog calls `speak(text, locale)` and `stop()` (barge-in),
 * settings list `voicesFor(locale)` and set the rate and the voice. Engines: the browser's
 * speechSynthesis and the offline eSpeak NG fallback.
 */

export type VoiceEngine = 'browser' | 'espeak';

export interface SpeakerVoice {
  /** Stable id for settings: `browser:<voiceURI>` or `espeak`. */
  id: string;
  /** Display name as the engine gives it (a product name; not translated). */
  name: string;
  /** BCP 47 tag the voice speaks. */
  lang: string;
  engine: VoiceEngine;
  /** False when the browser says the voice is a remote service (text leaves the device). */
  local: boolean;
}

export interface Speaker {
  /** Speaks `text` in `locale` (MASSIVE code); resolves when done or stopped, rejects on failure. */
  speak(text: string, locale: string): Promise<void>;
  /** Stops speaking at once (barge-in); the pending `speak` resolves. */
  stop(): void;
  /** Voices for `locale`, best first (the first is what `speak` uses unless one was chosen). */
  voicesFor(locale: string): SpeakerVoice[];
  /** Speed multiplier, 1 = normal, clamped to [RATE_MIN, RATE_MAX]. */
  rate: number;
}

export const RATE_MIN = 0.5;
export const RATE_MAX = 2;

/** Clamps a rate into the supported range (NaN → 1). */
export function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(RATE_MAX, Math.max(RATE_MIN, rate)) : 1;
}

/** Why speaking failed. */
export type SpeakErrorKind = 'no-voice' | 'engine';

export class SpeakError extends Error {
  override readonly name = 'SpeakError';
  constructor(
    readonly kind: SpeakErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The id of the offline eSpeak NG voice in voice lists and settings. */
export const ESPEAK_VOICE_ID = 'espeak';
