/**
 * Speech capture and output, the public surface for the app: recognizers (Web Speech + the
 * registry for plug-ins), the listening session with its level meter, speakers (browser voices
 * + the offline eSpeak NG fallback) and their React components. See docs/speech.md.
 */
export type {
  Processing,
  Recognizer,
  RecognizerAvailability,
  RecognizerError,
  RecognizerErrorReason,
  RecognizerEvents,
  RecognizerState,
  RecognitionMode,
  StartOptions,
} from './recognition/types.ts';
export { RecognizerEmitter } from './recognition/emitter.ts';
export { createRecognizer, listRecognizers, registerRecognizer, type RecognizerFactory } from './recognition/registry.ts';
export { WebSpeechRecognizer } from './recognition/webSpeechRecognizer.ts';
export { SpeechInput, type InputStatus, type SpeechInputOptions, type SpeechInputSnapshot } from './input/speechInput.ts';
export { startMicLevel, type LevelSource, type MicLevel } from './audio/micLevel.ts';
export { levelFromRms, levelOf, rms } from './audio/level.ts';
export { BrowserSpeaker, type BrowserSpeakerOptions } from './output/browserSpeaker.ts';
export { EspeakSpeaker } from './output/espeakSpeaker.ts';
export { ESPEAK_VOICE_ID, RATE_MAX, RATE_MIN, SpeakError, type Speaker, type SpeakerVoice } from './output/types.ts';
export { ESPEAK_LOCALES, ESPEAK_MISSING, espeakVoiceFor } from './espeak/voices.ts';
export { EspeakClient, EspeakError, type EspeakErrorKind } from './espeak/espeakClient.ts';
export type { Pcm } from './espeak/engine.ts';
export { speechTag } from './locales.ts';
export { MicButton, type MicButtonProps } from './ui/MicButton.tsx';
export { LevelMeter, type LevelMeterProps } from './ui/LevelMeter.tsx';
export { InterimTranscript, type InterimTranscriptProps } from './ui/InterimTranscript.tsx';
export { SpeechErrorMessage, type SpeechErrorMessageProps } from './ui/SpeechErrorMessage.tsx';
export { VoiceSettings, type VoiceSettingsProps } from './ui/VoiceSettings.tsx';
export { useSpeechInput } from './ui/useSpeechInput.ts';
