/**
 * In-memory storage for tests and for browsers without IndexedDB. Records are deep-copied
 * (structured clone) so a test sees exactly what a real store would round-trip. `fail` makes
 * the next commits reject, to test how a failed write is reported.
 */
import { opKey, type DialogStorage, type QuarantinedRecord, type RawRecords, type RecordKey, type RecordStore } from './types.ts';

/** A memory store's contents, one map per record store (keys as JSON). */
export interface MemoryData {
  records: Record<RecordStore, Map<string, unknown>>;
  quarantine: QuarantinedRecord[];
}

/** Creates a memory store; share one instance between two dialogs to simulate a reload. */
export function createMemoryStorage(): DialogStorage & { data: MemoryData; fail: Error | null } {
  const data: MemoryData = {
    records: { alarms: new Map(), events: new Map(), lists: new Map(), listItems: new Map() },
    quarantine: [],
  };
  const id = (key: RecordKey) => JSON.stringify(key);
  const storage = {
    data,
    fail: null as Error | null,
    load: async (): Promise<RawRecords> => {
      const all = (store: RecordStore) => [...data.records[store].values()].map((v) => structuredClone(v));
      return { alarms: all('alarms'), events: all('events'), lists: all('lists'), listItems: all('listItems') };
    },
    commit: async (ops: Parameters<DialogStorage['commit']>[0]) => {
      if (storage.fail) throw storage.fail;
      for (const op of ops) {
        if (op.type === 'delete') data.records[op.store].delete(id(op.key));
        else data.records[op.store].set(id(opKey(op)), structuredClone(op.value));
      }
    },
    quarantine: async (records: Parameters<DialogStorage['quarantine']>[0]) => {
      for (const { key, ...kept } of records) {
        if (key !== undefined && kept.store in data.records) data.records[kept.store as RecordStore].delete(id(key));
        data.quarantine.push(structuredClone(kept));
      }
    },
  };
  return storage;
}
