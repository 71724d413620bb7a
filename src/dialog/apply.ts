/**
 * Applies a skill's actions to the state (pure). What is written to storage is derived from
 * the difference between the two states (storage/diff.ts), not from the actions.
 */
import type { DialogState, ListRecord } from './state.ts';
import type { Action } from './types.ts';

function withList(lists: ListRecord[], name: string, edit: (items: string[]) => string[]): ListRecord[] {
  const found = lists.some((l) => l.name === name);
  const base = found ? lists : [...lists, { name, items: [] }];
  return base.map((l) => (l.name === name ? { ...l, items: edit(l.items) } : l));
}

/** The state after `actions`. */
export function applyActions(state: DialogState, actions: readonly Action[]): { state: DialogState } {
  let s = state;
  for (const a of actions) {
    switch (a.type) {
      case 'devices':
        s = { ...s, devices: { ...s.devices, ...a.patch } };
        break;
      case 'audio':
        s = { ...s, audio: { ...s.audio, ...a.patch } };
        break;
      case 'alarmAdd':
        s = { ...s, alarms: [...s.alarms, a.alarm] };
        break;
      case 'alarmRemove':
        s = { ...s, alarms: s.alarms.filter((x) => !a.ids.includes(x.id)) };
        break;
      case 'listAdd':
        s = { ...s, lists: withList(s.lists, a.list, (items) => [...items, a.item]) };
        break;
      case 'listRemoveItem':
        s = { ...s, lists: withList(s.lists, a.list, (items) => items.filter((i) => i !== a.item)) };
        break;
      case 'listCreate':
        s = { ...s, lists: withList(s.lists, a.list, (items) => items) };
        break;
      case 'listDelete':
        s = { ...s, lists: s.lists.filter((l) => l.name !== a.list) };
        break;
      case 'eventAdd':
        s = { ...s, events: [...s.events, a.event] };
        break;
      case 'eventRemove':
        s = { ...s, events: s.events.filter((e) => !a.ids.includes(e.id)) };
        break;
      default: {
        const never: never = a;
        throw new Error(`unknown action ${JSON.stringify(never)}`);
      }
    }
  }
  return { state: s };
}
