/**
 * Voice preferences (voice per locale, rate, hands-free, online-recognition opt-in): what the
 * user chose, read back defensively (saved data may come from an older version or be
 * damaged). They live in the store's settings and are persisted with them.
 */
import type { VoicePrefs } from './types.ts';

export const DEFAULT_VOICE_PREFS: VoicePrefs = { voices: {}, rate: 1, handsFree: false, allowOnline: false };

/** Valid preferences from whatever was saved (defaults for what is missing or wrong). */
export function sanitizeVoicePrefs(saved: unknown): VoicePrefs {
  const s = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<Record<keyof VoicePrefs, unknown>>;
  const voices =
    typeof s.voices === 'object' && s.voices !== null
      ? Object.fromEntries(Object.entries(s.voices).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {};
  return {
    voices,
    rate: typeof s.rate === 'number' && Number.isFinite(s.rate) ? s.rate : DEFAULT_VOICE_PREFS.rate,
    handsFree: s.handsFree === true,
    allowOnline: s.allowOnline === true,
  };
}

/** Key of the preferences saved by versions that kept them apart from the other settings. */
export const LEGACY_VOICE_KEY = 'polyvox-voice';
