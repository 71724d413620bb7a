/**
 * Where the dialogue keeps what must survive a reload: lists, calendar events and alarms, one
 * record per alarm, event, list and list item, so a change writes only what changed. The
 * adapter hands back raw records (whatever is on disk); the dialog validates them and asks
 * the adapter to set aside (quarantine) the ones it cannot show.
 */
import type { Alarm, CalendarEvent } from '../state.ts';

/** A list's own record; its items are separate records. */
export interface ListMeta {
  name: string;
  /** Position among the lists (the order they were created in). */
  position: number;
}

/** One item of a list, keyed by `[list, index]`. */
export interface ListItemRecord {
  list: string;
  index: number;
  text: string;
}

/** A record that could not be shown, kept aside instead of being rendered or deleted. */
export interface QuarantinedRecord {
  /** The collection it came from (`alarms`, `events`, `lists`, `listItems`, or `kv` for v1 data). */
  store: string;
  value: unknown;
  /** Why it was set aside, e.g. `alarm time out of range`. */
  reason: string;
  /** When it was set aside, epoch ms. */
  at: number;
}

/** The record collections. */
export type RecordStore = 'alarms' | 'events' | 'lists' | 'listItems';

/** A record's key in its store (an id, a list name, or `[list, index]`). */
export type RecordKey = string | [string, number];

/** One write; a commit applies a batch of them atomically. */
export type StorageOp =
  | { type: 'put'; store: 'alarms'; value: Alarm }
  | { type: 'put'; store: 'events'; value: CalendarEvent }
  | { type: 'put'; store: 'lists'; value: ListMeta }
  | { type: 'put'; store: 'listItems'; value: ListItemRecord }
  | { type: 'delete'; store: RecordStore; key: RecordKey };

/** Everything on disk, unvalidated. */
export interface RawRecords {
  alarms: unknown[];
  events: unknown[];
  lists: unknown[];
  listItems: unknown[];
}

/** A record to move out of its store into the quarantine. */
export interface QuarantineRequest extends QuarantinedRecord {
  /** Its key in `store`, when it has one (a record without a usable key is only copied). */
  key?: RecordKey;
}

/** A persistence adapter (IndexedDB in the browser, memory in tests and private windows). */
export interface DialogStorage {
  /** Every record of every store. Rejects when the database cannot be opened. */
  load(): Promise<RawRecords>;
  /** Applies the ops in one transaction; resolves once it is committed (durably where possible). */
  commit(ops: readonly StorageOp[]): Promise<void>;
  /** Moves records into the quarantine store in one transaction. */
  quarantine(records: readonly QuarantineRequest[]): Promise<void>;
}

/** The key a put op writes to (for latest-wins coalescing and for deletes). */
export function opKey(op: StorageOp): RecordKey {
  if (op.type === 'delete') return op.key;
  switch (op.store) {
    case 'alarms':
    case 'events':
      return op.value.id;
    case 'lists':
      return op.value.name;
    case 'listItems':
      return [op.value.list, op.value.index];
  }
}
