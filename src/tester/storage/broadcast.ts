/**
 * Tells the other tabs of this origin which annotations were saved or that all were cleared
 * (BroadcastChannel), so a second tab shows the first one's turns without a reload. Where
 * the browser has no BroadcastChannel the tabs still agree after a reload.
 */
import type { TesterBroadcast } from '../types.ts';

/** A channel to the other tabs. */
export interface TesterChannel {
  post(message: TesterBroadcast): void;
  /** Listens to the other tabs' messages; returns the unsubscribe function. */
  subscribe(listener: (message: TesterBroadcast) => void): () => void;
  close(): void;
}

/** Only well-formed messages get through (another version of the page may share the name). */
export function readBroadcast(data: unknown): TesterBroadcast | null {
  const m = data as { type?: unknown; ids?: unknown } | null;
  if (m?.type === 'cleared') return { type: 'cleared' };
  if (m?.type === 'saved' && Array.isArray(m.ids) && m.ids.every((id) => typeof id === 'string')) return { type: 'saved', ids: [...m.ids] };
  return null;
}

/** The channel `name` (default: the database's name), or a silent one without BroadcastChannel. */
export function createTesterChannel(name = 'polyvox-tester'): TesterChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, subscribe: () => () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: TesterBroadcast) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = readBroadcast(event.data);
    if (message) for (const l of listeners) l(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}
