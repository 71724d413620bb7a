/**
 * One IndexedDB connection, opened on first use and shared by every later call — the same
 * life cycle for each database the app keeps (dialogue, tester annotations, learned examples):
 * - a newer version opened in another tab (after an update) must be able to upgrade, so this
 *   connection closes on `versionchange` and the next use reopens;
 * - a failed open (quota, private mode, a blocked upgrade) is retried on the next use, since
 *   the user may free space or leave private mode.
 */
import type { IDBPDatabase } from 'idb';

/** `open` called once and shared; reset on `versionchange` and on failure. */
export function lazyDb<T>(open: () => Promise<IDBPDatabase<T>>): () => Promise<IDBPDatabase<T>> {
  let db: Promise<IDBPDatabase<T>> | undefined;
  return () => {
    db ??= open().then((d) => {
      d.addEventListener('versionchange', () => {
        d.close();
        db = undefined;
      });
      return d;
    });
    db.catch(() => (db = undefined));
    return db;
  };
}
