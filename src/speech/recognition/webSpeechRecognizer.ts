/**
 * Recognizer on the browser's Web Speech API. On-device first: `processLocally = true` when
 * `SpeechRecognition.available({processLocally: true})` says the locale can run locally
 * (installing the language pack if needed); the vendor's online service only when the user
 * allowed it, and then `processing` says `online`. Hands-free restarts after each end.
 */
import { speechTag } from '../locales.ts';
import { RecognizerEmitter } from './emitter.ts';
import { isTransient, reasonFromSpeechError, recognizerError } from './errors.ts';
import type {
  Listener,
  Processing,
  Recognizer,
  RecognizerAvailability,
  RecognizerError,
  RecognizerEventName,
  RecognizerState,
  StartOptions,
} from './types.ts';
import {
  findSpeechRecognition,
  type SpeechRecognitionCtor,
  type SpeechRecognitionEventLike,
  type SpeechRecognitionLike,
} from './webSpeechApi.ts';

/** Hands-free gives up after this many restarts in a row that heard nothing (a stuck engine). */
const MAX_EMPTY_RESTARTS = 5;

type Decision = { processing: Processing } | { error: RecognizerError };

export class WebSpeechRecognizer implements Recognizer {
  readonly id = 'web-speech';
  private readonly events = new RecognizerEmitter();
  private current: SpeechRecognitionLike | null = null;
  private session = 0;
  private userStopped = false;
  private emptyRestarts = 0;
  private _state: RecognizerState = 'idle';
  private _processing: Processing | null = null;

  /** `scope` is where to look for the API (a test passes a fake). */
  constructor(private readonly scope: object = globalThis) {}

  get state(): RecognizerState {
    return this._state;
  }

  get processing(): Processing | null {
    return this._processing;
  }

  on<K extends RecognizerEventName>(type: K, listener: Listener<K>): () => void {
    return this.events.on(type, listener);
  }

  async availability(locale: string): Promise<RecognizerAvailability> {
    const ctor = findSpeechRecognition(this.scope);
    if (!ctor) return 'unavailable';
    // NOTE: without `available()` we cannot know where audio goes; Chrome's classic engine is online.
    if (!ctor.available || !('processLocally' in ctor.prototype)) return 'online';
    const langs = [speechTag(locale)];
    const local = await ctor.available({ langs, processLocally: true }).catch(() => 'unavailable' as const);
    if (local === 'available') return 'local';
    if (local === 'downloadable' || local === 'downloading') return 'local-downloadable';
    const remote = await ctor.available({ langs, processLocally: false }).catch(() => 'unavailable' as const);
    return remote === 'unavailable' ? 'unavailable' : 'online';
  }

  async start(options: StartOptions): Promise<void> {
    if (this._state === 'starting' || this._state === 'listening') return;
    const session = ++this.session;
    this.userStopped = false;
    this.emptyRestarts = 0;
    const ctor = findSpeechRecognition(this.scope);
    if (!ctor) return this.fail(recognizerError('unsupported', 'no SpeechRecognition in this browser'));
    this.setState('starting', null);
    const decision = await this.decide(ctor, options);
    if (session !== this.session) return; // stopped while we were asking
    if ('error' in decision) return this.fail(decision.error);
    const rec = new ctor();
    if (decision.processing === 'local') rec.processLocally = true;
    rec.lang = speechTag(options.locale);
    rec.continuous = options.mode === 'hands-free';
    rec.interimResults = true;
    rec.maxAlternatives = 1;
    this.wire(rec, options, decision.processing, session);
    this.current = rec;
    try {
      rec.start();
    } catch (e) {
      this.fail(recognizerError('unknown', e));
    }
  }

  stop(): void {
    this.userStopped = true;
    if (this.current && this._state === 'listening') {
      this.setState('stopping', this._processing);
      this.current.stop();
    } else {
      this.abort();
    }
  }

  abort(): void {
    this.userStopped = true;
    this.session++;
    const rec = this.current;
    this.current = null;
    rec?.abort();
    if (this._state !== 'error') this.setState('idle', null);
  }

  /** Local when possible (installing the pack), online only if allowed, else a typed error. */
  private async decide(ctor: SpeechRecognitionCtor, options: StartOptions): Promise<Decision> {
    const langs = [speechTag(options.locale)];
    // NOTE: without `available()` + `processLocally` nothing can require on-device processing.
    if (ctor.available && 'processLocally' in ctor.prototype) {
      const local = await ctor.available({ langs, processLocally: true }).catch(() => 'unavailable' as const);
      if (local === 'available') return { processing: 'local' };
      let packFailed = false;
      if ((local === 'downloadable' || local === 'downloading') && ctor.install) {
        if (await ctor.install({ langs, processLocally: true }).catch(() => false)) return { processing: 'local' };
        packFailed = true;
      }
      // NOTE: Chromium answers "available" for any tag here (it cannot vouch for the remote
      // service), so only "unavailable" is informative.
      const remote = await ctor.available({ langs, processLocally: false }).catch(() => 'unavailable' as const);
      if (remote === 'unavailable') {
        return { error: recognizerError(packFailed ? 'language-pack-failed' : 'locale-unsupported', langs[0]) };
      }
      if (packFailed && !options.allowOnline) return { error: recognizerError('language-pack-failed', langs[0]) };
    }
    if (!options.allowOnline) {
      return { error: recognizerError('online-not-allowed', `${langs[0]}: only the online recognizer is available`) };
    }
    return { processing: 'online' };
  }

  private wire(rec: SpeechRecognitionLike, options: StartOptions, processing: Processing, session: number): void {
    const live = () => session === this.session && this.current === rec;
    rec.onstart = () => {
      if (live()) this.setState('listening', processing);
    };
    rec.onresult = (e) => {
      if (live()) this.onResult(e);
    };
    rec.onspeechend = () => {
      if (live()) this.events.emit('speechend', {});
    };
    rec.onerror = (e) => {
      if (!live()) return;
      const reason = reasonFromSpeechError(e.error);
      if (!reason) return;
      if (options.mode === 'hands-free' && isTransient(reason) && !this.userStopped) return;
      // NOTE: Chromium may never fire `end` after some errors (seen for language-not-supported
      // with processLocally), so the error ends the session here rather than in onend.
      this.fail(recognizerError(reason, `${e.error} ${e.message ?? ''}`.trim()));
      rec.abort();
    };
    rec.onend = () => {
      if (!live()) return;
      const again = options.mode === 'hands-free' && !this.userStopped;
      if (again && ++this.emptyRestarts <= MAX_EMPTY_RESTARTS) {
        try {
          rec.start();
          return;
        } catch (e) {
          return this.fail(recognizerError('unknown', e));
        }
      }
      this.current = null;
      this.setState('idle', null);
    };
  }

  private onResult(e: SpeechRecognitionEventLike): void {
    let interim = '';
    for (let i = e.resultIndex; i < e.results.length; i++) {
      const result = e.results[i];
      const best = result?.[0];
      if (!result || !best) continue;
      if (result.isFinal) {
        const text = best.transcript.trim();
        this.emptyRestarts = 0;
        if (text) this.events.emit('final', { text, confidence: best.confidence > 0 ? best.confidence : null });
      } else {
        interim += best.transcript;
      }
    }
    this.events.emit('interim', { text: interim.trim() });
  }

  private fail(error: RecognizerError): void {
    this.current = null;
    this.session++;
    this.events.emit('error', error);
    this.setState('error', null);
  }

  private setState(state: RecognizerState, processing: Processing | null): void {
    this._state = state;
    this._processing = processing;
    this.events.emit('state', { state, processing });
  }
}
