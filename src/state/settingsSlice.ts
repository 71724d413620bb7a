/**
 * Settings the user chooses: the locale. Persisted by store.ts so a reload keeps it.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_LOCALE, isLocale } from '../i18n/languages.ts';
import type { AppMutators, AppState, SettingsSlice } from './types.ts';

export type { SettingsSlice } from './types.ts';

/** Builds the settings slice; `initialLocale` comes from the browser's languages. */
export const createSettingsSlice =
  (initialLocale: string = DEFAULT_LOCALE): StateCreator<AppState, AppMutators, [], SettingsSlice> =>
  (set) => ({
    locale: isLocale(initialLocale) ? initialLocale : DEFAULT_LOCALE,
    setLocale: (locale) => {
      if (isLocale(locale)) set({ locale });
    },
  });
