/**
 * Settings the user chooses: the locale. Persisted by store.ts so a reload keeps it.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_LOCALE, isLocale } from '../i18n/languages.ts';
import type { AppState, AppMutators } from './store.ts';

/** Settings state and its actions. */
export interface SettingsSlice {
  /** MASSIVE locale code the utterance is written in. */
  locale: string;
  /** Switches the locale; unknown codes are ignored. */
  setLocale: (locale: string) => void;
}

/** Builds the settings slice; `initialLocale` comes from the browser's languages. */
export const createSettingsSlice =
  (initialLocale: string = DEFAULT_LOCALE): StateCreator<AppState, AppMutators, [], SettingsSlice> =>
  (set) => ({
    locale: isLocale(initialLocale) ? initialLocale : DEFAULT_LOCALE,
    setLocale: (locale) => {
      if (isLocale(locale)) set({ locale });
    },
  });
