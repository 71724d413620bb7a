/**
 * Root component of the Polyvox page: builds the page's runtime (NLU, engine, speech, store)
 * once, renders the assistant page inside the store's provider, and keeps the document's
 * `lang` and `dir` in step with the locale (only the page's owner touches the document, so
 * an embedded assistant never does). `?model=<id>` names another model folder.
 */
import { useEffect, useState } from 'react';
import { findLanguage, langTag } from '../i18n/languages.ts';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import { AssistantPage } from './AssistantPage.tsx';
import { createRuntime, type Runtime } from './runtime.ts';
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

/** Root component of the Polyvox app. */
export function App() {
  const [runtime] = useState(createRuntime);
  useDocumentLocale(runtime);
  const modelId = new URLSearchParams(window.location.search).get('model') ?? DEFAULT_MODEL_ID;
  return (
    <StoreProvider store={runtime.store}>
      <AssistantPage modelId={modelId} runtime={runtime} />
    </StoreProvider>
  );
}
