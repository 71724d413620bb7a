/**
 * The app's one zustand store, built from typed slices. Middleware lives only here:
 * `persist` keeps the locale and the speech setting in localStorage across reloads; the typed
 * text is kept per tab in sessionStorage (draftStorage.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { isLocale } from '../i18n/languages.ts';
import type { AssistantPort } from './assistantPort.ts';
import { createConversationSlice } from './conversationSlice.ts';
import { forgivingStorage, loadDraft, saveDraft } from './draftStorage.ts';
import { createNluSlice } from './nluSlice.ts';
import type { NluPort } from './nluPort.ts';
import { createSessionSlice } from './sessionSlice.ts';
import { createSettingsSlice } from './settingsSlice.ts';
import { MAX_INPUT_CHARS, type AppState } from './types.ts';
import { LEGACY_VOICE_KEY, sanitizeVoicePrefs } from './voicePrefs.ts';

export type { AppMutators, AppState } from './types.ts';

/** Options for building a store. */
export interface StoreOptions {
  port: NluPort;
  /** The dialogue and voice; without one the app only analyses (inspector only). */
  assistant?: AssistantPort;
  /** Locale used when nothing is persisted. */
  initialLocale?: string;
  /** Where locale and settings are kept; defaults to localStorage (tests pass a Map). */
  storage?: StateStorage;
  /** Where the draft is kept; defaults to `storage` when given, else sessionStorage. */
  draftStorage?: StateStorage;
}

/** Stands in when no assistant is attached: `assistantOn` stays false, so it is never asked. */
const NO_ASSISTANT: AssistantPort = {
  respond: () => Promise.reject(new Error('no assistant attached')),
  speak: () => Promise.resolve(),
  stopSpeaking: () => undefined,
};

/** Creates the store hook (also usable outside React via `.getState()`). */
export function createAppStore({ port, assistant, initialLocale, storage, draftStorage }: StoreOptions) {
  // Every storage the store touches may be full or blocked: wrapped once so nothing throws.
  const settings = forgivingStorage(storage ?? localStorage);
  const drafts = forgivingStorage(draftStorage ?? storage ?? sessionStorage);
  const store = create<AppState>()(
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
        storage: createJSONStorage(() => settings),
        partialize: (s) => ({ locale: s.locale, speakReplies: s.speakReplies, voicePrefs: s.voicePrefs }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<Record<'locale' | 'draft' | 'speakReplies' | 'voicePrefs', unknown>>;
          return {
            ...current,
            locale: typeof saved.locale === 'string' && isLocale(saved.locale) ? saved.locale : current.locale,
            // Drafts saved by older versions (in localStorage) are read once, then kept per tab.
            draft: typeof saved.draft === 'string' && saved.draft.length <= MAX_INPUT_CHARS ? saved.draft : current.draft,
            speakReplies: typeof saved.speakReplies === 'boolean' ? saved.speakReplies : current.speakReplies,
            voicePrefs: saved.voicePrefs === undefined ? current.voicePrefs : sanitizeVoicePrefs(saved.voicePrefs),
          };
        },
      },
    ),
  );
  // Voice preferences saved apart by older versions move into the settings once.
  const legacy = settings.getItem(LEGACY_VOICE_KEY);
  if (typeof legacy === 'string') {
    try {
      store.setState({ voicePrefs: sanitizeVoicePrefs(JSON.parse(legacy)) });
    } catch {
      // unreadable: the defaults stay
    }
    void settings.removeItem(LEGACY_VOICE_KEY);
  }
  const draft = loadDraft(drafts);
  if (draft !== null) store.setState({ draft });
  store.subscribe((s, prev) => {
    if (s.draft !== prev.draft) saveDraft(drafts, s.draft);
  });
  return store;
}

/** The store hook's type. */
export type AppStore = ReturnType<typeof createAppStore>;
