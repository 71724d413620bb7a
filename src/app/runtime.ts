/**
 * Builds one page's runtime objects: its own NLU client (worker), the headless assistant
 * engine (dialogue, storage, alarms), the speaker (browser voices with the offline eSpeak NG
 * fallback), the recognizer session, and the store that ties them to the UI. Nothing here is
 * page-wide: App builds one runtime; an embed or a test can build another beside it.
 */
import { createAssistant, type AssistantEngine } from '../assistant/index.ts';
import { indexedDbLearningStorage, Learner } from '../learning/index.ts';
import { browserNotify, createWebAudioSound, defaultDialogStorage } from '../dialog/index.ts';
import { pickLocale } from '../i18n/languages.ts';
import { createBrowserNluClient, type NluClient } from '../nlu/index.ts';
import { BrowserSpeaker, createRecognizer, EspeakSpeaker, SpeechInput } from '../speech/index.ts';
import type { AssistantPort } from '../state/assistantPort.ts';
import type { VoicePrefs } from '../state/types.ts';
import { createAppStore } from '../state/store.ts';
import { createNluPort } from './nluAdapter.ts';
import { applyPrefill } from './prefill.ts';
import { installTestHook } from './testHook.ts';

/** Everything the page's components need besides the store's own state. */
export interface Runtime {
  store: ReturnType<typeof createAppStore>;
  engine: AssistantEngine;
  speaker: BrowserSpeaker;
  input: SpeechInput;
  /** On-device learning: corrections and taught examples, applied to every parse. */
  learner: Learner;
  /** The page's NLU client (the kiosk's watchdog reloads it when it stops answering). */
  nlu: NluClient;
}

/** Puts the voice preferences into effect on the speaker. */
function applyVoicePrefs(speaker: BrowserSpeaker, prefs: VoicePrefs): void {
  speaker.rate = prefs.rate;
  for (const [locale, id] of Object.entries(prefs.voices)) speaker.setVoice(locale, id);
}

/**
 * Creates a runtime for a page whose URL query is `search` (`?testhook` installs the test hook),
 * around `nlu` when the entry point started one already (main.tsx: the model loads while the
 * app's code is still being fetched).
 */
export function createRuntime(search: string = window.location.search, nlu: NluClient = createBrowserNluClient(search)): Runtime {
  // eSpeak NG's files are served by the app itself (copied from the npm package at build time, build/espeakAssets.ts); nothing comes from another host.
  const speaker = new BrowserSpeaker({ fallback: new EspeakSpeaker({ assetsUrl: `${import.meta.env.BASE_URL}espeak/` }) });
  const initialLocale = pickLocale(navigator.languages);
  // The learner embeds what it is taught with the raw model; everything that understands
  // (the engine's own turns, the store's, the tester's) goes through its memory.
  const learner = new Learner(indexedDbLearningStorage(), { parse: (text, locale) => nlu.parse(text, locale) });
  const learned = { parse: async (text: string, locale: string) => learner.apply(await nlu.parse(text, locale)) };
  // NOTE: the page decides *when* to speak (the store's "speak replies" switch, alarm
  // announcements through the conversation), so the engine's own replies stay silent here and
  // the store speaks through `engine.speak`; a headless embed leaves `speakReplies` on.
  const engine = createAssistant({
    nlu: learned,
    speaker,
    storage: defaultDialogStorage(),
    clock: { now: () => new Date() },
    locale: initialLocale,
    sound: createWebAudioSound(),
    notify: browserNotify,
  });
  engine.speakReplies = false;
  const port: AssistantPort = {
    respond: (result) => engine.respond(result),
    speak: (text, locale) => engine.speak(text, locale),
    stopSpeaking: () => engine.stopSpeaking(),
  };
  const store = createAppStore({ port: createNluPort(nlu, learner), assistant: port, initialLocale });
  // `?locale=…&text=…` (a link from the batch report's failures) opens on that utterance.
  applyPrefill(store, search);
  // The saved voice preferences apply before the first reply, and every change at once.
  applyVoicePrefs(speaker, store.getState().voicePrefs);
  store.subscribe((s, prev) => {
    if (s.voicePrefs !== prev.voicePrefs) applyVoicePrefs(speaker, s.voicePrefs);
  });
  engine.setLocale(store.getState().locale);
  store.subscribe((s) => engine.setLocale(s.locale));
  // Alarms ring on their own: the engine announces them, the conversation shows and says them.
  engine.on((event) => {
    if (event.type === 'replied' && event.origin === 'assistant') store.getState().announce(event.reply, event.locale);
    else if (event.type === 'spoken') store.getState().setSpeakError(null);
    else if (event.type === 'error' && event.stage === 'speak') store.getState().setSpeakError(event.message);
  });
  const input = new SpeechInput({ recognizer: createRecognizer(), bargeIn: () => speaker.stop() });
  input.onFinal((text) => void store.getState().hear(text));
  if (new URLSearchParams(search).has('testhook')) installTestHook(store);
  // Writes are already started at once; on hide, start the queued batch without waiting for
  // the one in flight, as the page may not get another chance.
  const flush = () => void engine.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return { store, engine, speaker, input, learner, nlu };
}
