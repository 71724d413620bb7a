/**
 * Main-thread entry to the eSpeak worker: `synthesize(text, locale, rate)` → PCM. Starts the
 * worker on first use and restarts it if it dies; components never call postMessage. A worker
 * that does not answer a request within `synthTimeoutMs(text)` is treated as stuck: it is
 * replaced, the request re-sent once, and then rejected with a `timeout` error, so every
 * promise it hands out settles.
 */
import type { Pcm } from './engine.ts';
import { assertNever, type EspeakRequest, type EspeakResponse } from './protocol.ts';
import { espeakVoiceFor, espeakWpm } from './voices.ts';

export type EspeakErrorKind = 'no-voice' | 'load' | 'synth' | 'timeout';

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

/**
 * Synthesis takes 100 ms – 1 s of CPU for a reply, and the first request of a worker also
 * loads the engine (espeak-ng.js and its data, from the app's own server). 10 s covers that on
 * a slow or busy device; 50 ms per character is far above eSpeak's real cost per character,
 * so long replies are not cut off; the cap keeps a stuck worker from holding the voice for
 * minutes when a very long text is read.
 */
const SYNTH_BASE_MS = 10_000;
const SYNTH_PER_CHAR_MS = 50;
const SYNTH_MAX_MS = 60_000;

/** How long a worker may take to answer a request for `text` before it counts as stuck. */
export function synthTimeoutMs(text: string): number {
  return Math.min(SYNTH_MAX_MS, SYNTH_BASE_MS + SYNTH_PER_CHAR_MS * text.length);
}

/** "10 s", "10.3 s": for messages people read. */
function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

type Pending = {
  msg: EspeakRequest;
  /** Timeouts of this request (it is re-sent once after the first). */
  timeouts: number;
  /** Fires if the current worker does not answer in time; null while not posted. */
  timer: ReturnType<typeof setTimeout> | null;
  /** When the timer fires (ms since the epoch); requests posted later queue behind it. */
  deadline: number;
  resolve: (pcm: Pcm) => void;
  reject: (e: Error) => void;
};

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
      this.pending.set(id, { msg, timeouts: 0, timer: null, deadline: 0, resolve, reject });
      this.post(id);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new EspeakError('synth', 'eSpeak client disposed'));
  }

  /** Posts request `id` to the (possibly new) worker and starts its timer. */
  private post(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    const worker = this.ensureWorker();
    // The worker synthesizes one request after the other, so a request's time starts when
    // the ones already posted are done; their deadlines bound that. A stuck worker is still
    // found by the oldest request's own timer.
    let start = Date.now();
    for (const other of this.pending.values()) if (other !== p && other.timer !== null) start = Math.max(start, other.deadline);
    const budget = synthTimeoutMs(p.msg.text);
    p.deadline = start + budget;
    p.timer = setTimeout(() => {
      p.timer = null;
      if (this.worker === worker && this.pending.get(id) === p) this.onTimeout(id, budget);
    }, p.deadline - Date.now());
    worker.postMessage(p.msg);
  }

  /**
   * Replaces a worker that did not answer request `id`; re-sends everything it held. Only
   * `id` is blamed: the others were queued behind it and are blamed only if they time out
   * themselves, so a text that hangs eSpeak does not take the other replies down with it.
   */
  private onTimeout(id: number, budget: number): void {
    this.worker?.terminate();
    this.worker = null;
    const reason = `the offline voice (eSpeak NG) did not answer within ${seconds(budget)}`;
    for (const p of this.pending.values()) this.clearTimer(p);
    const stuck = this.pending.get(id);
    if (stuck) {
      stuck.timeouts += 1;
      if (stuck.timeouts >= 2) {
        this.pending.delete(id);
        stuck.reject(new EspeakError('timeout', `${reason}, again after a restart`));
      }
    }
    for (const other of [...this.pending.keys()]) this.post(other);
  }

  private clearTimer(p: Pending): void {
    if (p.timer !== null) clearTimeout(p.timer);
    p.timer = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker =
      this.options.createWorker?.() ??
      new Worker(new URL('./espeak.worker.ts', import.meta.url), { type: 'module', name: 'polyvox-espeak' });
    worker.onmessage = (e: MessageEvent<EspeakResponse>) => this.onMessage(e.data);
    worker.onerror = (e) => {
      // NOTE: a crashed worker is dropped; the next request starts a fresh one. Cancelling the
      // event keeps the worker's uncaught error (eSpeak's loader throws when fetching its data
      // fails) from being reported again as an uncaught error of the page: it is handled here.
      e.preventDefault?.();
      if (this.worker !== worker) return; // an already replaced worker
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
    this.clearTimer(pending);
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
    for (const p of this.pending.values()) {
      this.clearTimer(p);
      p.reject(error);
    }
    this.pending.clear();
  }
}
