/**
 * The storage pieces on their own: the diff writes only what changed, the writer commits in
 * order, coalesces bursts and reports failures, and loading sets bad records aside.
 */
import { describe, expect, it } from 'vitest';
import { initialDialogState, type Alarm, type DialogState } from '../state.ts';
import { diffOps } from './diff.ts';
import { hydrate } from './hydrate.ts';
import { createMemoryStorage } from './memory.ts';
import type { DialogStorage, StorageOp } from './types.ts';
import { createWriter } from './writer.ts';

const NOW = new Date(2025, 2, 14, 10, 0);
const alarm = (id: string, at = NOW.getTime() + 60_000): Alarm => ({ id, kind: 'alarm', at, locale: 'en-US', ringing: false });
const state = (patch: Partial<DialogState>): DialogState => ({ ...initialDialogState(), ...patch });

describe('diffOps', () => {
  it('adding the 1,001st item of a list writes that one item only', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `item ${i}`);
    const prev = state({ lists: [{ name: 'shopping', items }] });
    const next = state({ lists: [{ name: 'shopping', items: [...items, 'pears'] }] });
    expect(diffOps(prev, next)).toEqual([{ type: 'put', store: 'listItems', value: { list: 'shopping', index: 1000, text: 'pears' } }]);
  });

  it('puts new and changed alarms, deletes removed ones, leaves the rest alone', () => {
    const a = alarm('a');
    const b = alarm('b');
    const prev = state({ alarms: [a, b] });
    const snoozed = { ...b, at: b.at + 300_000 };
    const next = state({ alarms: [snoozed, alarm('c')] });
    expect(diffOps(prev, next)).toEqual([
      { type: 'put', store: 'alarms', value: snoozed },
      { type: 'put', store: 'alarms', value: alarm('c') },
      { type: 'delete', store: 'alarms', key: 'a' },
    ]);
  });

  it('removing an item renumbers the rest; deleting a list deletes its items', () => {
    const prev = state({ lists: [{ name: 'l', items: ['a', 'b', 'c'] }, { name: 'm', items: ['x'] }] });
    const next = state({ lists: [{ name: 'l', items: ['a', 'c'] }] });
    expect(diffOps(prev, next)).toEqual([
      { type: 'put', store: 'listItems', value: { list: 'l', index: 1, text: 'c' } },
      { type: 'delete', store: 'listItems', key: ['l', 2] },
      { type: 'delete', store: 'lists', key: 'm' },
      { type: 'delete', store: 'listItems', key: ['m', 0] },
    ]);
  });
});

/** A storage whose commits wait until the test releases them. */
function gatedStorage() {
  const inner = createMemoryStorage();
  const batches: StorageOp[][] = [];
  const gates: (() => void)[] = [];
  const storage: DialogStorage = {
    load: inner.load,
    quarantine: inner.quarantine,
    commit: async (ops) => {
      batches.push([...ops]);
      await new Promise<void>((resolve) => gates.push(resolve));
      await inner.commit(ops);
    },
  };
  return { storage, inner, batches, release: () => gates.shift()?.() };
}

const put = (id: string, at?: number): StorageOp => ({ type: 'put', store: 'alarms', value: alarm(id, at) });

describe('createWriter', () => {
  it('resolves a write only once its commit is done', async () => {
    const { storage, inner, release } = gatedStorage();
    const writer = createWriter(storage, () => undefined);
    let done = false;
    const w = writer.write([put('a')]).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(inner.data.records.alarms.size).toBe(0);
    release();
    await w;
    expect(done).toBe(true);
    expect(inner.data.records.alarms.size).toBe(1);
  });

  it('coalesces a burst of 50 writes behind the one in flight into one commit, latest op per record winning', async () => {
    const { storage, inner, batches, release } = gatedStorage();
    const writer = createWriter(storage, () => undefined);
    const first = writer.write([put('first')]);
    const burst = Array.from({ length: 50 }, (_, i) => writer.write([put('x', NOW.getTime() + i), put(`y${i}`)]));
    release();
    await first;
    await Promise.resolve();
    release();
    await Promise.all(burst);
    expect(batches.map((b) => b.length)).toEqual([1, 51]);
    const x = inner.data.records.alarms.get('"x"') as Alarm;
    expect(x.at).toBe(NOW.getTime() + 49);
    expect(inner.data.records.alarms.size).toBe(52);
  });

  it('rejects the writes of a failed commit, reports the error, and keeps working afterwards', async () => {
    const storage = createMemoryStorage();
    const errors: unknown[] = [];
    const writer = createWriter(storage, (e) => errors.push(e));
    storage.fail = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await expect(writer.write([put('a')])).rejects.toThrow('quota');
    expect(errors).toHaveLength(1);
    storage.fail = null;
    await writer.write([put('b')]);
    expect([...storage.data.records.alarms.keys()]).toEqual(['"b"']);
  });

  it('flush commits what is queued without waiting for the commit in flight', async () => {
    const { storage, batches, release } = gatedStorage();
    const writer = createWriter(storage, () => undefined);
    void writer.write([put('a')]);
    void writer.write([put('b')]);
    expect(batches).toHaveLength(1);
    const flushed = writer.flush();
    expect(batches).toHaveLength(2);
    release();
    release();
    await flushed;
  });
});

describe('hydrate', () => {
  it('sets aside the record that bricked the app (a 3,000,000,000-hour timer) and keeps the rest', () => {
    const bad = { id: 't', kind: 'timer', seconds: 10800000000000, at: 10801796182722284, locale: 'en-US', ringing: false };
    const good = alarm('g');
    const out = hydrate({ alarms: [bad, good], events: [], lists: [], listItems: [] }, NOW);
    expect(out.alarms).toEqual([good]);
    expect(out.quarantine).toEqual([{ store: 'alarms', key: 't', value: bad, reason: 'alarm time out of range', at: NOW.getTime() }]);
  });

  it('rejects events outside ±100 years, impossible days and clock times, and records that are not records', () => {
    const event = (date: string, time?: string) => ({ id: date + (time ?? ''), title: 'x', date, locale: 'en-US', ...(time ? { time } : {}) });
    const raw = { alarms: [null, 'x', 42], events: [event('10240-01-01'), event('2025-02-30'), event('2025-03-20', '24:30'), event('1900-01-01'), event('2025-03-20', '16:30')], lists: [], listItems: [] };
    const out = hydrate(raw, NOW);
    expect(out.events.map((e) => e.id)).toEqual(['2025-03-2016:30']);
    expect(out.quarantine.map((q) => q.reason)).toEqual([
      'not a record',
      'not a record',
      'not a record',
      'event date out of range',
      'event date out of range',
      'event time is not a clock time',
      'event date out of range',
    ]);
  });

  it('rebuilds lists from item records, renumbering around a bad item and recreating a lost list record', () => {
    const raw = {
      alarms: [],
      events: [],
      lists: [{ name: 'shopping', position: 0 }],
      listItems: [
        { list: 'shopping', index: 2, text: 'pears' },
        { list: 'shopping', index: 0, text: 'apples' },
        { list: 'shopping', index: 1, text: { html: '<b>' } },
        { list: 'todo', index: 0, text: 'call mum' },
      ],
    };
    const out = hydrate(raw, NOW);
    expect(out.lists).toEqual([
      { name: 'shopping', items: ['apples', 'pears'] },
      { name: 'todo', items: ['call mum'] },
    ]);
    expect(out.quarantine).toHaveLength(1);
    // Their order does not matter: the writer keeps the latest op per record.
    expect(out.repair).toHaveLength(3);
    expect(out.repair).toEqual(
      expect.arrayContaining([
        { type: 'delete', store: 'listItems', key: ['shopping', 2] },
        { type: 'put', store: 'listItems', value: { list: 'shopping', index: 1, text: 'pears' } },
        { type: 'put', store: 'lists', value: { name: 'todo', position: 3 } },
      ]),
    );
  });
});
