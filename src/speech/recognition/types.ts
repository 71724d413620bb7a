/**
 * The recognizer contract every speech-to-text engine implements (Web Speech, or a plug-in
 * such as in-browser Whisper). The UI and the dialog only see this interface, so engines can be
 * swapped and tests can inject a fake. See docs/speech.md for what a plug-in must emit.
 */

/** Lifecycle: idle → starting → listening → (stopping →) idle, or → error. */
export type RecognizerState = 'idle' | 'starting' | 'listening' | 'stopping' | 'error';

/** Why recognition failed; each has a user-facing message in `ui/strings.ts`. */
export type RecognizerErrorReason =
  /** No recognition API in this browser. */
  | 'unsupported'
  /** The user or a policy refused the microphone. */
  | 'mic-denied'
  /** No microphone, or it could not be opened. */
  | 'mic-missing'
  /** The engine has no model for this locale, locally or online. */
  | 'locale-unsupported'
  /** Only the vendor's online service can recognize this locale and the user has not allowed it. */
  | 'online-not-allowed'
  /** An on-device language pack exists but could not be installed. */
  | 'language-pack-failed'
  /** The online service could not be reached. */
  | 'network'
  /** Nothing was heard before the engine gave up. */
  | 'no-speech'
  /** The engine refused to run (e.g. the browser disabled the service). */
  | 'service-unavailable'
  | 'unknown';

/** A typed failure; `detail` is for logs, the UI shows the message for `reason`. */
export interface RecognizerError {
  reason: RecognizerErrorReason;
  detail: string;
}

/** Push-to-talk stops after one utterance; hands-free keeps listening and restarts after each end. */
export type RecognitionMode = 'push-to-talk' | 'hands-free';

/** Where audio is processed for the running session; never claim `local` unless it is. */
export type Processing = 'local' | 'online';

export interface StartOptions {
  /** MASSIVE locale code (e.g. `de-DE`); the engine maps it to its own tag. */
  locale: string;
  mode: RecognitionMode;
  /** The user allowed audio to go to the browser vendor's online recognizer. */
  allowOnline: boolean;
}

/** Event payloads, by event name. */
export interface RecognizerEvents {
  /** Partial text of the utterance in progress (replaces the previous interim). */
  interim: { text: string };
  /** Text of a finished utterance. `confidence` null when the engine gives none. */
  final: { text: string; confidence: number | null };
  /** The engine detected the end of speech (it may still deliver a final after this). */
  speechend: Record<string, never>;
  error: RecognizerError;
  state: { state: RecognizerState; processing: Processing | null };
}

export type RecognizerEventName = keyof RecognizerEvents;
export type Listener<K extends RecognizerEventName> = (event: RecognizerEvents[K]) => void;

/** What a locale can get from an engine right now. */
export type RecognizerAvailability =
  | 'local'
  /** On-device support exists but the language pack must be installed first. */
  | 'local-downloadable'
  | 'online'
  | 'unavailable';

export interface Recognizer {
  /** Registry id (e.g. `web-speech`). */
  readonly id: string;
  readonly state: RecognizerState;
  /** Where the current session's audio goes; null when not running. */
  readonly processing: Processing | null;
  /** What `locale` can get from this engine (no side effects, no install). */
  availability(locale: string): Promise<RecognizerAvailability>;
  /** Starts listening; failures arrive as an `error` event (the promise still resolves). */
  start(options: StartOptions): Promise<void>;
  /** Stops listening and delivers what was heard as a final transcript. */
  stop(): void;
  /** Stops at once, discarding the utterance in progress. */
  abort(): void;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends RecognizerEventName>(type: K, listener: Listener<K>): () => void;
}
