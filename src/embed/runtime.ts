/**
 * One embed's runtime: its own NLU worker, a headless assistant with an in-memory dialogue
 * (an embed on a docs page keeps no alarms or lists on the host's origin, and two embeds on
 * one page do not share them), and in voice mode a speaker and a recognizer session.
 */
import { createAssistant, type AssistantEngine } from '../assistant/index.ts';
import { createMemoryStorage, createWebAudioSound, silentSound } from '../dialog/index.ts';
import { createNluClientAt, type NluClient } from '../nlu/index.ts';
import { BrowserSpeaker, createRecognizer, EspeakSpeaker, SpeechInput } from '../speech/index.ts';

export interface EmbedRuntimeOptions {
  /** Absolute URL of the model folder, ending in `/`. */
  modelUrl: string;
  /** Absolute URL of the eSpeak NG files, ending in `/` (voice mode's offline voice). */
  espeakUrl: string;
  locale: string;
  voice: boolean;
}

export interface EmbedRuntime {
  engine: AssistantEngine;
  nlu: NluClient;
  /** The listening session (voice mode only). */
  input: SpeechInput | null;
  dispose(): void;
}

export function createEmbedRuntime(options: EmbedRuntimeOptions): EmbedRuntime {
  const nlu = createNluClientAt(options.modelUrl);
  const speaker = options.voice ? new BrowserSpeaker({ fallback: new EspeakSpeaker({ assetsUrl: options.espeakUrl }) }) : undefined;
  const engine = createAssistant({
    nlu,
    speaker,
    storage: createMemoryStorage(),
    clock: { now: () => new Date() },
    locale: options.locale,
    // Only a voice embed may ring: a text embed on a docs page stays silent.
    sound: options.voice ? createWebAudioSound() : silentSound,
  });
  engine.speakReplies = options.voice;
  const input = options.voice ? new SpeechInput({ recognizer: createRecognizer(), bargeIn: () => speaker?.stop() }) : null;
  return {
    engine,
    nlu,
    input,
    dispose() {
      input?.dispose();
      engine.dispose();
      nlu.dispose();
    },
  };
}
