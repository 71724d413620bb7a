/**
 * Turns the raw records on disk into the dialog's state, checking each one: a record that
 * cannot be shown (a timer ringing in the year 342,000, a list item that is not text) is
 * set aside for the quarantine instead of reaching a panel, and the app starts regardless.
 */
import { alarmProblem, eventProblem, listItemProblem, listProblem } from '../limits.ts';
import type { Alarm, CalendarEvent, ListRecord } from '../state.ts';
import type { ListItemRecord, ListMeta, QuarantineRequest, RawRecords, RecordKey, StorageOp } from './types.ts';

/** What loading produced. */
export interface Hydrated {
  alarms: Alarm[];
  events: CalendarEvent[];
  lists: ListRecord[];
  /** Records to move to the quarantine store (and report to the user once). */
  quarantine: QuarantineRequest[];
  /**
   * Writes that make the disk match the state again where loading had to repair it (items
   * renumbered around a quarantined one, a list record recreated for orphaned items), so
   * later per-item writes land on the right keys.
   */
  repair: StorageOp[];
}

function keyOf(store: string, v: unknown): RecordKey | undefined {
  const r = v as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null) return undefined;
  if (store === 'listItems') return typeof r.list === 'string' && typeof r.index === 'number' ? [r.list, r.index] : undefined;
  const key = store === 'lists' ? r.name : r.id;
  return typeof key === 'string' ? key : undefined;
}

/** Validates every raw record against `now`; invalid ones go to `quarantine`. */
export function hydrate(raw: RawRecords, now: Date): Hydrated {
  const quarantine: QuarantineRequest[] = [];
  const at = now.getTime();
  const keep = <T>(store: string, values: unknown[], problem: (v: unknown) => string | null): T[] =>
    values.filter((value) => {
      const reason = problem(value);
      if (reason === null) return true;
      const key = keyOf(store, value);
      quarantine.push({ store, value, reason, at, ...(key !== undefined ? { key } : {}) });
      return false;
    }) as T[];

  const alarms = keep<Alarm>('alarms', raw.alarms, (v) => alarmProblem(v, now)).map((a) => ({ ...a, ringing: false }));
  const events = keep<CalendarEvent>('events', raw.events, (v) => eventProblem(v, now));
  const metas = keep<ListMeta>('lists', raw.lists, listProblem).sort((a, b) => a.position - b.position);
  const items = keep<ListItemRecord>('listItems', raw.listItems, listItemProblem).sort((a, b) => a.index - b.index);

  const lists = new Map<string, ListRecord>(metas.map((m) => [m.name, { name: m.name, items: [] }]));
  const repair: StorageOp[] = [];
  for (const item of items) {
    // An item whose list record was lost still belongs to a list: recreate it rather than drop the item.
    let list = lists.get(item.list);
    if (!list) {
      lists.set(item.list, (list = { name: item.list, items: [] }));
      repair.push({ type: 'put', store: 'lists', value: { name: item.list, position: metas.length + lists.size } });
    }
    const index = list.items.push(item.text) - 1;
    if (item.index !== index) {
      repair.push({ type: 'delete', store: 'listItems', key: [item.list, item.index] });
      repair.push({ type: 'put', store: 'listItems', value: { list: item.list, index, text: item.text } });
    }
  }
  return { alarms, events, lists: [...lists.values()], quarantine, repair };
}
