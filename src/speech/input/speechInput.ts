/**
 * One listening session for the UI: barge-in (stops speech output), the microphone level meter
 * and a Recognizer, with one snapshot the components render. Plain TypeScript with
 * subscribe/getSnapshot so React (useSyncExternalStore) or a zustand slice can both use it.
 */
import { startMicLevel, type LevelListener, type LevelSource, type MicLevel } from '../audio/micLevel.ts';
import { reasonFromMediaError, recognizerError } from '../recognition/errors.ts';
import type { Processing, Recognizer, RecognizerError, StartOptions } from '../recognition/types.ts';

/** What the mic button shows. */
export type InputStatus = 'idle' | 'listening' | 'error';

export interface SpeechInputSnapshot {
  status: InputStatus;
  /** Where audio goes while listening; null when idle. */
  processing: Processing | null;
  /** Partial transcript of the utterance in progress. */
  interim: string;
  error: RecognizerError | null;
}

export interface SpeechInputOptions {
  /** The engine; null when none is supported (start then reports `unsupported`). */
  recognizer: Recognizer | null;
  /** Called first on every start: stops speech output so the user can interrupt it. */
  bargeIn?: () => void;
  /** Injected for tests; defaults to the browser's getUserMedia. */
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
}

const IDLE: SpeechInputSnapshot = { status: 'idle', processing: null, interim: '', error: null };

export class SpeechInput {
  private snapshot: SpeechInputSnapshot = IDLE;
  private readonly listeners = new Set<() => void>();
  private readonly levelListeners = new Set<LevelListener>();
  private readonly finalListeners = new Set<(text: string) => void>();
  private mic: MicLevel | null = null;
  private run = 0;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly options: SpeechInputOptions) {
    const rec = options.recognizer;
    if (!rec) return;
    this.unsubscribe.push(
      rec.on('interim', ({ text }) => this.set({ interim: text })),
      rec.on('final', ({ text }) => {
        this.set({ interim: '' });
        for (const fn of [...this.finalListeners]) fn(text);
      }),
      rec.on('error', (error) => this.failed(error)),
      rec.on('state', ({ state, processing }) => {
        if (state === 'idle' && this.snapshot.status === 'listening') this.finish();
        else if (state === 'listening' || state === 'stopping') this.set({ processing });
      }),
    );
  }

  getSnapshot = (): SpeechInputSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Live mic level 0..1 (LevelSource for the LevelMeter). */
  subscribeLevel(listener: LevelListener): () => void {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  }

  /** LevelSource: the same as `subscribeLevel`. */
  readonly level: LevelSource = { subscribe: (fn) => this.subscribeLevel(fn) };

  /** Final transcripts, one call per utterance. */
  onFinal(listener: (text: string) => void): () => void {
    this.finalListeners.add(listener);
    return () => this.finalListeners.delete(listener);
  }

  async start(options: StartOptions): Promise<void> {
    if (this.snapshot.status === 'listening') return;
    this.options.bargeIn?.();
    const run = ++this.run;
    const rec = this.options.recognizer;
    if (!rec) return this.failed(recognizerError('unsupported', 'no recognizer registered for this browser'));
    this.set({ status: 'listening', processing: null, interim: '', error: null });
    try {
      const mic = await startMicLevel((level) => this.emitLevel(level), { getUserMedia: this.options.getUserMedia });
      if (run !== this.run) return mic.stop(); // stopped while the permission prompt was open
      this.mic = mic;
    } catch (e) {
      if (run === this.run) this.failed(recognizerError(reasonFromMediaError(e), e));
      return;
    }
    await rec.start(options);
  }

  /** Ends listening; the recognizer still delivers the final transcript. */
  stop(): void {
    this.run++;
    this.releaseMic();
    if (this.snapshot.status !== 'listening') return;
    this.options.recognizer?.stop();
    this.set({ status: 'idle', processing: null });
  }

  /** Clears an error so the button returns to idle. */
  reset(): void {
    if (this.snapshot.status === 'error') this.set(IDLE);
  }

  dispose(): void {
    this.stop();
    this.options.recognizer?.abort();
    for (const off of this.unsubscribe.splice(0)) off();
  }

  private finish(): void {
    this.releaseMic();
    this.set({ status: 'idle', processing: null, interim: '' });
  }

  private failed(error: RecognizerError): void {
    this.run++;
    // NOTE: the snapshot changes first, so the recognizer's own idle/error state event from
    // abort() cannot be taken for a normal end.
    this.set({ status: 'error', processing: null, interim: '', error });
    this.releaseMic();
    this.options.recognizer?.abort();
  }

  private releaseMic(): void {
    this.mic?.stop();
    this.mic = null;
    this.emitLevel(0);
  }

  private emitLevel(level: number): void {
    for (const fn of [...this.levelListeners]) fn(level);
  }

  private set(patch: Partial<SpeechInputSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const fn of [...this.listeners]) fn();
  }
}
