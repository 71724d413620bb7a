/**
 * The dialogue manager: takes what the NLU understood, asks a skill, checks and applies its
 * actions to the store, writes what changed (and replies only once it is written), schedules
 * alarms and rings them, and keeps a one-question follow-up context.
 */
import type { Reply } from '../i18n/replies/catalog.ts';
import { createScheduler } from './alarms/scheduler.ts';
import { browserNotify, createWebAudioSound, type AlarmSound } from './alarms/sound.ts';
import { applyActions } from './apply.ts';
import { checkActions } from './checkActions.ts';
import { formatDuration, formatTime } from './format.ts';
import { answers, completed, isCancel, type Pending } from './followUp.ts';
import { langOf } from './normalize/index.ts';
import { repairIntent } from './repair/index.ts';
import { alarmLabel } from './skills/alarm.ts';
import { skillFor } from './skills/registry.ts';
import { createDialogStore, initialDialogState, type DialogState, type DialogStore } from './state.ts';
import { diffOps } from './storage/diff.ts';
import { hydrate } from './storage/hydrate.ts';
import { createIndexedDbStorage, describeStorageError, hasIndexedDb } from './storage/indexedDb.ts';
import { createMemoryStorage } from './storage/memory.ts';
import type { DialogStorage } from './storage/types.ts';
import { createWriter } from './storage/writer.ts';
import type { Awaiting, SkillResult, Turn, Understood } from './types.ts';

/** What the dialog needs from its surroundings; every field has a browser default. */
export interface DialogDeps {
  now?: () => Date;
  storage?: DialogStorage;
  sound?: AlarmSound;
  /** Called with a short text when an alarm rings (default: a system notification if permitted). */
  notify?: (text: string) => void;
  /** Called with the ringing reply, so the app can show and speak it. */
  onRing?: (turn: Turn) => void;
  newId?: () => string;
  /** How long a follow-up question stays open (ms, default 60 s). */
  followUpMs?: number;
  /** Below this NLU confidence the dialog says it did not understand (default 0.3). */
  minConfidence?: number;
  /** Snooze length in minutes (default 5). */
  snoozeMinutes?: number;
  /** The alarm sound stops after this long (ms, default 60 s); the alarm stays visibly ringing. */
  ringMs?: number;
}

export interface Dialog {
  /** Answers one utterance. */
  handle(u: Understood): Promise<Turn>;
  /** The dialog's vanilla zustand store (devices, alarms, lists, events, audio). */
  state: DialogStore;
  /** Resolves once persisted lists, events and alarms are loaded. */
  ready: Promise<void>;
  /** The question waiting for an answer, if any (and not expired). */
  awaiting(): Awaiting | null;
  /** Snoozes an alarm (stops it ringing, rings again in `snoozeMinutes`). */
  snooze(id: string): Turn | null;
  /** Removes an alarm or timer. */
  removeAlarm(id: string): Turn | null;
  /** Starts writing whatever is queued at once (call on `pagehide` / hidden); resolves when written. */
  flush(): Promise<void>;
  /** Hides the storage notices (quarantined records, last storage error) once the user has read them. */
  dismissNotices(): void;
  dispose(): void;
}

let counter = 0;
const defaultId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `id-${Date.now()}-${++counter}`);

/** IndexedDB where the browser has it, else memory (tests, very old browsers). */
export function defaultDialogStorage(): DialogStorage {
  return hasIndexedDb() ? createIndexedDbStorage() : createMemoryStorage();
}

/** Creates a dialog. */
export function createDialog(deps: DialogDeps = {}): Dialog {
  const now = deps.now ?? (() => new Date());
  const storage = deps.storage ?? defaultDialogStorage();
  const sound = deps.sound ?? createWebAudioSound();
  const notify = deps.notify ?? browserNotify;
  const newId = deps.newId ?? defaultId;
  const followUpMs = deps.followUpMs ?? 60_000;
  const minConfidence = deps.minConfidence ?? 0.3;
  const snoozeMinutes = deps.snoozeMinutes ?? 5;
  const ringMs = deps.ringMs ?? 60_000;
  const state = createDialogStore(initialDialogState());
  const silencers = new Map<string, ReturnType<typeof setTimeout>>();
  let pending: Pending | null = null;
  let disposed = false;

  const setNotice = (patch: Partial<DialogState['notices']>) => state.setState((s) => ({ notices: { ...s.notices, ...patch } }));
  const reportStorageError = (err: unknown) => setNotice({ storageError: describeStorageError(err) });
  const writer = createWriter(storage, reportStorageError);

  /**
   * The one way the dialog changes what it keeps: the new state is shown at once, and the
   * returned promise settles when the records that changed are durably written.
   */
  const commit = (next: DialogState): Promise<void> => {
    const prev = state.getState();
    if (next === prev) return Promise.resolve();
    state.setState(next, true);
    return writer.write(diffOps(prev, next));
  };
  /** For changes nobody waits on (a button, an alarm ringing): a failure still shows as a notice. */
  const commitInBackground = (next: DialogState) => void commit(next).catch(() => undefined);

  const updateSound = () => {
    if (state.getState().alarms.some((a) => a.ringing && silencers.has(a.id))) sound.start();
    else sound.stop();
  };

  const ring = (id: string) => {
    const alarm = state.getState().alarms.find((a) => a.id === id);
    if (!alarm || disposed) return;
    const s = state.getState();
    commitInBackground({ ...s, alarms: s.alarms.map((a) => (a.id === id ? { ...a, ringing: true } : a)) });
    silencers.set(id, setTimeout(() => {
      silencers.delete(id);
      updateSound();
    }, ringMs));
    updateSound();
    const reply: Reply =
      alarm.kind === 'timer' && alarm.seconds
        ? { key: 'timerRinging', params: { duration: formatDuration(alarm.seconds, alarm.locale) } }
        : { key: 'alarmRinging', params: { time: formatTime(new Date(alarm.at), alarm.locale) } };
    notify(`⏰ ${alarm.label ? `${alarm.label} · ` : ''}${reply.params?.time ?? reply.params?.duration ?? ''}`);
    deps.onRing?.({ locale: alarm.locale, scenario: 'alarm', intent: 'alarm_ring', reply, effect: 'alarm:ring' });
  };
  const scheduler = createScheduler(now, ring);

  const stopRinging = (id: string) => {
    const t = silencers.get(id);
    if (t !== undefined) clearTimeout(t);
    silencers.delete(id);
  };


  const ready = storage.load().then(
    async (raw) => {
      const loaded = hydrate(raw, now());
      // Alarms missed by more than an hour while the page was closed are dropped, not rung.
      const stale = loaded.alarms.filter((a) => a.at <= now().getTime() - 3_600_000);
      const alarms = loaded.alarms.filter((a) => !stale.includes(a));
      state.setState({ lists: loaded.lists, events: loaded.events, alarms, notices: { ...state.getState().notices, quarantined: loaded.quarantine.length } });
      for (const a of alarms) scheduler.schedule(a.id, a.at);
      const cleanup = [...loaded.repair, ...stale.map((a) => ({ type: 'delete' as const, store: 'alarms' as const, key: a.id }))];
      await Promise.all([storage.quarantine(loaded.quarantine), writer.write(cleanup)]).catch(reportStorageError);
    },
    // The page still works without saved data: say why nothing will be kept.
    reportStorageError,
  );

  /** Applies a skill's result; `saved` settles when its changes are durable. */
  const run = (u: Understood, proposed: SkillResult, keepPending = false): { turn: Turn; saved: Promise<void> } => {
    const prev = state.getState();
    // Every record a skill wants stored is checked here too, whatever the skill checked itself.
    const result = checkActions(proposed, now());
    const { state: next } = applyActions(prev, result.actions ?? []);
    const saved = commit(next);
    for (const a of next.alarms) if (!prev.alarms.includes(a)) scheduler.schedule(a.id, a.at);
    for (const a of prev.alarms) {
      if (!next.alarms.some((b) => b.id === a.id)) {
        scheduler.cancel(a.id);
        stopRinging(a.id);
      }
    }
    updateSound();
    if (!keepPending) pending = result.awaiting ? { awaiting: result.awaiting, u, expires: now().getTime() + followUpMs } : null;
    const turn: Turn = {
      locale: u.locale,
      scenario: u.scenario,
      intent: u.intent,
      reply: result.reply,
      ...(result.effect ? { effect: result.effect } : {}),
      ...(result.awaiting ? { awaiting: result.awaiting.slot } : {}),
    };
    return { turn, saved };
  };

  const dispatch = (said: Understood) => {
    const u = repairIntent(said, state.getState());
    const skill = skillFor(u.intent, u.scenario);
    if (!skill || u.confidence < minConfidence) return run(u, { reply: { key: 'notUnderstood' } });
    return run(u, skill.handle({ u, lang: langOf(u.locale), now: now(), state: state.getState(), newId }));
  };

  /** "stop" while alarms ring dismisses them (one word, whatever the NLU made of it). */
  const silence = (u: Understood) => {
    const ringing = state.getState().alarms.filter((a) => a.ringing);
    const one = ringing.length === 1 ? ringing[0]! : null;
    const reply: Reply = one ? { key: 'alarmRemoved', params: { time: alarmLabel(one, u.locale, now()) } } : { key: 'alarmRemovedAll' };
    const stop: Understood = { ...u, intent: 'alarm_remove', scenario: 'alarm' };
    return run(stop, { reply, effect: 'alarm:stop', actions: [{ type: 'alarmRemove', ids: ringing.map((a) => a.id) }] }, true);
  };

  const decide = (u: Understood) => {
    if (state.getState().alarms.some((a) => a.ringing) && isCancel(u.text, u.locale)) return silence(u);
    // A question is answered in the language it was asked in: after the user switches language
    // (a kiosk's carousel, the locale picker), the next utterance is a new request.
    const open = pending && pending.expires >= now().getTime() && pending.u.locale === u.locale ? pending : null;
    pending = null;
    if (open) {
      if (isCancel(u.text, u.locale)) {
        const turn: Turn = { locale: u.locale, scenario: open.u.scenario, intent: open.u.intent, reply: { key: 'cancelled' }, effect: 'followup:cancel' };
        return { turn, saved: Promise.resolve() };
      }
      // Weighed as the dialogue would read it on its own: "müziği durdur" read as "mute" at 0.46
      // is, by its words, a confident request to pause the player, not the item to add.
      if (answers(open.awaiting.kind, open.u, repairIntent(u, state.getState()), now())) return dispatch(completed(open, u));
    }
    return dispatch(u);
  };

  const handle = async (u: Understood): Promise<Turn> => {
    await ready;
    const { turn, saved } = decide(u);
    // The reply waits for the write: "Added milk" is said only once milk survives a crash.
    return saved.then(
      () => turn,
      () => ({ ...turn, notSaved: true }),
    );
  };

  return {
    handle,
    state,
    ready,
    awaiting: () => (pending && pending.expires >= now().getTime() ? pending.awaiting : null),
    snooze(id) {
      const alarm = state.getState().alarms.find((a) => a.id === id);
      if (!alarm) return null;
      const at = now().getTime() + snoozeMinutes * 60_000;
      stopRinging(id);
      const s = state.getState();
      commitInBackground({ ...s, alarms: s.alarms.map((a) => (a.id === id ? { ...a, at, ringing: false } : a)) });
      scheduler.schedule(id, at);
      updateSound();
      const reply: Reply = { key: 'alarmSnoozed', params: { minutes: snoozeMinutes } };
      return { locale: alarm.locale, scenario: 'alarm', intent: 'alarm_ui', reply, effect: 'alarm:snooze' };
    },
    removeAlarm(id) {
      const alarm = state.getState().alarms.find((a) => a.id === id);
      if (!alarm) return null;
      const time = alarmLabel(alarm, alarm.locale, now());
      // A button press is not an answer: an open follow-up question stays open.
      const u: Understood = { text: '', locale: alarm.locale, intent: 'alarm_ui', scenario: 'alarm', confidence: 1, slots: [] };
      const { turn, saved } = run(u, { reply: { key: 'alarmRemoved', params: { time } }, effect: 'alarm:remove', actions: [{ type: 'alarmRemove', ids: [id] }] }, true);
      saved.catch(() => undefined);
      return turn;
    },
    flush: () => writer.flush(),
    dismissNotices: () => setNotice({ quarantined: 0, storageError: null }),
    dispose() {
      disposed = true;
      scheduler.dispose();
      for (const id of [...silencers.keys()]) stopRinging(id);
      sound.stop();
    },
  };
}
