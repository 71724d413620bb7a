/**
 * The IndexedDB adapter against fake-indexeddb (a complete in-memory IndexedDB for Node):
 * records round-trip, a commit is all-or-nothing, and version 1's whole-collection data is
 * split into records on upgrade, with what cannot be keyed set aside.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createDialog } from '../dialog.ts';
import { silentSound } from '../alarms/sound.ts';
import { createIndexedDbStorage } from './indexedDb.ts';

let n = 0;
const freshName = () => `polyvox-test-${++n}`;
const NOW = new Date(2025, 2, 14, 10, 0);
const alarm = { id: 'a', kind: 'alarm', at: NOW.getTime() + 3_600_000, locale: 'en-US', ringing: false };

describe('createIndexedDbStorage', () => {
  it('round-trips alarms, events, lists and items as records', async () => {
    const storage = createIndexedDbStorage(freshName());
    await storage.commit([
      { type: 'put', store: 'alarms', value: { ...alarm, kind: 'alarm' } },
      { type: 'put', store: 'events', value: { id: 'e', title: 'dentist', date: '2025-03-20', time: '16:30', locale: 'en-US' } },
      { type: 'put', store: 'lists', value: { name: 'shopping', position: 0 } },
      { type: 'put', store: 'listItems', value: { list: 'shopping', index: 0, text: 'apples' } },
      { type: 'put', store: 'listItems', value: { list: 'shopping', index: 1, text: 'pears' } },
    ]);
    await storage.commit([{ type: 'delete', store: 'listItems', key: ['shopping', 0] }]);
    const raw = await storage.load();
    expect(raw.alarms).toEqual([alarm]);
    expect(raw.events).toHaveLength(1);
    expect(raw.lists).toEqual([{ name: 'shopping', position: 0 }]);
    expect(raw.listItems).toEqual([{ list: 'shopping', index: 1, text: 'pears' }]);
  });

  it('applies none of a commit when one op fails', async () => {
    const storage = createIndexedDbStorage(freshName());
    const broken = { list: 'l', index: 0, text: () => 'functions cannot be cloned' } as unknown as { list: string; index: number; text: string };
    await expect(
      storage.commit([
        { type: 'put', store: 'lists', value: { name: 'l', position: 0 } },
        { type: 'put', store: 'listItems', value: broken },
      ]),
    ).rejects.toThrow();
    expect((await storage.load()).lists).toEqual([]);
  });

  it('upgrades version 1 (whole collections under `kv`) into records, quarantining what has no key', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('kv') });
    await v1.put('kv', [{ name: 'shopping', items: ['apples', 'pears'] }], 'lists');
    await v1.put('kv', [alarm, { kind: 'timer' }], 'alarms');
    await v1.put('kv', 'not a list', 'events');
    v1.close();

    const storage = createIndexedDbStorage(name);
    const raw = await storage.load();
    expect(raw.lists).toEqual([{ name: 'shopping', position: 0 }]);
    expect(raw.listItems).toEqual([
      { list: 'shopping', index: 0, text: 'apples' },
      { list: 'shopping', index: 1, text: 'pears' },
    ]);
    expect(raw.alarms).toEqual([alarm]);
    const db = await openDB(name);
    expect(db.objectStoreNames.contains('kv')).toBe(false);
    expect((await db.getAll('quarantine')).map((q: { reason: string }) => q.reason)).toEqual(['v1 alarms record without a key', 'v1 events is not a list']);
    db.close();
  });

  it('a v1 database holding the bricking timer opens: the timer is quarantined and reported once', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('kv') });
    await v1.put('kv', [{ id: 't', kind: 'timer', seconds: 10800000000000, at: 10801796182722284, locale: 'en-US', ringing: false }, alarm], 'alarms');
    v1.close();

    const first = createDialog({ storage: createIndexedDbStorage(name), now: () => NOW, sound: silentSound, notify: () => undefined });
    await first.ready;
    expect(first.state.getState().alarms.map((a) => a.id)).toEqual(['a']);
    expect(first.state.getState().notices.quarantined).toBe(1);
    first.dispose();

    const second = createDialog({ storage: createIndexedDbStorage(name), now: () => NOW, sound: silentSound, notify: () => undefined });
    await second.ready;
    expect(second.state.getState().notices.quarantined).toBe(0);
    expect(second.state.getState().alarms.map((a) => a.id)).toEqual(['a']);
    second.dispose();
  });
});
