/**
 * Where the dialogue keeps what must survive a reload: lists, calendar events and alarms.
 * Each collection is saved whole (they are small), so an adapter is a tiny key-value store.
 */
import type { Alarm, CalendarEvent, ListRecord } from '../state.ts';

/** The persisted collections. */
export interface PersistedData {
  lists: ListRecord[];
  events: CalendarEvent[];
  alarms: Alarm[];
}

/** A persistence adapter (IndexedDB in the browser, memory in tests). */
export interface DialogStorage {
  load(): Promise<Partial<PersistedData>>;
  save<K extends keyof PersistedData>(key: K, value: PersistedData[K]): Promise<void>;
}
