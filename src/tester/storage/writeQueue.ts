/**
 * Saves annotations one record each, as soon as they change: a write starts at once; changes
 * that arrive while one is in flight are queued (the latest version of a record wins) and go
 * together in the next transaction. `save` resolves only once its version is on disk, so the
 * page says "saved" only for what a killed browser would keep.
 */
import type { Annotation, TesterStorage } from '../types.ts';

/** The queue's interface. */
export interface WriteQueue {
  /** Resolves once `annotation` (or a newer version of it) is committed; rejects if that write fails. */
  save(annotations: readonly Annotation[]): Promise<void>;
  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** A queue over `storage`; `onCommitted` hears each committed batch. */
export function createWriteQueue(storage: TesterStorage, onCommitted: (records: Annotation[]) => void): WriteQueue {
  let queued = new Map<string, Annotation>();
  let waiters: Waiter[] = [];
  let idleWaiters: (() => void)[] = [];
  let running = false;

  const run = async () => {
    running = true;
    while (queued.size > 0) {
      const batch = [...queued.values()];
      const batchWaiters = waiters;
      queued = new Map();
      waiters = [];
      try {
        await storage.put(batch);
      } catch (err) {
        for (const w of batchWaiters) w.reject(err);
        continue;
      }
      for (const w of batchWaiters) w.resolve();
      onCommitted(batch);
    }
    // NOTE: no await between the loop's last check and here, so a save cannot slip between.
    running = false;
    const done = idleWaiters;
    idleWaiters = [];
    for (const resolve of done) resolve();
  };

  return {
    save(annotations) {
      if (annotations.length === 0) return Promise.resolve();
      for (const a of annotations) queued.set(a.id, a);
      const saved = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      if (!running) void run();
      return saved;
    },
    idle() {
      if (!running) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
