/**
 * A tiny typed event emitter shared by recognizer implementations, so each engine only
 * decides *when* to emit, and every engine emits the same shapes.
 */
import type { Listener, RecognizerEventName, RecognizerEvents } from './types.ts';

export class RecognizerEmitter {
  private readonly listeners = new Map<RecognizerEventName, Set<(e: never) => void>>();

  on<K extends RecognizerEventName>(type: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (e: never) => void);
    return () => set.delete(listener as (e: never) => void);
  }

  emit<K extends RecognizerEventName>(type: K, event: RecognizerEvents[K]): void {
    for (const fn of [...(this.listeners.get(type) ?? [])]) (fn as Listener<K>)(event);
  }
}
