/**
 * The typed test hook the harness page exposes as `window.__speechHarness`. Types only, with no
 * imports, so e2e/ (type-checked without src/) can share it with the page.
 */

export interface PcmStats {
  length: number;
  sampleRate: number;
  rms: number;
  level: number;
  peak: number;
}

export interface SpeechHarnessHook {
  locale: string;
  /** eSpeak synthesis of `text` in `locale`; statistics of the real samples. */
  synthesizeStats(text: string, locale: string): Promise<PcmStats>;
  speaker: { speak(text: string, locale: string): Promise<void>; rate: number; voiceFor(locale: string): { id: string } | null };
  espeak: { lastPcm: { samples: Float32Array; sampleRate: number } | null };
  /** The scripted recognizer with `?recognizer=fake`, else null. */
  fake: { hearInterim(text: string): void; hearFinal(text: string): void } | null;
  /** Final transcripts delivered so far. */
  finals: string[];
  /** Microphone tracks still live (0 once listening ended). */
  liveTracks(): number;
  openedStreams(): number;
}

declare global {
  interface Window {
    __speechHarness?: SpeechHarnessHook;
  }
}
