/**
 * The kiosk's watchdog policy, as pure timing: a turn that takes longer than
 * {@link SLOW_MS} shows a calm "one moment"; one still unanswered after {@link NLU_STUCK_MS}
 * (past the NLU client's own timeout, restart and retry) gets its worker replaced; a reply
 * still being spoken long after it should have ended has its speaker stopped; and a model
 * that failed to load is tried again every {@link RELOAD_MS}. `createDeadline` is the one
 * restartable timer all of these use (timers injected, for tests and Playwright's clock).
 */
import { browserTimers, type Timers } from './idle.ts';

/** A turn slower than this shows "one moment" (a parse takes milliseconds). */
export const SLOW_MS = 1_500;
/**
 * A parse still pending after this long is given up and the NLU worker replaced. The client
 * already restarts a silent worker after 10 s and retries once (at most ~2 × 10 s plus a
 * reload), so this is a backstop past its own bound, not a second opinion on it.
 */
export const NLU_STUCK_MS = 30_000;
/** A failed model load is tried again this often while the kiosk is open. */
export const RELOAD_MS = 30_000;
/** How long an error stays on screen before the kiosk is calm again. */
export const FAILED_SHOW_MS = 6_000;

/** Longest a reply of `text` may take to speak: 5 s plus 150 ms per character (a slow voice reads ~10 characters a second), capped at 60 s. */
export function speakBudgetMs(text: string): number {
  return Math.min(60_000, 5_000 + 150 * [...text].length);
}

/** A restartable one-shot timer. */
export interface Deadline {
  /** (Re)starts the wait: `onExpire` runs after `ms` unless `end()` comes first. */
  begin(ms: number, onExpire: () => void): void;
  end(): void;
  /** True while waiting. */
  readonly armed: boolean;
}

/** Creates a deadline on `timers`. */
export function createDeadline(timers: Timers = browserTimers): Deadline {
  let handle: unknown = null;
  const end = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    begin(ms, onExpire) {
      end();
      handle = timers.setTimeout(() => {
        handle = null;
        onExpire();
      }, ms);
    },
    end,
    get armed() {
      return handle !== null;
    },
  };
}
