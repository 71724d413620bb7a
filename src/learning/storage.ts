/**
 * Where the learned examples live: an interface, an IndexedDB implementation (through `idb`,
 * database `polyvox-learning`, one record per example) and an in-memory one for tests and
 * for pages without IndexedDB. Each write is a `strict`-durability transaction: once `put`
 * resolves, the example survives a killed browser. Records are checked on load; a bad one is
 * skipped and counted, never allowed to break the page.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExampleSource, LearnedExample } from './types.ts';

/** Persistence of the memory. */
export interface LearningStorage {
  /** Every valid example, and how many stored records were not valid. */
  load(): Promise<{ examples: LearnedExample[]; invalid: number }>;
  put(example: LearnedExample): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes one locale's examples, or all. */
  clear(locale?: string): Promise<void>;
}

const SOURCES: readonly ExampleSource[] = ['correction', 'rephrase', 'taught'];

/** The record if it has the shape of a LearnedExample, else null. */
export function validExample(value: unknown): LearnedExample | null {
  const v = value as Partial<LearnedExample> | null;
  if (!v || typeof v !== 'object') return null;
  const strings = [v.id, v.locale, v.text, v.intent, v.modelId].every((s) => typeof s === 'string' && s !== '');
  if (!strings || !SOURCES.includes(v.source as ExampleSource) || typeof v.createdAt !== 'number') return null;
  if (!Array.isArray(v.wordLabels) || !v.wordLabels.every((l) => typeof l === 'string')) return null;
  if (!Array.isArray(v.embedding) || !v.embedding.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  return v as LearnedExample;
}

interface LearningDb extends DBSchema {
  examples: { key: string; value: unknown; indexes: { locale: string } };
}

const DB_NAME = 'polyvox-learning';

/** The IndexedDB storage (`name` lets tests and embeds keep separate databases). */
export function indexedDbLearningStorage(name: string = DB_NAME): LearningStorage {
  let db: Promise<IDBPDatabase<LearningDb>> | null = null;
  const open = () => {
    db ??= openDB<LearningDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('examples', { keyPath: 'id' }).createIndex('locale', 'locale');
      },
    });
    return db;
  };
  return {
    async load() {
      const all = await (await open()).getAll('examples');
      const examples = all.map(validExample).filter((e): e is LearnedExample => e !== null);
      return { examples, invalid: all.length - examples.length };
    },
    async put(example) {
      const tx = (await open()).transaction('examples', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(example), tx.done]);
    },
    async delete(id) {
      const tx = (await open()).transaction('examples', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.delete(id), tx.done]);
    },
    async clear(locale) {
      const tx = (await open()).transaction('examples', 'readwrite', { durability: 'strict' });
      if (locale === undefined) await tx.store.clear();
      else for (const key of await tx.store.index('locale').getAllKeys(locale)) await tx.store.delete(key);
      await tx.done;
    },
  };
}

/** Storage that forgets on reload (tests, and pages where IndexedDB is unavailable). */
export function memoryLearningStorage(): LearningStorage {
  const records = new Map<string, unknown>();
  return {
    load: async () => {
      const examples = [...records.values()].map(validExample).filter((e): e is LearnedExample => e !== null);
      return { examples, invalid: records.size - examples.length };
    },
    put: async (e) => void records.set(e.id, structuredClone(e)),
    delete: async (id) => void records.delete(id),
    clear: async (locale) => {
      for (const [id, v] of records) if (locale === undefined || (v as LearnedExample).locale === locale) records.delete(id);
    },
  };
}
