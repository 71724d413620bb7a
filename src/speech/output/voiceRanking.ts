/**
 * Picks browser voices for a locale. Order: on-device voices before remote ones (remote voices
 * send the text to the vendor and fail offline), then exact locale before same language, then
 * the browser's default. The offline eSpeak voice slots in after the on-device voices.
 */
import { localeMatch } from '../locales.ts';
import { ESPEAK_VOICE_ID, type SpeakerVoice } from './types.ts';

/** The fields of `SpeechSynthesisVoice` we use (a plain object in tests). */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Score of a voice for a locale; 0 means it does not speak the locale's language. */
export function voiceScore(voice: VoiceLike, locale: string): number {
  const match = localeMatch(voice.lang, locale);
  if (match === 0) return 0;
  return (voice.localService ? 100 : 0) + (match === 2 ? 20 : 10) + (voice.default ? 1 : 0);
}

/** Browser voices that speak `locale`, best first (stable for equal scores). */
export function rankVoices<V extends VoiceLike>(voices: readonly V[], locale: string): V[] {
  return voices
    .map((voice, index) => ({ voice, index, score: voiceScore(voice, locale) }))
    .filter((v) => v.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((v) => v.voice);
}

export function browserVoiceId(voice: VoiceLike): string {
  return `browser:${voice.voiceURI}`;
}

/**
 * The voice list shown for a locale: ranked browser voices, with eSpeak (when `espeakLang` is
 * given, i.e. it covers the locale) after the on-device ones and before remote ones.
 */
export function voiceList(voices: readonly VoiceLike[], locale: string, espeakLang: string | null): SpeakerVoice[] {
  const ranked = rankVoices(voices, locale).map(
    (v): SpeakerVoice => ({ id: browserVoiceId(v), name: v.name, lang: v.lang, engine: 'browser', local: v.localService }),
  );
  if (!espeakLang) return ranked;
  const espeak: SpeakerVoice = { id: ESPEAK_VOICE_ID, name: 'eSpeak NG', lang: espeakLang, engine: 'espeak', local: true };
  const firstRemote = ranked.findIndex((v) => !v.local);
  const at = firstRemote === -1 ? ranked.length : firstRemote;
  return [...ranked.slice(0, at), espeak, ...ranked.slice(at)];
}
