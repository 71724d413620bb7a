/**
 * NLU state: model loading (progress, backend, load time), the latest result and the error
 * shown to the user. Actions talk to the runtime only through the injected NluPort.
 */
import type { StateCreator } from 'zustand';
import type { NluResult } from '../nlu/types.ts';
import type { NluEvent, NluPort } from './nluPort.ts';
import { MAX_INPUT_CHARS, type AppMutators, type AppState, type NluSlice, type UiError, type UiErrorKind } from './types.ts';

export type { NluSlice, NluStatus, UiError, UiErrorKind } from './types.ts';

/** Maps a runtime error code to what the UI shows. */
export function errorKind(code: string | undefined): UiErrorKind {
  switch (code) {
    case 'model-missing':
      return 'model-missing';
    case 'model-corrupt':
    case 'backend-failed':
      return 'model-corrupt';
    // A stuck worker (`worker-timeout`) is handled like a crashed one: restarted, the request
    // retried once; the detail says that it did not answer within the timeout.
    case 'worker-crashed':
    case 'worker-timeout':
      return 'worker-crashed';
    case 'empty-text':
      return 'empty';
    default:
      return 'parse-failed';
  }
}

/** Errors that mean the model cannot be loaded: they put the runtime in `error`. */
const LOAD_ERRORS: ReadonlySet<UiErrorKind> = new Set(['model-missing', 'model-corrupt']);
/** Errors of the runtime itself (not of one utterance): a later `ready` clears them. */
const RUNTIME_ERRORS: ReadonlySet<UiErrorKind> = new Set([...LOAD_ERRORS, 'worker-crashed']);

function toUiError(err: unknown): UiError {
  const code = (err as { code?: unknown } | null)?.code;
  const detail = err instanceof Error ? err.message : String(err);
  return { kind: errorKind(typeof code === 'string' ? code : undefined), detail };
}

/** Builds the NLU slice around a runtime port. */
export const createNluSlice =
  (port: NluPort): StateCreator<AppState, AppMutators, [], NluSlice> =>
  (set, get) => {
    let started = false;
    let latest = 0;

    const onEvent = (event: NluEvent): void => {
      switch (event.type) {
        case 'progress':
          set({ status: 'loading', progress: event.fraction, stage: event.stage });
          return;
        case 'ready':
          set((s) => ({
            status: 'ready',
            progress: 1,
            stage: null,
            runtime: event.info,
            // Load and crash notices are stale once the runtime is ready (again).
            error: s.error && RUNTIME_ERRORS.has(s.error.kind) ? null : s.error,
          }));
          return;
        case 'error':
          set({ status: 'error', error: { kind: errorKind(event.code), detail: event.message } });
          return;
        case 'restart':
          set({ status: 'loading', stage: null, progress: null, error: { kind: 'worker-crashed', detail: event.reason } });
          return;
        default: {
          const never: never = event;
          throw new Error(`unknown NLU event ${JSON.stringify(never)}`);
        }
      }
    };

    return {
      status: 'idle',
      progress: null,
      stage: null,
      runtime: null,
      result: null,
      roundTripMs: null,
      pending: false,
      error: null,

      startNlu: () => {
        if (started) return;
        started = true;
        // Loading first: a port whose model is ready already says so as soon as it is subscribed to.
        set({ status: 'loading' });
        port.subscribe(onEvent);
        port.load();
      },

      submit: async (text, source = 'typed') => {
        const utterance = text ?? get().draft;
        const { locale } = get();
        if (utterance.trim() === '') {
          set({ error: { kind: 'empty', detail: '' } });
          return;
        }
        if (utterance.length > MAX_INPUT_CHARS) {
          set({ error: { kind: 'too-long', detail: String(utterance.length) } });
          return;
        }
        const seq = ++latest;
        // After a failed load, parsing loads again: show that as loading, not as the old error.
        set((s) => (s.status === 'error' ? { pending: true, status: 'loading', error: null } : { pending: true, error: null }));
        const t0 = performance.now();
        let result: NluResult;
        try {
          result = await port.parse(utterance, locale);
        } catch (err) {
          // A superseded request's failure is not shown and leaves `pending` alone: the newer
          // request is still in flight (and will clear it) or has already cleared it. The
          // runtime settles every request (crash, load and request timeouts), so the latest
          // one always ends here or below and the Submit button comes back.
          if (seq !== latest) return;
          const error = toUiError(err);
          set(LOAD_ERRORS.has(error.kind) ? { status: 'error', error, pending: false } : { error, pending: false });
          return;
        }
        // The inspector shows only the latest utterance; the assistant answers every one, in order.
        if (seq === latest) set({ result, roundTripMs: performance.now() - t0, pending: false });
        await get().respond(result, source);
      },

      dismissError: () => set({ error: null }),
    };
  };
