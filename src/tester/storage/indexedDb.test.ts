/**
 * The tester's IndexedDB storage against fake-indexeddb: per-record round trips, a write is
 * all-or-nothing, two connections (two tabs) never lose each other's records, clear, and the
 * quarantine of records that cannot be read.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { judge } from '../edits.ts';
import { fakeAnnotation } from '../testing.ts';
import type { Annotation } from '../types.ts';
import { createIndexedDbTesterStorage } from './indexedDb.ts';

let n = 0;
const freshName = () => `polyvox-tester-test-${++n}`;
const a = (id: string, text = 'wake me at five') => judge(fakeAnnotation(id, text, 'alarm_set'), 'right', 1);

describe('createIndexedDbTesterStorage', () => {
  it('round-trips records by id; a put replaces only its own record', async () => {
    const storage = createIndexedDbTesterStorage(freshName());
    await storage.put([a('1'), a('2')]);
    await storage.put([{ ...a('2'), note: 'changed' }]);
    expect(await storage.get('2')).toMatchObject({ id: '2', note: 'changed' });
    expect(((await storage.loadAll()) as Annotation[]).map((r) => [r.id, r.note])).toEqual([['1', ''], ['2', 'changed']]);
    expect(await storage.get('nope')).toBeUndefined();
  });

  it('applies none of a write when one record cannot be stored', async () => {
    const storage = createIndexedDbTesterStorage(freshName());
    const broken = { ...a('2'), note: () => 'functions cannot be cloned' } as unknown as Annotation;
    await expect(storage.put([a('1'), broken])).rejects.toThrow();
    expect(await storage.loadAll()).toEqual([]);
  });

  it('keeps both tabs\' records when two connections write at once', async () => {
    const name = freshName();
    const tab1 = createIndexedDbTesterStorage(name);
    const tab2 = createIndexedDbTesterStorage(name);
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => tab1.put([a(`one-${i}`)])),
      ...Array.from({ length: 20 }, (_, i) => tab2.put([a(`two-${i}`)])),
    ]);
    expect(await tab1.loadAll()).toHaveLength(40);
    expect(await tab2.get('one-19')).toMatchObject({ id: 'one-19' });
  });

  it('clears the annotations and moves unreadable records to the quarantine', async () => {
    const name = freshName();
    const storage = createIndexedDbTesterStorage(name);
    await storage.put([a('1'), a('2')]);
    await storage.quarantine([{ key: '2', value: { id: '2' }, reason: 'broken', at: 5 }]);
    expect(((await storage.loadAll()) as Annotation[]).map((r) => r.id)).toEqual(['1']);
    await storage.clear();
    expect(await storage.loadAll()).toEqual([]);
    const db = await openDB(name);
    expect(await db.getAll('quarantine')).toEqual([{ value: { id: '2' }, reason: 'broken', at: 5 }]);
    db.close();
  });
});
