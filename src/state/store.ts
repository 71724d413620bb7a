/**
 * The app's one zustand store, built from typed slices. Middleware lives only here:
 * `persist` keeps the locale and the typed text in localStorage across reloads.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { isLocale } from '../i18n/languages.ts';
import type { AssistantPort } from './assistantPort.ts';
import { type ConversationSlice, createConversationSlice } from './conversationSlice.ts';
import { createNluSlice, type NluSlice } from './nluSlice.ts';
import type { NluPort } from './nluPort.ts';
import { createSessionSlice, type SessionSlice } from './sessionSlice.ts';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice.ts';

/** The whole app state. */
export type AppState = NluSlice & SessionSlice & SettingsSlice & ConversationSlice;

/** Middleware mutators applied in this file; slices declare them for typing. */
export type AppMutators = [['zustand/persist', unknown]];

/** Options for building a store. */
export interface StoreOptions {
  port: NluPort;
  /** The dialogue and voice; without one the app only analyses (inspector only). */
  assistant?: AssistantPort;
  /** Locale used when nothing is persisted. */
  initialLocale?: string;
  /** Where locale and draft are kept; defaults to localStorage (tests pass a Map). */
  storage?: StateStorage;
}

/** Stands in when no assistant is attached: `assistantOn` stays false, so it is never asked. */
const NO_ASSISTANT: AssistantPort = {
  respond: () => Promise.reject(new Error('no assistant attached')),
  speak: () => Promise.resolve(),
  stopSpeaking: () => undefined,
};

/** Creates the store hook (also usable outside React via `.getState()`). */
export function createAppStore({ port, assistant, initialLocale, storage }: StoreOptions) {
  return create<AppState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(initialLocale)(...a),
        ...createSessionSlice(...a),
        ...createNluSlice(port)(...a),
        ...createConversationSlice(assistant ?? NO_ASSISTANT)(...a),
        assistantOn: assistant !== undefined,
      }),
      {
        name: 'polyvox-inspector',
        version: 1,
        storage: createJSONStorage(() => storage ?? localStorage),
        partialize: (s) => ({ locale: s.locale, draft: s.draft, speakReplies: s.speakReplies }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<Pick<AppState, 'locale' | 'draft' | 'speakReplies'>>;
          return {
            ...current,
            locale: typeof saved.locale === 'string' && isLocale(saved.locale) ? saved.locale : current.locale,
            draft: typeof saved.draft === 'string' ? saved.draft : current.draft,
            speakReplies: typeof saved.speakReplies === 'boolean' ? saved.speakReplies : current.speakReplies,
          };
        },
      },
    ),
  );
}

/** The store hook's type. */
export type AppStore = ReturnType<typeof createAppStore>;
