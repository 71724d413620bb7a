/**
 * The writes that turn one dialog state into the next: a put for every alarm, event, list
 * and list item that is new or changed, a delete for every one that is gone. Only what
 * changed is written (adding the 1,000th item writes one record, not the whole list).
 */
import type { Alarm, CalendarEvent, DialogState, ListRecord } from '../state.ts';
import type { StorageOp } from './types.ts';

function byId<T extends { id: string }>(prev: readonly T[], next: readonly T[], put: (v: T) => StorageOp, del: (id: string) => StorageOp): StorageOp[] {
  if (prev === next) return [];
  const before = new Map(prev.map((x) => [x.id, x]));
  const ops: StorageOp[] = [];
  for (const x of next) {
    if (before.get(x.id) !== x) ops.push(put(x));
    before.delete(x.id);
  }
  for (const id of before.keys()) ops.push(del(id));
  return ops;
}

function listOps(prev: readonly ListRecord[], next: readonly ListRecord[]): StorageOp[] {
  if (prev === next) return [];
  const before = new Map(prev.map((l, position) => [l.name, { l, position }]));
  const ops: StorageOp[] = [];
  next.forEach((l, position) => {
    const old = before.get(l.name);
    before.delete(l.name);
    if (old?.l === l && old.position === position) return;
    if (old?.position !== position) ops.push({ type: 'put', store: 'lists', value: { name: l.name, position } });
    const oldItems = old?.l.items ?? [];
    l.items.forEach((text, index) => {
      if (oldItems[index] !== text) ops.push({ type: 'put', store: 'listItems', value: { list: l.name, index, text } });
    });
    for (let index = l.items.length; index < oldItems.length; index++) ops.push({ type: 'delete', store: 'listItems', key: [l.name, index] });
  });
  for (const [name, { l }] of before) {
    ops.push({ type: 'delete', store: 'lists', key: name });
    l.items.forEach((_, index) => ops.push({ type: 'delete', store: 'listItems', key: [name, index] }));
  }
  return ops;
}

/** The storage ops that persist the change from `prev` to `next`. */
export function diffOps(prev: DialogState, next: DialogState): StorageOp[] {
  return [
    ...byId<Alarm>(prev.alarms, next.alarms, (value) => ({ type: 'put', store: 'alarms', value }), (key) => ({ type: 'delete', store: 'alarms', key })),
    ...byId<CalendarEvent>(prev.events, next.events, (value) => ({ type: 'put', store: 'events', value }), (key) => ({ type: 'delete', store: 'events', key })),
    ...listOps(prev.lists, next.lists),
  ];
}
