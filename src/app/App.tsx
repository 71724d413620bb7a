/**
 * Root component: builds the app store around the page's NLU client once, and renders the
 * inspector inside the store's provider. `?model=<id>` names another model folder.
 */
import { useState } from 'react';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { pickLocale } from '../i18n/languages.ts';
import { createAppStore } from '../state/store.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import { Inspector } from './Inspector.tsx';
import { createNluPort } from './nluAdapter.ts';
import './app.css';

/** Root component of the Polyvox app. */
export function App() {
  const [store] = useState(() => createAppStore({ port: createNluPort(), initialLocale: pickLocale(navigator.languages) }));
  const modelId = new URLSearchParams(window.location.search).get('model') ?? DEFAULT_MODEL_ID;
  return (
    <StoreProvider store={store}>
      <Inspector modelId={modelId} />
    </StoreProvider>
  );
}
