/**
 * Inactivity: how long the kiosk waits without a turn before it clears the conversation and
 * shows the idle screen again (`?idle=<minutes>`, default {@link DEFAULT_IDLE_MINUTES}), and
 * a restartable timer for it. Timers are injected so tests (and Playwright's clock) drive it.
 */

/** Minutes without a turn before the kiosk returns to its idle screen. */
export const DEFAULT_IDLE_MINUTES = 2;
const MIN_MINUTES = 0.1;
const MAX_MINUTES = 24 * 60;

/** The idle delay in ms from a URL query: `?idle=5` → 5 minutes; missing or unreadable → the default; clamped to 6 s…24 h. */
export function idleMsFrom(search: string): number {
  const raw = new URLSearchParams(search).get('idle');
  const minutes = raw === null || raw.trim() === '' ? NaN : Number(raw);
  const chosen = Number.isFinite(minutes) ? Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, minutes)) : DEFAULT_IDLE_MINUTES;
  return Math.round(chosen * 60_000);
}

/** The timer functions the idle timer uses (the page's, or a test's). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Browser timers, looked up at call time (so a fake clock installed later is used). */
export const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A timer that calls `onIdle` once `ms` pass after the last `poke()`. */
export interface IdleTimer {
  /** Something happened: the wait starts again. */
  poke(): void;
  /** Nothing to wait for (already idle): no call until the next poke. */
  cancel(): void;
  dispose(): void;
}

/** Creates an idle timer; it is not running until the first `poke()`. */
export function createIdleTimer(ms: number, onIdle: () => void, timers: Timers = browserTimers): IdleTimer {
  let handle: unknown = null;
  let disposed = false;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    poke() {
      cancel();
      if (disposed) return;
      handle = timers.setTimeout(() => {
        handle = null;
        onIdle();
      }, ms);
    },
    cancel,
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
