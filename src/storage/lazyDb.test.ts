import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { lazyDb } from './lazyDb.ts';

/** A stand-in connection: an EventTarget with close(). */
function fakeDb(): IDBPDatabase<unknown> & { closed: boolean } {
  const target = new EventTarget() as EventTarget & { closed: boolean; close(): void };
  target.closed = false;
  target.close = () => void (target.closed = true);
  return target as unknown as IDBPDatabase<unknown> & { closed: boolean };
}

describe('lazyDb', () => {
  it('opens once and shares the connection', async () => {
    let opens = 0;
    const get = lazyDb(async () => (opens++, fakeDb()));
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(opens).toBe(1);
  });

  it('closes on versionchange (another tab upgrades) and reopens on the next use', async () => {
    const dbs: ReturnType<typeof fakeDb>[] = [];
    const get = lazyDb(async () => {
      const d = fakeDb();
      dbs.push(d);
      return d;
    });
    const first = await get();
    first.dispatchEvent(new Event('versionchange'));
    expect(dbs[0]!.closed).toBe(true);
    const second = await get();
    expect(second).not.toBe(first);
    expect(dbs).toHaveLength(2);
  });

  it('retries an open that failed', async () => {
    let attempt = 0;
    const get = lazyDb(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('QuotaExceededError');
      return fakeDb();
    });
    await expect(get()).rejects.toThrow('QuotaExceededError');
    await expect(get()).resolves.toBeDefined();
    expect(attempt).toBe(2);
  });
});
