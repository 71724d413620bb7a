/**
 * What a hostile tester found, as tests: values no skill may store (a 3,000,000,000-hour
 * timer, the year 10240), replies that come only after the change is durable, failed writes
 * that are said out loud, and a burst of 1,000 list items that all survive a "crash".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toAssistantReply } from '../assistant/reply.ts';
import { createMemoryStorage } from './storage/memory.ts';
import type { DialogStorage } from './storage/types.ts';
import { understood as u, testDialog } from '../../testing/dialog.ts';

const NOW = new Date(2025, 2, 14, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('values out of range are refused, never stored', () => {
  it.each([
    ['set a 3000000000 hour timer', '3000000000 hour'],
    ['set an alarm in 3000000000 hours', 'in 3000000000 hours'],
    ['set a timer for 1e9 seconds', '1e9 seconds'],
  ])('"%s" → timerTooLong', async (text, time) => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('alarm_set', text, [['time', time]]));
    expect(turn.reply).toEqual({ key: 'timerTooLong', params: { max: '168 hours' } });
    expect(dialog.state.getState().alarms).toEqual([]);
  });

  it('"set a timer for -5 minutes" → timerTooShort', async () => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('alarm_set', 'set a timer for -5 minutes', [['time', '-5 minutes']]));
    expect(turn.reply.key).toBe('timerTooShort');
    expect(dialog.state.getState().alarms).toEqual([]);
  });

  it.each(['in 99999999999 days', 'in 3000000 days', '1 january 1900'])('a calendar event "%s" → dateOutOfRange', async (date) => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('calendar_set', `add dentist ${date}`, [['event_name', 'dentist'], ['date', date]]));
    expect(turn.reply.key).toBe('dateOutOfRange');
    expect(dialog.state.getState().events).toEqual([]);
  });

  it('"what day is in 99999999999 days" is out of range, not a crash', async () => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('datetime_query', 'what day is in 99999999999 days', [['date', 'in 99999999999 days']]));
    expect(turn.reply.key).toBe('dateOutOfRange');
  });

  it('an alarm more than a year ahead is refused (that is a calendar entry)', async () => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('alarm_set', 'wake me up at seven on 1 january 2126', [['time', 'seven'], ['date', '1 january 2126']]));
    expect(turn.reply.key).toBe('alarmTooFar');
    expect(dialog.state.getState().alarms).toEqual([]);
  });

  it('an alarm on a day in the past is refused, not rung at once', async () => {
    const { dialog } = testDialog({ now: () => NOW });
    const turn = await dialog.handle(u('alarm_set', 'wake me up at seven on 1 january 1900', [['time', 'seven'], ['date', '1 january 1900']]));
    expect(turn.reply.key).toBe('dateOutOfRange');
    expect(dialog.state.getState().alarms).toEqual([]);
  });
});

/** Memory storage whose commits take `ms` of real time, like a disk. */
function slowStorage(ms: number) {
  const inner = createMemoryStorage();
  const storage: DialogStorage = {
    load: inner.load,
    quarantine: inner.quarantine,
    commit: async (ops) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await inner.commit(ops);
    },
  };
  return { storage, inner };
}

describe('the unnamed default list', () => {
  it('"add milk" with no list named is added, kept, and loaded again', async () => {
    const storage = createMemoryStorage();
    const { dialog } = testDialog({ storage, now: () => NOW });
    const turn = await dialog.handle(u('lists_createoradd', 'add milk', []));
    expect(turn.reply.key).toBe('listAddedDefault');
    const next = testDialog({ storage, now: () => NOW }).dialog;
    await next.ready;
    expect(next.state.getState().lists).toEqual([{ name: '', items: ['milk'] }]);
    expect(next.state.getState().notices.quarantined).toBe(0);
  });
});

describe('durable replies', () => {
  it('answers only after the change is written', async () => {
    const { storage, inner } = slowStorage(20);
    const { dialog } = testDialog({ storage, now: () => NOW });
    const turn = await dialog.handle(u('lists_createoradd', 'add oat milk to my shopping list', [['list_name', 'shopping']]));
    expect(turn.reply.key).toBe('listAdded');
    expect([...inner.data.records.listItems.values()]).toEqual([{ list: 'shopping', index: 0, text: 'oat milk' }]);
  });

  it('1,000 items added in bursts of 50: every item whose reply came is on disk for the next visit', async () => {
    const { storage, inner } = slowStorage(2);
    const { dialog } = testDialog({ storage, now: () => NOW });
    let replied = 0;
    for (let burst = 0; burst < 20; burst++) {
      const turns = await Promise.all(
        Array.from({ length: 50 }, (_, i) => dialog.handle(u('lists_createoradd', `add item${burst * 50 + i} to my shopping list`, [['list_name', 'shopping']]))),
      );
      replied += turns.filter((t) => t.reply.key === 'listAdded' && !t.notSaved).length;
    }
    expect(replied).toBe(1000);
    // "Kill" the page here: nothing more is written. A new visit reads what is on disk.
    const next = testDialog({ storage: inner, now: () => NOW }).dialog;
    await next.ready;
    const items = next.state.getState().lists.find((l) => l.name === 'shopping')?.items ?? [];
    expect(items).toHaveLength(1000);
    expect(new Set(items).size).toBe(1000);
  });

  it('a failed write is said in the reply and shown as a notice; the next write works again', async () => {
    const storage = createMemoryStorage();
    const { dialog } = testDialog({ storage, now: () => NOW });
    await dialog.ready;
    storage.fail = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const turn = await dialog.handle(u('lists_createoradd', 'add oat milk to my shopping list', [['list_name', 'shopping']]));
    expect(turn.notSaved).toBe(true);
    expect(toAssistantReply(turn).text).toBe('Added oat milk to shopping. But I could not save it on this device, so it will be gone after a reload.');
    expect(dialog.state.getState().notices.storageError).toBe('the browser has no storage space left for this site');
    storage.fail = null;
    const ok = await dialog.handle(u('lists_createoradd', 'add pears to my shopping list', [['list_name', 'shopping']]));
    expect(ok.notSaved).toBeUndefined();
    dialog.dismissNotices();
    expect(dialog.state.getState().notices).toEqual({ quarantined: 0, storageError: null });
  });

  it('a database that cannot be opened: the assistant still answers, says nothing is kept, and shows why', async () => {
    const storage: DialogStorage = {
      load: () => Promise.reject(Object.assign(new Error('denied'), { name: 'InvalidStateError' })),
      commit: () => Promise.reject(Object.assign(new Error('denied'), { name: 'InvalidStateError' })),
      quarantine: () => Promise.resolve(),
    };
    const { dialog } = testDialog({ storage, now: () => NOW });
    const turn = await dialog.handle(u('iot_hue_lighton', 'turn on the light'));
    expect(turn.reply.key).toBe('lightOn');
    const add = await dialog.handle(u('lists_createoradd', 'add tea to my shopping list', [['list_name', 'shopping']]));
    expect(add.notSaved).toBe(true);
    expect(dialog.state.getState().notices.storageError).toBe('this window does not allow saving (private mode or blocked storage)');
  });
});
