/**
 * The tester's IndexedDB database (`polyvox-tester`, through `idb`), apart from the dialogue's:
 * one record per annotation keyed by its id, and a `quarantine` store. Every write is one
 * `strict`-durability transaction of per-record puts, so once it resolves the annotation
 * survives a killed browser, and two tabs never overwrite each other's records.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { lazyDb } from '../../storage/lazyDb.ts';
import type { Annotation, QuarantinedAnnotation, TesterStorage } from '../types.ts';

/** The database's name. */
export const TESTER_DB = 'polyvox-tester';

interface TesterDb extends DBSchema {
  annotations: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedAnnotation };
}

/**
 * Schema versions: 1 = `annotations` (keyPath `id`) + `quarantine` (auto keys). A later
 * version adds a `case` below; records of older shapes are read through `validateAnnotation`.
 */
const VERSION = 1;

function open(name: string): Promise<IDBPDatabase<TesterDb>> {
  return openDB<TesterDb>(name, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('annotations', { keyPath: 'id' });
        db.createObjectStore('quarantine', { autoIncrement: true });
      }
    },
  });
}

/** Creates the IndexedDB storage (database `name`, default `polyvox-tester`). */
export function createIndexedDbTesterStorage(name = TESTER_DB): TesterStorage {
  const getDb = lazyDb(() => open(name));
  return {
    async loadAll() {
      return (await getDb()).getAll('annotations');
    },
    async get(id) {
      return (await getDb()).get('annotations', id);
    },
    async put(records: readonly Annotation[]) {
      if (records.length === 0) return;
      const tx = (await getDb()).transaction('annotations', 'readwrite', { durability: 'strict' });
      // NOTE: requests are issued synchronously so the transaction stays active; `tx.done`
      // rejects if one fails, and then none is applied. A value that cannot be cloned throws
      // at once: abort, or the records before it would commit alone.
      try {
        for (const r of records) void tx.store.put(r).catch(() => undefined);
      } catch (err) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw err;
      }
      await tx.done;
    },
    async clear() {
      const tx = (await getDb()).transaction('annotations', 'readwrite', { durability: 'strict' });
      void tx.store.clear().catch(() => undefined);
      await tx.done;
    },
    async quarantine(records) {
      if (records.length === 0) return;
      const tx = (await getDb()).transaction(['annotations', 'quarantine'], 'readwrite', { durability: 'strict' });
      for (const { key, ...kept } of records) {
        if (key !== undefined) void tx.objectStore('annotations').delete(key).catch(() => undefined);
        void tx.objectStore('quarantine').add(kept).catch(() => undefined);
      }
      await tx.done;
    },
  };
}
