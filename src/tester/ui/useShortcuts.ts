/**
 * Binds the tester's keys (shortcuts.ts) while the view is mounted: they act on the active
 * turn, and move the focus where the next key press is expected.
 */
import { useEffect } from 'react';
import { shortcutFor } from '../shortcuts.ts';
import type { TesterStore } from '../store.ts';
import type { FocusTarget } from './focus.tsx';

/** Listens on the document (the focus may be on the page body) until the view unmounts. */
export function useShortcuts(store: TesterStore, focus: (target: FocusTarget) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target });
      if (!action) return;
      const state = store.getState();
      const id = state.activeId;
      switch (action) {
        case 'next':
          focus({ kind: 'input' });
          break;
        case 'right':
          if (!id) return;
          state.judge(id, 'right');
          break;
        case 'wrong':
          if (!id) return;
          state.judge(id, 'wrong');
          focus({ kind: 'filter', id });
          break;
        case 'older':
        case 'newer': {
          // The list shows the newest first: "older" is further down.
          const ids = state.annotations.map((a) => a.id);
          const at = id ? ids.indexOf(id) : ids.length;
          const next = ids[action === 'older' ? at - 1 : at + 1];
          if (next === undefined) return;
          state.select(next);
          focus({ kind: 'turn', id: next });
          break;
        }
        default: {
          const never: never = action;
          return never;
        }
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, focus]);
}
