/**
 * Automatic reset after inactivity: `ms` after the last turn (and not while one is being
 * answered) the conversation is cleared and the kiosk shows its idle screen again. The home
 * (lights, alarms, lists) is left as it is; only the exchange on screen goes.
 */
import { useEffect } from 'react';
import type { AppStore } from '../state/store.ts';
import { createIdleTimer } from './idle.ts';

/** Subscribes the reset to `store` for the component's lifetime. */
export function useIdleReset(store: AppStore, ms: number): void {
  useEffect(() => {
    const timer = createIdleTimer(ms, () => {
      const s = store.getState();
      if (s.pending) return timer.poke();
      s.clearTurns();
      s.setDraft('');
    });
    if (store.getState().turns.length > 0) timer.poke();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.turns !== prev.turns || s.pending !== prev.pending) {
        if (s.turns.length === 0 && !s.pending) timer.cancel();
        else timer.poke();
      }
    });
    return () => {
      unsubscribe();
      timer.dispose();
    };
  }, [store, ms]);
}
