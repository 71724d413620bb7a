/**
 * The slice of the Web Speech recognition API we use, typed here because TypeScript's DOM
 * library does not declare it (nor the prefixed `webkitSpeechRecognition`). The on-device
 * statics (`available`, `install`) are newer than the rest, so they are optional.
 */

export type SpeechAvailabilityStatus = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface SpeechRecognitionOptions {
  langs: string[];
  processLocally?: boolean;
}

export interface SpeechRecognitionAlternativeLike {
  readonly transcript: string;
  readonly confidence: number;
}

export interface SpeechRecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: SpeechRecognitionAlternativeLike;
}

export interface SpeechRecognitionEventLike extends Event {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: SpeechRecognitionResultLike };
}

export interface SpeechRecognitionErrorEventLike extends Event {
  readonly error: string;
  readonly message: string;
}

export interface SpeechRecognitionLike extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  /** Newer API: require on-device processing. Absent in older browsers. */
  processLocally?: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((e: SpeechRecognitionEventLike) => void) | null;
  onerror: ((e: SpeechRecognitionErrorEventLike) => void) | null;
  onend: (() => void) | null;
  onstart: (() => void) | null;
  onspeechend: (() => void) | null;
}

export interface SpeechRecognitionCtor {
  new (): SpeechRecognitionLike;
  available?(options: SpeechRecognitionOptions): Promise<SpeechAvailabilityStatus>;
  install?(options: SpeechRecognitionOptions): Promise<boolean>;
}

/** The browser's recognition constructor (standard or prefixed), or null. */
export function findSpeechRecognition(scope: object = globalThis): SpeechRecognitionCtor | null {
  const g = scope as { SpeechRecognition?: SpeechRecognitionCtor; webkitSpeechRecognition?: SpeechRecognitionCtor };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition ?? null;
}
