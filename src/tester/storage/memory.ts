/**
 * In-memory tester storage, for tests and for browsers without IndexedDB. Records are
 * structured-cloned, so a test sees what a real store would give back; `fail` makes the next
 * writes reject, to test how a failed save is shown.
 */
import type { Annotation, QuarantinedAnnotation, TesterStorage } from '../types.ts';

/** A memory storage and its contents; share one between two stores to simulate two tabs. */
export interface MemoryTesterStorage extends TesterStorage {
  records: Map<string, unknown>;
  quarantined: QuarantinedAnnotation[];
  fail: Error | null;
}

/** Creates an empty memory storage. */
export function createMemoryTesterStorage(): MemoryTesterStorage {
  const storage: MemoryTesterStorage = {
    records: new Map(),
    quarantined: [],
    fail: null,
    loadAll: async () => [...storage.records.values()].map((v) => structuredClone(v)),
    get: async (id) => structuredClone(storage.records.get(id)),
    put: async (records: readonly Annotation[]) => {
      if (storage.fail) throw storage.fail;
      const copies = records.map((r) => structuredClone(r));
      for (const r of copies) storage.records.set(r.id, r);
    },
    clear: async () => {
      if (storage.fail) throw storage.fail;
      storage.records.clear();
    },
    quarantine: async (records) => {
      for (const { key, ...kept } of records) {
        if (key !== undefined) storage.records.delete(key);
        storage.quarantined.push(structuredClone(kept));
      }
    },
  };
  return storage;
}
