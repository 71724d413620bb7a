/**
 * The tester's state (a zustand vanilla store, one per view, no globals): the annotations,
 * which of them are not on disk yet, and the actions a tester takes. Every change is saved as
 * its own record at once (storage/writeQueue.ts); the other tabs hear of it through a
 * connected channel and read the record back. `onAnnotation` hears every saved change (for
 * on-device learning).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { judge, makeId, newAnnotation, scenarioOf, withIntent, withLabels, withNote } from './edits.ts';
import { exportJsonl, importJsonl } from './massiveJsonl.ts';
import { removeSpanAt, setSpan } from './slots.ts';
import type { TesterChannel } from './storage/broadcast.ts';
import { createWriteQueue } from './storage/writeQueue.ts';
import type { Annotation, AnnotationListener, Judgement, ParseFn, TesterLabels, TesterStorage } from './types.ts';
import { validateAnnotation } from './validate.ts';

/** What an import did, for the message under the button. */
export interface ImportReport {
  added: number;
  replaced: number;
  errors: string[];
}

/** State and actions. */
export interface TesterState {
  /** Every annotation, by id (creation order). */
  annotations: Annotation[];
  /** False until the stored annotations are read. */
  loaded: boolean;
  /** Why the stored annotations could not be read (the view works on, unsaved). */
  loadError: string | null;
  /** Records set aside on load because they could not be read. */
  quarantined: number;
  /** Ids whose latest change is not on disk yet. */
  unsaved: ReadonlySet<string>;
  /** Why the last save failed; null once a save succeeds. */
  saveError: string | null;
  /** The turn the shortcuts act on. */
  activeId: string | null;
  /** True while an utterance is being parsed. */
  parsing: boolean;
  parseError: string | null;
  labels: TesterLabels | null;
  /** Why the labels could not be loaded (corrections wait for them). */
  labelsError: string | null;
  lastImport: ImportReport | null;

  load(): Promise<void>;
  /** Tells `channel` (the other tabs) of every save and listens to theirs; returns the disconnect function. */
  connect(channel: TesterChannel): () => void;
  setLabels(labels: TesterLabels): void;
  setLabelsError(message: string): void;
  /** Parses `text` in `locale` and adds the turn (saved at once); null if it failed. */
  submit(text: string, locale: string): Promise<Annotation | null>;
  select(id: string | null): void;
  judge(id: string, judgement: Judgement): void;
  setIntent(id: string, intent: string): void;
  /** Labels words `[start, end)` with `label`. */
  setSlot(id: string, start: number, end: number, label: string): void;
  /** Removes the slot around word `index`. */
  removeSlot(id: string, index: number): void;
  setNote(id: string, note: string): void;
  /** Writes again whatever is not on disk (after a failed save). */
  retrySaves(): Promise<void>;
  exportText(): string;
  /** Merges a JSONL file (same id: replaced); resolves once it is on disk. */
  importText(text: string): Promise<ImportReport>;
  /** Deletes every annotation, here and on disk. */
  clearAll(): Promise<void>;
}

/** What a tester store needs. */
export interface TesterStoreOptions {
  storage: TesterStorage;
  parse: ParseFn;
  now?: () => number;
  newId?: (now: number) => string;
  onAnnotation?: AnnotationListener;
}

export type TesterStore = StoreApi<TesterState>;

const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** `list` with `records` put in (same id replaced), ordered by id. */
function merged(list: readonly Annotation[], records: readonly Annotation[]): Annotation[] {
  const map = new Map(list.map((a) => [a.id, a]));
  for (const r of records) map.set(r.id, r);
  return [...map.values()].sort(byId);
}

/** Creates a tester store; call `load()` once to read what is stored. */
export function createTesterStore(options: TesterStoreOptions): TesterStore {
  const now = options.now ?? Date.now;
  let lastMs = 0;
  // Ids of one tab must sort in creation order even within one millisecond.
  const nextId = (ms: number) => {
    lastMs = Math.max(ms, lastMs + 1);
    return (options.newId ?? makeId)(lastMs);
  };

  const store = createStore<TesterState>()((set, get) => {
    let channel: TesterChannel | null = null;
    const queue = createWriteQueue(options.storage, (records) => {
      channel?.post({ type: 'saved', ids: records.map((r) => r.id) });
      for (const r of records) options.onAnnotation?.(r);
    });

    /** Puts records in the state and on disk; `unsaved` tracks each one until its write lands. */
    const persist = (records: Annotation[]): Promise<void> => {
      set((s) => ({ annotations: merged(s.annotations, records), unsaved: new Set([...s.unsaved, ...records.map((r) => r.id)]) }));
      const versions = new Map(records.map((r) => [r.id, r]));
      return queue.save(records).then(
        () =>
          set((s) => {
            // A newer change made meanwhile is still on its way: only the saved version clears.
            const unsaved = new Set(s.unsaved);
            for (const a of s.annotations) if (versions.get(a.id) === a) unsaved.delete(a.id);
            return { unsaved, saveError: null };
          }),
        (err: unknown) => {
          set({ saveError: messageOf(err) });
          throw err;
        },
      );
    };

    const update = (id: string, change: (a: Annotation) => Annotation) => {
      const a = get().annotations.find((x) => x.id === id);
      if (!a) return;
      void persist([change(a)]).catch(() => undefined);
    };

    /** Reads records another tab saved; a record with an unsaved change here is left alone. */
    const refresh = async (ids: readonly string[]) => {
      const fresh: Annotation[] = [];
      for (const id of ids) {
        if (get().unsaved.has(id)) continue;
        const checked = validateAnnotation(await options.storage.get(id));
        if (typeof checked !== 'string') fresh.push(checked);
      }
      if (fresh.length) set((s) => ({ annotations: merged(s.annotations, fresh) }));
    };

    const load = async () => {
      let raw: unknown[];
      try {
        raw = await options.storage.loadAll();
      } catch (err) {
        set({ loaded: true, loadError: messageOf(err) });
        return;
      }
      const good: Annotation[] = [];
      const bad: { value: unknown; reason: string; at: number; key?: string }[] = [];
      for (const value of raw) {
        const checked = validateAnnotation(value);
        if (typeof checked !== 'string') {
          good.push(checked);
          continue;
        }
        const key = (value as { id?: unknown } | null)?.id;
        bad.push({ value, reason: checked, at: now(), ...(typeof key === 'string' ? { key } : {}) });
      }
      if (bad.length) await options.storage.quarantine(bad).catch(() => undefined);
      set((s) => ({ annotations: merged(good, s.annotations), loaded: true, loadError: null, quarantined: bad.length }));
    };

    return {
      annotations: [],
      loaded: false,
      loadError: null,
      quarantined: 0,
      unsaved: new Set(),
      saveError: null,
      activeId: null,
      parsing: false,
      parseError: null,
      labels: null,
      labelsError: null,
      lastImport: null,

      load,
      connect(next) {
        channel = next;
        const unsubscribe = next.subscribe((message) => {
          if (message.type === 'saved') void refresh(message.ids);
          else set({ annotations: [], activeId: null });
        });
        return () => {
          unsubscribe();
          if (channel === next) channel = null;
        };
      },
      setLabels: (labels) => set({ labels, labelsError: null }),
      setLabelsError: (labelsError) => set({ labelsError }),

      async submit(text, locale) {
        set({ parsing: true, parseError: null });
        let annotation: Annotation;
        try {
          const result = await options.parse(text, locale);
          const t = now();
          annotation = newAnnotation(nextId(t), result, t);
        } catch (err) {
          set({ parsing: false, parseError: messageOf(err) });
          return null;
        }
        set({ parsing: false, activeId: annotation.id });
        void persist([annotation]).catch(() => undefined);
        return annotation;
      },

      select: (activeId) => set({ activeId }),
      judge: (id, judgement) => update(id, (a) => judge(a, judgement, now(), get().labels?.scenarios)),
      setIntent: (id, intent) => update(id, (a) => withIntent(a, intent, scenarioOf(intent, get().labels?.scenarios), now())),
      setSlot: (id, start, end, label) => update(id, (a) => withLabels(a, setSpan(a.wordLabels, start, end, label), now())),
      removeSlot: (id, index) => update(id, (a) => withLabels(a, removeSpanAt(a.wordLabels, index), now())),
      setNote: (id, note) => update(id, (a) => withNote(a, note, now())),

      async retrySaves() {
        const { annotations, unsaved } = get();
        await persist(annotations.filter((a) => unsaved.has(a.id))).catch(() => undefined);
      },

      exportText: () => exportJsonl(get().annotations),

      async importText(text) {
        const { annotations, errors } = importJsonl(text, now());
        const known = new Set(get().annotations.map((a) => a.id));
        const replaced = annotations.filter((a) => known.has(a.id)).length;
        const report = { added: annotations.length - replaced, replaced, errors };
        await persist(annotations);
        set({ lastImport: report });
        return report;
      },

      async clearAll() {
        // Queued writes land first, or they would bring records back after the clear.
        await queue.idle();
        await options.storage.clear();
        set({ annotations: [], unsaved: new Set(), activeId: null, lastImport: null });
        channel?.post({ type: 'cleared' });
      },
    };
  });
  return store;
}
