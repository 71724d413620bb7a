/**
 * The dialogue manager: takes what the NLU understood, asks a skill, applies its actions to
 * the store, persists lists/events/alarms, schedules alarms and rings them, and keeps a
 * one-question follow-up context.
 */
import type { Reply } from '../i18n/replies/catalog.ts';
import { createScheduler } from './alarms/scheduler.ts';
import { browserNotify, createWebAudioSound, type AlarmSound } from './alarms/sound.ts';
import { applyActions, type Collection } from './apply.ts';
import { formatDuration, formatNumber, formatTime } from './format.ts';
import { answers, completed, isCancel, type Pending } from './followUp.ts';
import { langOf } from './normalize/index.ts';
import { alarmLabel } from './skills/alarm.ts';
import { skillFor } from './skills/registry.ts';
import { createDialogStore, initialDialogState, type DialogStore } from './state.ts';
import { createIndexedDbStorage, hasIndexedDb } from './storage/indexedDb.ts';
import { createMemoryStorage } from './storage/memory.ts';
import type { DialogStorage } from './storage/types.ts';
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
  dispose(): void;
}

let counter = 0;
const defaultId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `id-${Date.now()}-${++counter}`);

function defaultStorage(): DialogStorage {
  return hasIndexedDb() ? createIndexedDbStorage() : createMemoryStorage();
}

/** Creates a dialog. */
export function createDialog(deps: DialogDeps = {}): Dialog {
  const now = deps.now ?? (() => new Date());
  const storage = deps.storage ?? defaultStorage();
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

  const updateSound = () => {
    if (state.getState().alarms.some((a) => a.ringing && silencers.has(a.id))) sound.start();
    else sound.stop();
  };

  const ring = (id: string) => {
    const alarm = state.getState().alarms.find((a) => a.id === id);
    if (!alarm || disposed) return;
    state.setState((s) => ({ alarms: s.alarms.map((a) => (a.id === id ? { ...a, ringing: true } : a)) }));
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

  const persist = (changed: Set<Collection>) => {
    const s = state.getState();
    // Saving is fire-and-forget: the store is the source of truth while the page is open.
    for (const key of changed) void storage.save(key, s[key]).catch(() => {});
  };

  const ready = storage.load().then(
    (saved) => {
      // Alarms missed by more than an hour while the page was closed are dropped, not rung.
      const alarms = (saved.alarms ?? []).filter((a) => a.at > now().getTime() - 3_600_000).map((a) => ({ ...a, ringing: false }));
      state.setState({ lists: saved.lists ?? [], events: saved.events ?? [], alarms });
      for (const a of alarms) scheduler.schedule(a.id, a.at);
    },
    () => {},
  );

  const run = (u: Understood, result: SkillResult, keepPending = false): Turn => {
    const prev = state.getState();
    const { state: next, changed } = applyActions(prev, result.actions ?? []);
    if (next !== prev) state.setState(next, true);
    for (const a of next.alarms) if (!prev.alarms.includes(a)) scheduler.schedule(a.id, a.at);
    for (const a of prev.alarms) {
      if (!next.alarms.some((b) => b.id === a.id)) {
        scheduler.cancel(a.id);
        stopRinging(a.id);
      }
    }
    updateSound();
    persist(changed);
    if (!keepPending) pending = result.awaiting ? { awaiting: result.awaiting, u, expires: now().getTime() + followUpMs } : null;
    return {
      locale: u.locale,
      scenario: u.scenario,
      intent: u.intent,
      reply: result.reply,
      ...(result.effect ? { effect: result.effect } : {}),
      ...(result.awaiting ? { awaiting: result.awaiting.slot } : {}),
    };
  };

  const dispatch = (u: Understood): Turn => {
    const skill = skillFor(u.intent, u.scenario);
    if (!skill || u.confidence < minConfidence) return run(u, { reply: { key: 'notUnderstood' } });
    return run(u, skill.handle({ u, lang: langOf(u.locale), now: now(), state: state.getState(), newId }));
  };

  const handle = async (u: Understood): Promise<Turn> => {
    await ready;
    const open = pending && pending.expires >= now().getTime() ? pending : null;
    pending = null;
    if (open) {
      if (isCancel(u.text)) return { locale: u.locale, scenario: open.u.scenario, intent: open.u.intent, reply: { key: 'cancelled' }, effect: 'followup:cancel' };
      if (answers(open.awaiting.kind, open.u, u, now())) return dispatch(completed(open, u));
    }
    return dispatch(u);
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
      state.setState((s) => ({ alarms: s.alarms.map((a) => (a.id === id ? { ...a, at, ringing: false } : a)) }));
      scheduler.schedule(id, at);
      updateSound();
      persist(new Set(['alarms']));
      const reply: Reply = { key: 'alarmSnoozed', params: { minutes: formatNumber(snoozeMinutes, alarm.locale) } };
      return { locale: alarm.locale, scenario: 'alarm', intent: 'alarm_ui', reply, effect: 'alarm:snooze' };
    },
    removeAlarm(id) {
      const alarm = state.getState().alarms.find((a) => a.id === id);
      if (!alarm) return null;
      const time = alarmLabel(alarm, alarm.locale, now());
      // A button press is not an answer: an open follow-up question stays open.
      const u: Understood = { text: '', locale: alarm.locale, intent: 'alarm_ui', scenario: 'alarm', confidence: 1, slots: [] };
      return run(u, { reply: { key: 'alarmRemoved', params: { time } }, effect: 'alarm:remove', actions: [{ type: 'alarmRemove', ids: [id] }] }, true);
    },
    dispose() {
      disposed = true;
      scheduler.dispose();
      for (const id of [...silencers.keys()]) stopRinging(id);
      sound.stop();
    },
  };
}
