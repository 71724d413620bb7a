/**
 * Fires a callback when an alarm is due, with the injected clock and `setTimeout` (so tests
 * drive it with fake timers). Long delays are split, as setTimeout caps at ~24.8 days.
 */

const MAX_DELAY = 2 ** 31 - 1;

export interface Scheduler {
  schedule(id: string, at: number): void;
  cancel(id: string): void;
  dispose(): void;
}

export function createScheduler(now: () => Date, onDue: (id: string) => void): Scheduler {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cancel = (id: string) => {
    const t = timers.get(id);
    if (t !== undefined) clearTimeout(t);
    timers.delete(id);
  };
  const schedule = (id: string, at: number) => {
    cancel(id);
    const delay = Math.max(0, at - now().getTime());
    timers.set(
      id,
      setTimeout(
        () => {
          timers.delete(id);
          // The clock may lag the timer (or the delay was split): check before ringing.
          if (at - now().getTime() > 1000) schedule(id, at);
          else onDue(id);
        },
        Math.min(delay, MAX_DELAY),
      ),
    );
  };
  return {
    schedule,
    cancel,
    dispose: () => {
      for (const id of [...timers.keys()]) cancel(id);
    },
  };
}
