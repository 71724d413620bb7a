/**
 * Hands the view's tester store to its components through React context (one store per view,
 * no module-level instance), with a selector hook like the app store's `useApp`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TesterState, TesterStore } from '../store.ts';

const TesterContext = createContext<TesterStore | null>(null);

/** Makes `store` available to `useTester` below it. */
export function TesterProvider({ store, children }: { store: TesterStore; children: ReactNode }) {
  return <TesterContext.Provider value={store}>{children}</TesterContext.Provider>;
}

/** The store itself, for actions called from event handlers. */
export function useTesterStore(): TesterStore {
  const store = useContext(TesterContext);
  if (!store) throw new Error('useTester must be used inside <TesterProvider>');
  return store;
}

/** Selects one value from the tester store (re-renders only when it changes). */
export function useTester<T>(selector: (state: TesterState) => T): T {
  return useStore(useTesterStore(), selector);
}
