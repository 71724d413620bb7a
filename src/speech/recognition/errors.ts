/**
 * Maps engine and getUserMedia failures to the typed `RecognizerErrorReason`, so the UI shows
 * one clear message per cause whatever the engine's own error vocabulary.
 */
import type { RecognizerError, RecognizerErrorReason } from './types.ts';

/** Web Speech `SpeechRecognitionErrorEvent.error` codes → our reasons; null = not an error. */
export function reasonFromSpeechError(code: string): RecognizerErrorReason | null {
  switch (code) {
    case 'not-allowed':
      return 'mic-denied';
    case 'audio-capture':
      return 'mic-missing';
    case 'language-not-supported':
      return 'locale-unsupported';
    case 'network':
      return 'network';
    case 'no-speech':
      return 'no-speech';
    case 'service-not-allowed':
      return 'service-unavailable';
    case 'aborted':
      // NOTE: our own abort() causes this; it is not a failure the user needs to see.
      return null;
    default:
      return 'unknown';
  }
}

/** A getUserMedia rejection → our reason (DOMException names from the Media Capture spec). */
export function reasonFromMediaError(error: unknown): RecognizerErrorReason {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'mic-denied';
    case 'NotFoundError':
    case 'NotReadableError':
    case 'OverconstrainedError':
    case 'AbortError':
      return 'mic-missing';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'unknown';
  }
}

/** Builds a RecognizerError from a reason and whatever detail is at hand. */
export function recognizerError(reason: RecognizerErrorReason, detail: unknown = ''): RecognizerError {
  const text = detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail);
  return { reason, detail: text };
}

/** Errors after which hands-free mode may simply listen again. */
export function isTransient(reason: RecognizerErrorReason): boolean {
  return reason === 'no-speech';
}
