/**
 * The recognizer registry: engines register a factory; the app asks for the best engine this
 * browser supports (or one by id). Web Speech is registered by default; a plug-in (e.g. Whisper
 * in a worker once its model files are served locally) registers itself the same way.
 */
import type { Recognizer } from './types.ts';
import { WebSpeechRecognizer } from './webSpeechRecognizer.ts';
import { findSpeechRecognition } from './webSpeechApi.ts';

export interface RecognizerFactory {
  /** Unique id, e.g. `web-speech`, `whisper`. */
  id: string;
  /** Human-readable engine name for settings (not translated: a product name). */
  label: string;
  /** Higher wins when several engines are supported. */
  priority: number;
  /** Cheap synchronous check: can this engine run in this browser at all? */
  isSupported(): boolean;
  create(): Recognizer;
}

const factories = new Map<string, RecognizerFactory>();

/** Adds (or replaces, by id) an engine. Returns a function that removes it again. */
export function registerRecognizer(factory: RecognizerFactory): () => void {
  factories.set(factory.id, factory);
  return () => {
    if (factories.get(factory.id) === factory) factories.delete(factory.id);
  };
}

/** Every registered engine, best first. */
export function listRecognizers(): RecognizerFactory[] {
  return [...factories.values()].sort((a, b) => b.priority - a.priority);
}

/**
 * A new recognizer: engine `id` if given and registered, else the best supported one.
 * Null when nothing can run here — the UI then offers typing only.
 */
export function createRecognizer(id?: string): Recognizer | null {
  if (id) return factories.get(id)?.create() ?? null;
  return listRecognizers().find((f) => f.isSupported())?.create() ?? null;
}

registerRecognizer({
  id: 'web-speech',
  label: 'Web Speech API',
  priority: 10,
  isSupported: () => findSpeechRecognition() !== null,
  create: () => new WebSpeechRecognizer(),
});
