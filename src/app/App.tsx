/**
 * Root component of the Polyvox page: builds the page's runtime (NLU, engine, speech, store)
 * once, renders the assistant page inside the store's provider, and keeps the document's
 * `lang` and `dir` in step with the locale (only the page's owner touches the document, so
 * an embedded assistant never does). `?model=<id>` names another model folder; `?uiPseudo`
 * shows every UI string in the pseudo-locale, for layout testing (`src/i18n/ui/pseudo.ts`);
 * `?mode=tester` opens the tester view instead of the assistant page. The page registers its
 * service worker (the offline copy) once the model has loaded, and says when a new version waits.
 */
import { useEffect, useState } from 'react';
import { findLanguage, langTag } from '../i18n/languages.ts';
import { setUiPseudo } from '../i18n/ui/cache.ts';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import { TesterApp } from '../tester/TesterApp.tsx';
import { KioskPage } from '../kiosk/ui/KioskPage.tsx';
import { AssistantPage } from './AssistantPage.tsx';
import { createRuntime, type Runtime } from './runtime.ts';
import { watchServiceWorker } from './serviceWorker.ts';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import './app.css';
import '../conversation/conversation.css';

/** Mirrors the store's locale onto `<html lang dir>`. */
function useDocumentLocale(runtime: Runtime): void {
  useEffect(() => {
    const apply = (locale: string) => {
      document.documentElement.dir = findLanguage(locale)?.rtl ? 'rtl' : 'ltr';
      document.documentElement.lang = langTag(locale);
    };
    apply(runtime.store.getState().locale);
    return runtime.store.subscribe((s, prev) => {
      if (s.locale !== prev.locale) apply(s.locale);
    });
  }, [runtime]);
}

/** `?uiPseudo`: the pseudo-locale while the page is open. */
function usePseudoLocale(): void {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('uiPseudo')) return;
    setUiPseudo(true);
    return () => setUiPseudo(false);
  }, []);
}

/** How long the offline copy waits for the model at most (a stalled load must not keep the page from going offline-ready). */
const OFFLINE_COPY_WAITS_MS = 20_000;

/**
 * Settles when the page's model is ready or has failed, or after `maxMs`. The service worker
 * registers then: its precache downloads the whole app again (the 14 MB runtime and the model
 * among it), which on a first visit competed with the model's own load (ready 5.2-6.8 s from
 * navigation with it, 4.7-5.2 s without, headless Chromium on 2 cores). Ready is the JS
 * engine's: onnxruntime may still be loading then and shares the network with the precache,
 * while the JS engine answers. Waiting for onnxruntime instead was tried: the precache then
 * started when the first replies loaded eSpeak NG's 24 MB, and the kiosk soak once saw that
 * download fail under the CI's load.
 */
function modelSettled(store: Runtime['store'], maxMs: number): Promise<void> {
  const settled = (status: string) => status === 'ready' || status === 'error';
  return new Promise((resolve) => {
    if (settled(store.getState().status)) return resolve();
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, maxMs);
    const unsubscribe = store.subscribe((s) => {
      if (settled(s.status)) finish();
    });
  });
}

/** Root component of the Polyvox app; `runtime` when the entry point built it already. */
export function App({ runtime: given }: { runtime?: Runtime } = {}) {
  const [runtime] = useState(() => given ?? createRuntime());
  const [updates] = useState(() => watchServiceWorker(undefined, modelSettled(runtime.store, OFFLINE_COPY_WAITS_MS)));
  useDocumentLocale(runtime);
  usePseudoLocale();
  const query = new URLSearchParams(window.location.search);
  const modelId = query.get('model') ?? DEFAULT_MODEL_ID;
  // `?mode=tester` opens the native-speaker tester view (annotation, batch evaluation).
  const tester = query.get('mode') === 'tester';
  return (
    <StoreProvider store={runtime.store}>
      {tester ? <TesterApp modelId={modelId} runtime={runtime} /> : query.has('kiosk') ? <KioskPage runtime={runtime} search={window.location.search} /> : <AssistantPage modelId={modelId} runtime={runtime} />}
      <UpdatePrompt watch={updates} />
    </StoreProvider>
  );
}
