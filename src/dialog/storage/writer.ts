/**
 * Ordered, awaited, coalesced writes. One commit is in flight at a time; ops queued
 * meanwhile are merged (the latest op per record wins) into the next commit, so a burst of
 * 50 turns costs a few transactions, not 50. `write` resolves once the commit holding its
 * ops is durable and rejects if that commit failed — nothing is dropped silently.
 */
import { opKey, type DialogStorage, type StorageOp } from './types.ts';

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** The dialog's write queue. */
export interface Writer {
  /** Queues ops; resolves when they are committed. */
  write(ops: readonly StorageOp[]): Promise<void>;
  /** Starts committing what is queued now, without waiting for the commit in flight (page hide). */
  flush(): Promise<void>;
}

/** Creates a write queue over `storage`; `onError` hears every failed commit. */
export function createWriter(storage: DialogStorage, onError: (err: unknown) => void): Writer {
  let queued = new Map<string, StorageOp>();
  let waiters: Waiter[] = [];
  let inFlight: Promise<void> | null = null;

  const commitQueued = (): Promise<void> => {
    const ops = [...queued.values()];
    const mine = waiters;
    queued = new Map();
    waiters = [];
    // NOTE: IndexedDB runs read-write transactions over the same stores in the order they
    // were created, so a commit started while another is in flight still lands after it.
    const done = storage.commit(ops).then(
      () => mine.forEach((w) => w.resolve()),
      (err: unknown) => {
        onError(err);
        mine.forEach((w) => w.reject(err));
      },
    );
    return done;
  };

  const pump = (): void => {
    if (inFlight || waiters.length === 0) return;
    inFlight = commitQueued().finally(() => {
      inFlight = null;
      pump();
    });
  };

  return {
    write(ops) {
      if (ops.length === 0) return Promise.resolve();
      for (const op of ops) queued.set(`${op.store}\u0000${JSON.stringify(opKey(op))}`, op);
      const done = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      pump();
      return done;
    },
    async flush() {
      if (waiters.length > 0) await commitQueued().catch(() => undefined);
      await inFlight;
    },
  };
}
