/**
 * In-memory storage for tests and for browsers without IndexedDB. Values are deep-copied
 * through JSON so a test sees exactly what a real store would round-trip.
 */
import type { DialogStorage, PersistedData } from './types.ts';

/** Creates a memory store; share one instance between two dialogs to simulate a reload. */
export function createMemoryStorage(): DialogStorage & { data: Partial<PersistedData> } {
  const data: Partial<PersistedData> = {};
  return {
    data,
    load: async () => JSON.parse(JSON.stringify(data)) as Partial<PersistedData>,
    save: async (key, value) => {
      data[key] = JSON.parse(JSON.stringify(value)) as never;
    },
  };
}
