/**
 * Speech output on the browser's speechSynthesis, with the offline eSpeak NG voice as a
 * fallback for locales without an installed voice (or when the user picks it). Picks the best
 * voice per locale (voiceRanking.ts) unless the user chose one; `stop()` is the barge-in.
 */
import { speechTag } from '../locales.ts';
import { espeakVoiceFor } from '../espeak/voices.ts';
import type { EspeakSpeaker } from './espeakSpeaker.ts';
import { browserVoiceId, voiceList, type VoiceLike } from './voiceRanking.ts';
import { clampRate, SpeakError, type Speaker, type SpeakerVoice } from './types.ts';

/** The parts of `speechSynthesis` we use (a fake in tests). */
export interface SynthLike extends EventTarget {
  getVoices(): SpeechSynthesisVoice[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export interface BrowserSpeakerOptions {
  /** Defaults to `window.speechSynthesis`; null when the browser has none. */
  synth?: SynthLike | null;
  /** The offline voice; null to disable it. */
  fallback?: EspeakSpeaker | null;
  /** Injected for tests; defaults to `new SpeechSynthesisUtterance(text)`. */
  makeUtterance?: (text: string) => SpeechSynthesisUtterance;
}

export class BrowserSpeaker implements Speaker {
  private readonly synth: SynthLike | null;
  private readonly fallback: EspeakSpeaker | null;
  private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance;
  private readonly chosen = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private _rate = 1;
  private finishCurrent: (() => void) | null = null;

  constructor(options: BrowserSpeakerOptions = {}) {
    this.synth = options.synth !== undefined ? options.synth : (globalThis.speechSynthesis ?? null);
    this.fallback = options.fallback ?? null;
    this.makeUtterance = options.makeUtterance ?? ((text) => new SpeechSynthesisUtterance(text));
    // NOTE: Chromium fills getVoices() asynchronously and announces it with `voiceschanged`.
    this.synth?.addEventListener('voiceschanged', () => {
      for (const fn of [...this.listeners]) fn();
    });
  }

  get rate(): number {
    return this._rate;
  }

  set rate(value: number) {
    this._rate = clampRate(value);
    if (this.fallback) this.fallback.rate = this._rate;
  }

  /** Calls `listener` when the browser's voice list changes. */
  onVoicesChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  voicesFor(locale: string): SpeakerVoice[] {
    const voices: VoiceLike[] = this.synth?.getVoices() ?? [];
    return voiceList(voices, locale, this.fallback ? espeakVoiceFor(locale) : null);
  }

  /** The user's voice for `locale`, or null for automatic. Unknown ids fall back to automatic. */
  setVoice(locale: string, voiceId: string | null): void {
    if (voiceId) this.chosen.set(locale, voiceId);
    else this.chosen.delete(locale);
  }

  /** The voice `speak` will use for `locale`, or null if none can speak it. */
  voiceFor(locale: string): SpeakerVoice | null {
    const voices = this.voicesFor(locale);
    const chosen = this.chosen.get(locale);
    return voices.find((v) => v.id === chosen) ?? voices[0] ?? null;
  }

  async speak(text: string, locale: string): Promise<void> {
    this.stop();
    const voice = this.voiceFor(locale);
    if (!voice) throw new SpeakError('no-voice', `no voice for ${locale}`);
    if (voice.engine === 'espeak' && this.fallback) return this.fallback.speak(text, locale);
    const native = this.synth?.getVoices().find((v) => browserVoiceId(v) === voice.id);
    if (!this.synth || !native) throw new SpeakError('no-voice', `voice ${voice.id} disappeared`);
    const utterance = this.makeUtterance(text);
    utterance.voice = native;
    utterance.lang = native.lang || speechTag(locale);
    utterance.rate = this._rate;
    const synth = this.synth;
    await new Promise<void>((resolve, reject) => {
      this.finishCurrent = resolve;
      utterance.onend = () => resolve();
      utterance.onerror = (e) => {
        // NOTE: our own cancel() (barge-in) surfaces as "interrupted"/"canceled"; not a failure.
        if (e.error === 'interrupted' || e.error === 'canceled') resolve();
        else reject(new SpeakError('engine', `speechSynthesis error: ${e.error}`));
      };
      synth.speak(utterance);
    }).finally(() => {
      this.finishCurrent = null;
    });
  }

  stop(): void {
    this.fallback?.stop();
    if (this.finishCurrent) {
      this.synth?.cancel();
      this.finishCurrent();
    }
  }
}
