/**
 * Applies a skill's actions to the state (pure), and reports which persisted collections
 * changed so the dialog saves only those.
 */
import type { DialogState, ListRecord } from './state.ts';
import type { Action } from './types.ts';

export type Collection = 'lists' | 'events' | 'alarms';

function withList(lists: ListRecord[], name: string, edit: (items: string[]) => string[]): ListRecord[] {
  const found = lists.some((l) => l.name === name);
  const base = found ? lists : [...lists, { name, items: [] }];
  return base.map((l) => (l.name === name ? { ...l, items: edit(l.items) } : l));
}

/** The state after `actions`, and the collections they touched. */
export function applyActions(state: DialogState, actions: readonly Action[]): { state: DialogState; changed: Set<Collection> } {
  const changed = new Set<Collection>();
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
        changed.add('alarms');
        break;
      case 'alarmRemove':
        s = { ...s, alarms: s.alarms.filter((x) => !a.ids.includes(x.id)) };
        changed.add('alarms');
        break;
      case 'listAdd':
        s = { ...s, lists: withList(s.lists, a.list, (items) => [...items, a.item]) };
        changed.add('lists');
        break;
      case 'listRemoveItem':
        s = { ...s, lists: withList(s.lists, a.list, (items) => items.filter((i) => i !== a.item)) };
        changed.add('lists');
        break;
      case 'listCreate':
        s = { ...s, lists: withList(s.lists, a.list, (items) => items) };
        changed.add('lists');
        break;
      case 'listDelete':
        s = { ...s, lists: s.lists.filter((l) => l.name !== a.list) };
        changed.add('lists');
        break;
      case 'eventAdd':
        s = { ...s, events: [...s.events, a.event] };
        changed.add('events');
        break;
      case 'eventRemove':
        s = { ...s, events: s.events.filter((e) => !a.ids.includes(e.id)) };
        changed.add('events');
        break;
      default: {
        const never: never = a;
        throw new Error(`unknown action ${JSON.stringify(never)}`);
      }
    }
  }
  return { state: s, changed };
}
