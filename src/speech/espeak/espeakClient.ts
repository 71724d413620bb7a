/**
 * Main-thread entry to the eSpeak worker: `synthesize(text, locale, rate)` → PCM. Starts the
 * worker on first use and restarts it if it dies; components never call postMessage.
 */
import type { Pcm } from './engine.ts';
import { assertNever, type EspeakRequest, type EspeakResponse } from './protocol.ts';
import { espeakVoiceFor, espeakWpm } from './voices.ts';

export type EspeakErrorKind = 'no-voice' | 'load' | 'synth';

/** A typed failure of the offline voice. */
export class EspeakError extends Error {
  override readonly name = 'EspeakError';
  constructor(
    readonly kind: EspeakErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface EspeakClientOptions {
  /** Folder with `espeak-ng.js` + `espeak-ng.data`; default: the app's own `espeak/`. */
  assetsUrl?: string;
  /** Injected for tests. */
  createWorker?: () => Worker;
}

type Pending = { resolve: (pcm: Pcm) => void; reject: (e: Error) => void };

export class EspeakClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly assetsUrl: string;

  constructor(private readonly options: EspeakClientOptions = {}) {
    this.assetsUrl = options.assetsUrl ?? `${import.meta.env.BASE_URL}espeak/`;
  }

  /** PCM for `text` in `locale` at speaker rate `rate` (1 = normal). */
  synthesize(text: string, locale: string, rate = 1): Promise<Pcm> {
    const voice = espeakVoiceFor(locale);
    if (!voice) return Promise.reject(new EspeakError('no-voice', `eSpeak NG does not cover ${locale}`));
    const id = this.nextId++;
    const msg: EspeakRequest = { type: 'synth', id, assetsUrl: this.assetsUrl, text, voice, wpm: espeakWpm(rate) };
    return new Promise<Pcm>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage(msg);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new EspeakError('synth', 'eSpeak client disposed'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker =
      this.options.createWorker?.() ??
      new Worker(new URL('./espeak.worker.ts', import.meta.url), { type: 'module', name: 'polyvox-espeak' });
    worker.onmessage = (e: MessageEvent<EspeakResponse>) => this.onMessage(e.data);
    worker.onerror = (e) => {
      // NOTE: a crashed worker is dropped; the next request starts a fresh one.
      this.worker = null;
      worker.terminate();
      this.failAll(new EspeakError('load', e.message || 'eSpeak worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: EspeakResponse): void {
    const pending = this.pending.get(msg.id);
    if (!pending) return;
    this.pending.delete(msg.id);
    switch (msg.type) {
      case 'audio':
        pending.resolve({ samples: msg.samples, sampleRate: msg.sampleRate });
        return;
      case 'error':
        pending.reject(new EspeakError(msg.kind === 'voice' ? 'no-voice' : msg.kind, msg.message));
        return;
      default:
        assertNever(msg);
    }
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
