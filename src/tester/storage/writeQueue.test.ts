/** The write queue: a write at once, later changes coalesced (latest wins), failures reported. */
import { describe, expect, it } from 'vitest';
import { fakeAnnotation } from '../testing.ts';
import type { Annotation } from '../types.ts';
import { createMemoryTesterStorage } from './memory.ts';
import { createWriteQueue } from './writeQueue.ts';

describe('createWriteQueue', () => {
  it('writes at once, then what arrived meanwhile in one batch, the latest version of each record', async () => {
    const storage = createMemoryTesterStorage();
    const batches: string[][] = [];
    const put = storage.put;
    storage.put = async (records) => {
      batches.push(records.map((r) => `${r.id}:${r.note}`));
      await put(records);
    };
    const committed: Annotation[][] = [];
    const queue = createWriteQueue(storage, (r) => committed.push(r));
    const v = (id: string, note: string) => ({ ...fakeAnnotation(id, 'x', 'alarm_set'), note });
    const saves = [queue.save([v('1', 'a')]), queue.save([v('1', 'b')]), queue.save([v('2', 'a')]), queue.save([v('1', 'c')])];
    await Promise.all(saves);
    expect(batches).toEqual([['1:a'], ['1:c', '2:a']]);
    expect(committed).toHaveLength(2);
    expect((await storage.get('1')) as Annotation).toMatchObject({ note: 'c' });
    await queue.idle();
  });

  it('rejects the saves of a failed write and goes on with the next', async () => {
    const storage = createMemoryTesterStorage();
    const queue = createWriteQueue(storage, () => undefined);
    storage.fail = new Error('QuotaExceededError');
    await expect(queue.save([fakeAnnotation('1', 'x', 'alarm_set')])).rejects.toThrow('QuotaExceededError');
    storage.fail = null;
    await queue.save([fakeAnnotation('2', 'x', 'alarm_set')]);
    expect([...storage.records.keys()]).toEqual(['2']);
  });

  it('is idle at once when nothing is queued, and after the last write otherwise', async () => {
    const storage = createMemoryTesterStorage();
    const queue = createWriteQueue(storage, () => undefined);
    await queue.idle();
    void queue.save([fakeAnnotation('1', 'x', 'alarm_set')]);
    await queue.idle();
    expect(storage.records.has('1')).toBe(true);
  });
});
