/**
 * Hands the app's store to components through React context, so a page (or a test) decides
 * which runtime the store talks to. Components read single values with `useApp(selector)`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppState, AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` available to `useApp` below it. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Selects one value from the app store (re-renders only when it changes). */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>');
  return store(selector);
}
