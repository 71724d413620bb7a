/**
 * The synthesis core over eSpeak NG's Emscripten build (`@echogarden/espeak-ng-emscripten`,
 * GPL-3.0, loaded at run time as a separate program file — see docs/speech.md). Used by the
 * worker in the browser and directly by Node tests; no DOM, no fetch of its own.
 */

/** Mono PCM, float samples in [-1, 1]. */
export interface Pcm {
  samples: Float32Array;
  sampleRate: number;
}

/** The bits of the Emscripten module's `eSpeakNGWorker` class we call. */
export interface EspeakNative {
  set_voice(name: string, lang: string, gender: number, age: number, variant: number): number;
  set_rate(wpm: number): void;
  get_samplerate(): number;
  synthesize(text: string, callback: (samples: Int16Array, events: unknown[]) => boolean): void;
}

/** The module factory's result. */
export interface EspeakModule {
  eSpeakNGWorker: new () => EspeakNative;
}

/** The default export of `espeak-ng.js`: an Emscripten MODULARIZE factory. */
export type EspeakFactory = (overrides?: Record<string, unknown>) => Promise<EspeakModule>;

/** Thrown when eSpeak has no voice for the requested language. */
export class EspeakVoiceError extends Error {
  override readonly name = 'EspeakVoiceError';
}

/** Synthesizes `text` with eSpeak voice `voice` at `wpm` words per minute. */
export function synthesize(engine: EspeakNative, text: string, voice: string, wpm: number): Pcm {
  const code = engine.set_voice('', voice, 0, 0, 0);
  if (code !== 0) throw new EspeakVoiceError(`eSpeak NG has no voice "${voice}" (code ${code})`);
  engine.set_rate(wpm);
  const chunks: Int16Array[] = [];
  let length = 0;
  engine.synthesize(text, (samples) => {
    if (samples && samples.length > 0) {
      chunks.push(samples);
      length += samples.length;
    }
    return false; // NOTE: returning true would abort synthesis.
  });
  const out = new Float32Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) out[offset + i] = (chunk[i] ?? 0) / 32768;
    offset += chunk.length;
  }
  return { samples: out, sampleRate: engine.get_samplerate() };
}
