/**
 * The dialogue's visible state in one vanilla zustand store (`zustand/vanilla`), so the
 * dialog can change it outside React and the panels can subscribe with `useStore`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** One alarm (`kind: 'alarm'`, a clock time) or timer (`kind: 'timer'`, a duration). */
export interface Alarm {
  id: string;
  kind: 'alarm' | 'timer';
  /** When it rings, epoch milliseconds (moved forward by a snooze). */
  at: number;
  /** Timers only: the requested length in seconds. */
  seconds?: number;
  /** Optional label taken from the utterance (e.g. `wake up`). */
  label?: string;
  /** Locale the alarm was set in; its ringing reply uses it. */
  locale: string;
  ringing: boolean;
}

/** One calendar entry. */
export interface CalendarEvent {
  id: string;
  title: string;
  /** Local calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:MM`, when one was given. */
  time?: string;
  locale: string;
}

/** A named list (shopping, to do, …); items keep the words the user said. */
export interface ListRecord {
  name: string;
  items: string[];
}

/** The virtual smart home. */
export interface DeviceState {
  light: { on: boolean; brightness: number; colour: string; colourName: string };
  plug: { on: boolean };
  vacuum: { running: boolean };
  coffee: { brewing: boolean };
}

/** Audio player state. */
export interface AudioState {
  /** 0..100 */
  volume: number;
  muted: boolean;
  playing: boolean;
  /** What is playing (as understood), empty when nothing was asked for. */
  nowPlaying: string;
}

/** What the user must hear about storage (shown until dismissed). */
export interface StorageNotices {
  /** Saved records found unreadable at start and set aside (not shown). */
  quarantined: number;
  /** Why the last write (or opening the database) failed, in words; null when all is well. */
  storageError: string | null;
}

/** Everything the dialogue shows. */
export interface DialogState {
  devices: DeviceState;
  alarms: Alarm[];
  lists: ListRecord[];
  events: CalendarEvent[];
  audio: AudioState;
  notices: StorageNotices;
}

/** The store type the panels take as a prop. */
export type DialogStore = StoreApi<DialogState>;

/** Initial state: lights off, warm white, half volume. */
export function initialDialogState(): DialogState {
  return {
    devices: {
      light: { on: false, brightness: 100, colour: '#ffd9a0', colourName: 'warm white' },
      plug: { on: false },
      vacuum: { running: false },
      coffee: { brewing: false },
    },
    alarms: [],
    lists: [],
    events: [],
    audio: { volume: 50, muted: false, playing: false, nowPlaying: '' },
    notices: { quarantined: 0, storageError: null },
  };
}

/** Creates the dialog's store. */
export function createDialogStore(initial: DialogState = initialDialogState()): DialogStore {
  return createStore<DialogState>()(() => initial);
}
