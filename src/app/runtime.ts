/**
 * Builds the page's one set of runtime objects: NLU client port, speaker (browser voices with
 * the offline eSpeak NG fallback), recognizer + listening session, the dialogue, and the store
 * that ties them together. Built once per page (App keeps it in state).
 */
import { createAppStore } from '../state/store.ts';
import { pickLocale } from '../i18n/languages.ts';
import { BrowserSpeaker, createRecognizer, EspeakSpeaker, SpeechInput } from '../speech/index.ts';
import { createAssistant, type Assistant } from './assistantAdapter.ts';
import { createNluPort } from './nluAdapter.ts';
import { installTestHook } from './testHook.ts';
import { applyVoicePrefs, loadVoicePrefs } from './useVoicePrefs.ts';

/** Everything the page's components need besides the store's own state. */
export interface Runtime {
  store: ReturnType<typeof createAppStore>;
  assistant: Assistant;
  speaker: BrowserSpeaker;
  input: SpeechInput;
}

/** Creates the runtime and installs `window.__polyvoxTest`. */
export function createRuntime(): Runtime {
  // eSpeak NG's files are served by the app itself (copied from the npm package at build time, build/espeakAssets.ts); nothing comes from another host.
  const speaker = new BrowserSpeaker({ fallback: new EspeakSpeaker({ assetsUrl: `${import.meta.env.BASE_URL}espeak/` }) });
  applyVoicePrefs(speaker, loadVoicePrefs());
  const assistant = createAssistant(speaker);
  const store = createAppStore({ port: createNluPort(), assistant: assistant.port, initialLocale: pickLocale(navigator.languages) });
  assistant.onAnnounce((reply, locale) => store.getState().announce(reply, locale));
  assistant.onSpeakError((message) => store.getState().setSpeakError(message));
  const input = new SpeechInput({ recognizer: createRecognizer(), bargeIn: () => speaker.stop() });
  input.onFinal((text) => void store.getState().hear(text));
  installTestHook(store);
  // Writes are already started at once; on hide, start the queued batch without waiting for
  // the one in flight, as the page may not get another chance.
  const flush = () => void assistant.dialog.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return { store, assistant, speaker, input };
}
