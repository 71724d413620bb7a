/**
 * A stand-in for the browser's SpeechRecognition class, for WebSpeechRecognizer unit tests:
 * records the configuration and lets a test fire the engine's events by hand.
 */
import type {
  SpeechAvailabilityStatus,
  SpeechRecognitionErrorEventLike,
  SpeechRecognitionEventLike,
  SpeechRecognitionOptions,
} from '../../src/speech/recognition/webSpeechApi.ts';

export interface FakeSpeechSetup {
  /** available() answer for processLocally true / false. */
  local?: SpeechAvailabilityStatus;
  remote?: SpeechAvailabilityStatus;
  /** install() answer. */
  install?: boolean;
  /** Leave out the on-device API entirely (an older browser). */
  noLocalApi?: boolean;
}

/** Makes a fresh fake class (static state per test) and the list of its instances. */
export function makeFakeSpeechRecognition(setup: FakeSpeechSetup = {}) {
  const instances: FakeSpeechRecognition[] = [];
  const calls: Array<{ method: 'available' | 'install'; options: SpeechRecognitionOptions }> = [];

  class FakeSpeechRecognition extends EventTarget {
    lang = '';
    continuous = false;
    interimResults = false;
    maxAlternatives = 1;
    started = 0;
    stopped = 0;
    aborted = 0;
    onresult: ((e: SpeechRecognitionEventLike) => void) | null = null;
    onerror: ((e: SpeechRecognitionErrorEventLike) => void) | null = null;
    onend: (() => void) | null = null;
    onstart: (() => void) | null = null;
    onspeechend: (() => void) | null = null;

    constructor() {
      super();
      instances.push(this);
    }

    start() {
      this.started++;
    }
    stop() {
      this.stopped++;
    }
    abort() {
      this.aborted++;
    }

    /** Test helpers: what the browser would do. */
    fireStart() {
      this.onstart?.();
    }
    fireResult(results: Array<{ text: string; final: boolean; confidence?: number }>, resultIndex = 0) {
      const list = results.map((r) => Object.assign([{ transcript: r.text, confidence: r.confidence ?? 0.8 }], { isFinal: r.final }));
      this.onresult?.({ resultIndex, results: list } as unknown as SpeechRecognitionEventLike);
    }
    fireError(error: string) {
      this.onerror?.({ error, message: '' } as SpeechRecognitionErrorEventLike);
    }
    fireEnd() {
      this.onend?.();
    }
  }

  if (!setup.noLocalApi) {
    Object.defineProperty(FakeSpeechRecognition.prototype, 'processLocally', { value: false, writable: true });
    Object.assign(FakeSpeechRecognition, {
      available: async (options: SpeechRecognitionOptions) => {
        calls.push({ method: 'available', options });
        return options.processLocally ? (setup.local ?? 'available') : (setup.remote ?? 'available');
      },
      install: async (options: SpeechRecognitionOptions) => {
        calls.push({ method: 'install', options });
        return setup.install ?? true;
      },
    });
  }
  return { FakeSpeechRecognition, instances, calls, scope: { SpeechRecognition: FakeSpeechRecognition } };
}

export type FakeSpeechRecognitionInstance = ReturnType<typeof makeFakeSpeechRecognition>['instances'][number];
