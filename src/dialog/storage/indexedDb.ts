/**
 * IndexedDB adapter (through `idb`): one object store per record kind (`alarms`, `events`,
 * `lists`, `listItems`) plus `quarantine`. A commit is one `strict`-durability transaction, so
 * once it resolves the data survives a killed browser; the dialog replies only after that.
 * Version 1 kept each collection whole in a `kv` store; the upgrade splits it into records.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { lazyDb } from '../../storage/lazyDb.ts';
import type { DialogStorage, QuarantinedRecord, RawRecords, RecordKey } from './types.ts';

interface PolyvoxDb extends DBSchema {
  alarms: { key: string; value: unknown };
  events: { key: string; value: unknown };
  lists: { key: string; value: unknown };
  listItems: { key: [string, number]; value: unknown };
  quarantine: { key: number; value: QuarantinedRecord };
  /** Version 1's whole collections; read once by the upgrade, then deleted. */
  kv: { key: string; value: unknown };
}

const VERSION = 2;
const RECORD_STORES = ['alarms', 'events', 'lists', 'listItems'] as const;

/** A record's own key if it has a usable one (v1 data is unvalidated). */
function keyOf(store: 'alarms' | 'events' | 'lists', value: unknown): string | null {
  const v = value as Record<string, unknown> | null;
  const key = store === 'lists' ? v?.name : v?.id;
  return typeof key === 'string' && key !== '' ? key : null;
}

type UpgradeTx = IDBPTransaction<PolyvoxDb, StoreNames<PolyvoxDb>[], 'versionchange'>;

/** Copies v1's `kv` collections into records; anything without a usable key is quarantined. */
async function migrateV1(tx: UpgradeTx): Promise<void> {
  const kv = tx.objectStore('kv');
  const at = Date.now();
  const aside = (value: unknown, reason: string) => tx.objectStore('quarantine').add({ store: 'kv', value, reason, at });
  for (const store of ['alarms', 'events', 'lists'] as const) {
    const saved: unknown = await kv.get(store);
    if (saved === undefined) continue;
    if (!Array.isArray(saved)) {
      await aside(saved, `v1 ${store} is not a list`);
      continue;
    }
    for (const [position, value] of saved.entries()) {
      const key = keyOf(store, value);
      if (key === null) {
        await aside(value, `v1 ${store} record without a key`);
        continue;
      }
      if (store !== 'lists') {
        await tx.objectStore(store).put(value);
        continue;
      }
      // A v1 list is `{name, items}`: the list and each item become their own records.
      const items: unknown = (value as { items?: unknown }).items;
      await tx.objectStore('lists').put({ name: key, position });
      if (!Array.isArray(items)) continue;
      for (const [index, text] of items.entries()) await tx.objectStore('listItems').put({ list: key, index, text });
    }
  }
}

function open(name: string): Promise<IDBPDatabase<PolyvoxDb>> {
  return openDB<PolyvoxDb>(name, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      db.createObjectStore('alarms', { keyPath: 'id' });
      db.createObjectStore('events', { keyPath: 'id' });
      db.createObjectStore('lists', { keyPath: 'name' });
      db.createObjectStore('listItems', { keyPath: ['list', 'index'] });
      db.createObjectStore('quarantine', { autoIncrement: true });
      if (oldVersion === 1 && db.objectStoreNames.contains('kv')) {
        // NOTE: the store is deleted only after the copy; a failure aborts the whole upgrade
        // and leaves version 1 as it was, so nothing is lost.
        void migrateV1(tx).then(() => db.deleteObjectStore('kv'), () => tx.abort());
      }
    },
    blocked() {
      // Another tab holds version 1 open; openDB waits until it closes (its `blocking` fires).
    },
  });
}

/** Why a database error happened, in words a user can act on. */
export function describeStorageError(err: unknown): string {
  const name = (err as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'the browser has no storage space left for this site';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this window does not allow saving (private mode or blocked storage)';
  if (name === 'VersionError') return 'a newer version of Polyvox stored data here';
  return err instanceof Error ? err.message : String(err);
}

/** Creates the IndexedDB storage (database `name`, default `polyvox-dialog`). */
export function createIndexedDbStorage(name = 'polyvox-dialog'): DialogStorage {
  const getDb = lazyDb(() => open(name));
  return {
    async load(): Promise<RawRecords> {
      const tx = (await getDb()).transaction(RECORD_STORES, 'readonly');
      const [alarms, events, lists, listItems] = await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).getAll()));
      return { alarms: alarms ?? [], events: events ?? [], lists: lists ?? [], listItems: listItems ?? [] };
    },
    async commit(ops) {
      if (ops.length === 0) return;
      const tx = (await getDb()).transaction(RECORD_STORES, 'readwrite', { durability: 'strict' });
      // NOTE: requests are issued synchronously (not awaited one by one) so the transaction
      // stays active; `tx.done` rejects if any of them fails, and then none is applied. A value
      // that cannot be cloned throws at once: abort, or the ops before it would commit alone.
      try {
        for (const op of ops) {
          const store = tx.objectStore(op.store);
          void (op.type === 'delete' ? store.delete(op.key as never) : store.put(op.value)).catch(() => undefined);
        }
      } catch (err) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw err;
      }
      await tx.done;
    },
    async quarantine(records) {
      if (records.length === 0) return;
      const tx = (await getDb()).transaction([...RECORD_STORES, 'quarantine'], 'readwrite', { durability: 'strict' });
      for (const { key, ...kept } of records) {
        if (key !== undefined && (RECORD_STORES as readonly string[]).includes(kept.store)) {
          void tx.objectStore(kept.store as (typeof RECORD_STORES)[number]).delete(key as RecordKey as never).catch(() => undefined);
        }
        void tx.objectStore('quarantine').add(kept).catch(() => undefined);
      }
      await tx.done;
    },
  };
}

/** IndexedDB when the browser has it, else memory (tests, very old browsers). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}
