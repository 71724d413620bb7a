/**
 * The offline voice: eSpeak NG in a worker (espeakClient.ts), played through Web Audio. It
 * keeps the last synthesized PCM (`lastPcm`) and offers `synthesize()` so tests can inspect
 * the real samples. A stop() during synthesis discards the result instead of playing it late.
 */
import { EspeakClient, type EspeakClientOptions } from '../espeak/espeakClient.ts';
import type { Pcm } from '../espeak/engine.ts';
import { espeakVoiceFor } from '../espeak/voices.ts';
import { playPcm, type Playback } from './playPcm.ts';
import { clampRate, ESPEAK_VOICE_ID, SpeakError, type Speaker, type SpeakerVoice } from './types.ts';

export class EspeakSpeaker implements Speaker {
  private readonly client: EspeakClient;
  private context: AudioContext | null = null;
  private playback: Playback | null = null;
  private generation = 0;
  private _rate = 1;
  /** The PCM of the last `speak`/`synthesize` call. */
  lastPcm: Pcm | null = null;

  constructor(options: EspeakClientOptions = {}) {
    this.client = new EspeakClient(options);
  }

  get rate(): number {
    return this._rate;
  }

  set rate(value: number) {
    this._rate = clampRate(value);
  }

  voicesFor(locale: string): SpeakerVoice[] {
    const lang = espeakVoiceFor(locale);
    return lang ? [{ id: ESPEAK_VOICE_ID, name: 'eSpeak NG', lang, engine: 'espeak', local: true }] : [];
  }

  /** Synthesizes without playing. */
  async synthesize(text: string, locale: string): Promise<Pcm> {
    const pcm = await this.client.synthesize(text, locale, this._rate);
    this.lastPcm = pcm;
    return pcm;
  }

  async speak(text: string, locale: string): Promise<void> {
    this.stop();
    const generation = this.generation;
    if (!espeakVoiceFor(locale)) throw new SpeakError('no-voice', `no offline voice for ${locale}`);
    let pcm: Pcm;
    try {
      pcm = await this.synthesize(text, locale);
    } catch (e) {
      throw new SpeakError('engine', String(e));
    }
    if (generation !== this.generation) return; // stopped (barge-in) while synthesizing
    this.context ??= new AudioContext();
    this.playback = playPcm(this.context, pcm);
    await this.playback.done;
  }

  stop(): void {
    this.generation++;
    this.playback?.stop();
    this.playback = null;
  }

  dispose(): void {
    this.stop();
    this.client.dispose();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
