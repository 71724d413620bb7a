/**
 * Settings the user chooses: the locale and the voice preferences. Persisted by store.ts so a
 * reload (or a kiosk restart) keeps them.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_LOCALE, isLocale } from '../i18n/languages.ts';
import type { AppMutators, AppState, SettingsSlice } from './types.ts';

import { DEFAULT_VOICE_PREFS } from './voicePrefs.ts';

export type { SettingsSlice, VoicePrefs } from './types.ts';

/** Builds the settings slice; `initialLocale` comes from the browser's languages. */
export const createSettingsSlice =
  (initialLocale: string = DEFAULT_LOCALE): StateCreator<AppState, AppMutators, [], SettingsSlice> =>
  (set) => ({
    locale: isLocale(initialLocale) ? initialLocale : DEFAULT_LOCALE,
    setLocale: (locale) => {
      if (isLocale(locale)) set({ locale });
    },
    voicePrefs: DEFAULT_VOICE_PREFS,
    setVoicePrefs: (patch) => set((s) => ({ voicePrefs: { ...s.voicePrefs, ...patch } })),
  });
