/**
 * A scripted Recognizer for unit tests and the e2e harness (never imported by the app): tests
 * drive it with `hearInterim`, `hearFinal` and `fail`, and it emits exactly what a real engine
 * must emit (see docs/speech.md).
 */
import { RecognizerEmitter } from '../../src/speech/recognition/emitter.ts';
import { recognizerError } from '../../src/speech/recognition/errors.ts';
import type {
  Listener,
  Processing,
  Recognizer,
  RecognizerAvailability,
  RecognizerErrorReason,
  RecognizerEventName,
  RecognizerState,
  StartOptions,
} from '../../src/speech/recognition/types.ts';

export class FakeRecognizer implements Recognizer {
  readonly id = 'fake';
  private readonly events = new RecognizerEmitter();
  private _state: RecognizerState = 'idle';
  private _processing: Processing | null = null;
  private interim = '';
  /** Every start() call's options, for assertions. */
  readonly starts: StartOptions[] = [];

  constructor(private readonly answer: RecognizerAvailability = 'local') {}

  get state(): RecognizerState {
    return this._state;
  }

  get processing(): Processing | null {
    return this._processing;
  }

  on<K extends RecognizerEventName>(type: K, listener: Listener<K>): () => void {
    return this.events.on(type, listener);
  }

  async availability(): Promise<RecognizerAvailability> {
    return this.answer;
  }

  async start(options: StartOptions): Promise<void> {
    this.starts.push(options);
    this.setState('starting', null);
    this.setState('listening', this.answer === 'online' ? 'online' : 'local');
  }

  stop(): void {
    if (this._state !== 'listening') return;
    this.setState('stopping', this._processing);
    if (this.interim) this.hearFinal(this.interim);
    this.setState('idle', null);
  }

  abort(): void {
    this.interim = '';
    if (this._state !== 'error') this.setState('idle', null);
  }

  hearInterim(text: string): void {
    this.interim = text;
    this.events.emit('interim', { text });
  }

  hearFinal(text: string, confidence: number | null = 0.9): void {
    this.interim = '';
    this.events.emit('final', { text, confidence });
    this.events.emit('interim', { text: '' });
  }

  fail(reason: RecognizerErrorReason): void {
    this.events.emit('error', recognizerError(reason, 'scripted'));
    this.setState('error', null);
  }

  private setState(state: RecognizerState, processing: Processing | null): void {
    this._state = state;
    this._processing = processing;
    this.events.emit('state', { state, processing });
  }
}
