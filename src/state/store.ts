/**
 * The app's one zustand store, built from typed slices. Middleware lives only here:
 * `persist` keeps the locale and the typed text in localStorage across reloads.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { isLocale } from '../i18n/languages.ts';
import { createNluSlice, type NluSlice } from './nluSlice.ts';
import type { NluPort } from './nluPort.ts';
import { createSessionSlice, type SessionSlice } from './sessionSlice.ts';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice.ts';

/** The whole app state. */
export type AppState = NluSlice & SessionSlice & SettingsSlice;

/** Middleware mutators applied in this file; slices declare them for typing. */
export type AppMutators = [['zustand/persist', unknown]];

/** Options for building a store. */
export interface StoreOptions {
  port: NluPort;
  /** Locale used when nothing is persisted. */
  initialLocale?: string;
  /** Where locale and draft are kept; defaults to localStorage (tests pass a Map). */
  storage?: StateStorage;
}

/** Creates the store hook (also usable outside React via `.getState()`). */
export function createAppStore({ port, initialLocale, storage }: StoreOptions) {
  return create<AppState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(initialLocale)(...a),
        ...createSessionSlice(...a),
        ...createNluSlice(port)(...a),
      }),
      {
        name: 'polyvox-inspector',
        version: 1,
        storage: createJSONStorage(() => storage ?? localStorage),
        partialize: (s) => ({ locale: s.locale, draft: s.draft }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<Pick<AppState, 'locale' | 'draft'>>;
          return {
            ...current,
            locale: typeof saved.locale === 'string' && isLocale(saved.locale) ? saved.locale : current.locale,
            draft: typeof saved.draft === 'string' ? saved.draft : current.draft,
          };
        },
      },
    ),
  );
}

/** The store hook's type. */
export type AppStore = ReturnType<typeof createAppStore>;
