/**
 * The tester store over memory storage: a turn is parsed, saved at once and shown as saved
 * only once it is on disk; corrections; a reload gets everything back and quarantines what
 * cannot be read; two stores on one storage (two tabs) see each other's records; import,
 * export and clear; `onAnnotation` hears every saved change.
 */
import { describe, expect, it } from 'vitest';
import type { TesterChannel } from './storage/broadcast.ts';
import { createMemoryTesterStorage } from './storage/memory.ts';
import { createTesterStore } from './store.ts';
import { fakeResult } from './testing.ts';
import type { Annotation, ParseFn, TesterBroadcast } from './types.ts';

const O = 'Other';
const parse: ParseFn = async (text, locale) =>
  fakeResult(text, text.includes('light') ? 'iot_hue_lightoff' : 'alarm_set', locale, text.split(' ').map(() => O), 0.7);

/** Channels that deliver to every other channel of the same bus, like BroadcastChannel. */
function bus() {
  const members = new Set<(m: TesterBroadcast) => void>();
  return (): TesterChannel => {
    let mine: ((m: TesterBroadcast) => void) | null = null;
    return {
      post: (m) => queueMicrotask(() => [...members].filter((l) => l !== mine).forEach((l) => l(structuredClone(m)))),
      subscribe(listener) {
        mine = listener;
        members.add(listener);
        return () => members.delete(listener);
      },
      close: () => mine && members.delete(mine),
    };
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function makeStore(storage = createMemoryTesterStorage(), extra: Partial<Parameters<typeof createTesterStore>[0]> = {}) {
  let t = Date.UTC(2026, 11, 2, 10, 0, 0);
  return createTesterStore({ storage, parse, now: () => (t += 1000), newId: (ms) => `id-${ms}`, ...extra });
}

describe('createTesterStore', () => {
  it('adds a parsed turn, saves it at once, and shows it saved only after the write', async () => {
    const storage = createMemoryTesterStorage();
    let release!: () => void;
    const put = storage.put;
    storage.put = async (r) => {
      await new Promise<void>((resolve) => (release = resolve));
      await put(r);
    };
    const store = makeStore(storage);
    await store.getState().load();
    const turn = await store.getState().submit('wake me at five', 'en-US');
    expect(turn).toMatchObject({ intent: 'alarm_set', judgement: null, locale: 'en-US' });
    expect(store.getState().activeId).toBe(turn!.id);
    expect(store.getState().unsaved.has(turn!.id)).toBe(true);
    await settle();
    release();
    await settle();
    expect(store.getState().unsaved.size).toBe(0);
    expect(storage.records.has(turn!.id)).toBe(true);
  });

  it('records a judgement, a corrected intent and slots, and a note; all survive a reload', async () => {
    const storage = createMemoryTesterStorage();
    const heard: Annotation[] = [];
    const store = makeStore(storage, { onAnnotation: (a) => heard.push(a) });
    await store.getState().load();
    store.getState().setLabels({ intents: ['alarm_set', 'alarm_query'], slots: [O, 'time'], scenarios: { alarm_set: 'alarm', alarm_query: 'alarm' } });
    const a = (await store.getState().submit('wake me at five', 'en-US'))!;
    const b = (await store.getState().submit('lights off', 'en-US'))!;
    store.getState().judge(b.id, 'right');
    store.getState().judge(a.id, 'wrong');
    store.getState().setIntent(a.id, 'alarm_query');
    store.getState().setSlot(a.id, 3, 4, 'time');
    store.getState().setSlot(a.id, 2, 3, 'time');
    store.getState().removeSlot(a.id, 2);
    store.getState().setSlot(a.id, 3, 4, 'time');
    store.getState().setNote(a.id, 'five in the morning');
    await settle();
    expect(store.getState().unsaved.size).toBe(0);
    expect(heard.at(-1)).toMatchObject({ id: a.id, note: 'five in the morning' });

    const reloaded = makeStore(storage);
    await reloaded.getState().load();
    const got = reloaded.getState().annotations;
    expect(got.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(got[0]).toMatchObject({ judgement: 'wrong', intent: 'alarm_query', scenario: 'alarm', wordLabels: [O, O, O, 'time'], corrected: true, note: 'five in the morning' });
    expect(got[1]).toMatchObject({ judgement: 'right', corrected: false });
  });

  it('quarantines stored records that cannot be read, and starts regardless', async () => {
    const storage = createMemoryTesterStorage();
    const first = makeStore(storage);
    await first.getState().load();
    await first.getState().submit('wake me at five', 'en-US');
    await settle();
    storage.records.set('bad', { id: 'bad', utt: 42 });
    const store = makeStore(storage);
    await store.getState().load();
    expect(store.getState().annotations).toHaveLength(1);
    expect(store.getState().quarantined).toBe(1);
    expect(storage.records.has('bad')).toBe(false);
    expect(storage.quarantined[0]).toMatchObject({ reason: 'no usable locale', value: { id: 'bad' } });
  });

  it('shows a failed save and writes it again on retry', async () => {
    const storage = createMemoryTesterStorage();
    const store = makeStore(storage);
    await store.getState().load();
    storage.fail = new Error('no space left');
    const a = (await store.getState().submit('wake me', 'en-US'))!;
    await settle();
    expect(store.getState().saveError).toBe('no space left');
    expect(store.getState().unsaved.has(a.id)).toBe(true);
    storage.fail = null;
    await store.getState().retrySaves();
    expect(store.getState().saveError).toBeNull();
    expect(storage.records.has(a.id)).toBe(true);
  });

  it('keeps a parse failure apart from the turns', async () => {
    const store = makeStore(createMemoryTesterStorage(), { parse: () => Promise.reject(new Error('worker crashed')) });
    expect(await store.getState().submit('x', 'en-US')).toBeNull();
    expect(store.getState()).toMatchObject({ parseError: 'worker crashed', parsing: false, annotations: [] });
  });

  it('two tabs on one storage see each other\'s new and changed records', async () => {
    const storage = createMemoryTesterStorage();
    const channel = bus();
    let t1 = 0;
    let t2 = 0;
    const tab1 = createTesterStore({ storage, parse, now: () => (t1 += 10), newId: (ms) => `a-${ms}` });
    const tab2 = createTesterStore({ storage, parse, now: () => (t2 += 10), newId: (ms) => `b-${ms}` });
    tab1.getState().connect(channel());
    const disconnect = tab2.getState().connect(channel());
    await Promise.all([tab1.getState().load(), tab2.getState().load()]);
    const x = (await tab1.getState().submit('wake me', 'en-US'))!;
    const y = (await tab2.getState().submit('lights off', 'en-US'))!;
    await settle();
    await settle();
    expect(tab1.getState().annotations.map((a) => a.id)).toEqual([x.id, y.id]);
    expect(tab2.getState().annotations.map((a) => a.id)).toEqual([x.id, y.id]);
    tab2.getState().judge(x.id, 'wrong');
    await settle();
    await settle();
    expect(tab1.getState().annotations[0]!.judgement).toBe('wrong');
    await tab1.getState().clearAll();
    await settle();
    expect(tab2.getState().annotations).toEqual([]);
    expect(storage.records.size).toBe(0);
    disconnect();
    await tab1.getState().submit('lights off', 'en-US');
    await settle();
    await settle();
    expect(tab2.getState().annotations).toEqual([]);
  });

  it('exports, clears, imports (merging by id) and exports the same bytes', async () => {
    const storage = createMemoryTesterStorage();
    const store = makeStore(storage);
    await store.getState().load();
    for (const text of ['wake me at five', 'lights off', 'wake me at six']) {
      const a = (await store.getState().submit(text, 'en-US'))!;
      store.getState().judge(a.id, text.includes('six') ? 'wrong' : 'right');
    }
    await settle();
    const first = store.getState().exportText();
    expect(first.split('\n')).toHaveLength(4);
    await store.getState().clearAll();
    expect(store.getState().annotations).toEqual([]);
    expect(await store.getState().importText(first)).toEqual({ added: 3, replaced: 0, errors: [] });
    expect(store.getState().exportText()).toBe(first);
    expect(await store.getState().importText(first)).toEqual({ added: 0, replaced: 3, errors: [] });
    expect(storage.records.size).toBe(3);
  });
});
