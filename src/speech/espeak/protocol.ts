/**
 * Messages between the main thread (espeakClient.ts) and the eSpeak worker. Both sides switch
 * over these unions and end with `assertNever`.
 */

/** Main thread → worker. */
export type EspeakRequest = {
  type: 'synth';
  id: number;
  /** URL of the folder holding `espeak-ng.js` and `espeak-ng.data`, ending in `/`. */
  assetsUrl: string;
  text: string;
  voice: string;
  wpm: number;
};

/** Worker → main thread. Samples are transferred, not copied. */
export type EspeakResponse =
  | { type: 'audio'; id: number; samples: Float32Array; sampleRate: number }
  | { type: 'error'; id: number; kind: 'voice' | 'load' | 'synth'; message: string };

export function assertNever(x: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(x)}`);
}
