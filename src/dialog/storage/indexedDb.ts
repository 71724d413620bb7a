/**
 * IndexedDB adapter: one object store `kv` holding each collection under its name. Kept
 * thin on purpose (no schema per record) so the memory store's tests cover the logic.
 */
import type { DialogStorage, PersistedData } from './types.ts';

const STORE = 'kv';
const KEYS: (keyof PersistedData)[] = ['lists', 'events', 'alarms'];

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** Creates the IndexedDB storage (database `name`, default `polyvox-dialog`). */
export function createIndexedDbStorage(name = 'polyvox-dialog'): DialogStorage {
  let db: Promise<IDBDatabase> | undefined;
  const getDb = () => (db ??= open(name));
  return {
    async load() {
      const tx = (await getDb()).transaction(STORE, 'readonly').objectStore(STORE);
      // NOTE: all reads are issued before the first await so the transaction stays open.
      const values: unknown[] = await Promise.all(KEYS.map((key) => request(tx.get(key))));
      const out: Partial<PersistedData> = {};
      KEYS.forEach((key, i) => {
        if (Array.isArray(values[i])) out[key] = values[i] as never;
      });
      return out;
    },
    async save(key, value) {
      const tx = (await getDb()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      });
    },
  };
}

/** IndexedDB when the browser has it, else memory (private modes, tests). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}
