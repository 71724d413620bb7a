/**
 * Where the learned examples live: an interface, an IndexedDB implementation (through `idb`,
 * database `polyvox-learning`, one record per example) and an in-memory one for tests and
 * for pages without IndexedDB. Each write is a `strict`-durability transaction: once `put`
 * resolves, the example survives a killed browser. Records are checked on load; a bad one is
 * skipped and counted, never allowed to break the page.
 */
import { openDB, type DBSchema } from 'idb';
import { lazyDb } from '../storage/lazyDb.ts';
import type { ExampleSource, LearnedExample, TaughtLocale } from './types.ts';

/** Persistence of the memory. */
export interface LearningStorage {
  /** Every valid example, and how many stored records were not valid. */
  load(): Promise<{ examples: LearnedExample[]; invalid: number }>;
  put(example: LearnedExample): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes one locale's examples, or all. */
  clear(locale?: string): Promise<void>;
  /** The taught languages (invalid records skipped). */
  loadLocales(): Promise<TaughtLocale[]>;
  putLocale(locale: TaughtLocale): Promise<void>;
  deleteLocale(code: string): Promise<void>;
}

/** The record if it has the shape of a TaughtLocale, else null. */
export function validLocale(value: unknown): TaughtLocale | null {
  const v = value as Partial<TaughtLocale> | null;
  if (!v || typeof v !== 'object') return null;
  const ok = [v.code, v.name, v.fallback].every((s) => typeof s === 'string' && s !== '') && (v.dir === 'ltr' || v.dir === 'rtl') && typeof v.createdAt === 'number';
  return ok ? (v as TaughtLocale) : null;
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
  locales: { key: string; value: unknown };
}

const DB_NAME = 'polyvox-learning';

/** The IndexedDB storage (`name` lets tests and embeds keep separate databases). */
export function indexedDbLearningStorage(name: string = DB_NAME): LearningStorage {
  const open = lazyDb(() =>
    openDB<LearningDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('examples', { keyPath: 'id' }).createIndex('locale', 'locale');
        d.createObjectStore('locales', { keyPath: 'code' });
      },
    }),
  );
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
    async loadLocales() {
      const all = await (await open()).getAll('locales');
      return all.map(validLocale).filter((l): l is TaughtLocale => l !== null);
    },
    async putLocale(locale) {
      const tx = (await open()).transaction('locales', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(locale), tx.done]);
    },
    async deleteLocale(code) {
      const tx = (await open()).transaction('locales', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.delete(code), tx.done]);
    },
  };
}

/** Storage that forgets on reload (tests, and pages where IndexedDB is unavailable). */
export function memoryLearningStorage(): LearningStorage {
  const records = new Map<string, unknown>();
  const locales = new Map<string, TaughtLocale>();
  return {
    loadLocales: async () => [...locales.values()].map((l) => ({ ...l })),
    putLocale: async (l) => void locales.set(l.code, { ...l }),
    deleteLocale: async (code) => void locales.delete(code),
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
