/**
 * Root component: builds the page's runtime (NLU, dialogue, speech, store) once and renders
 * the assistant page inside the store's provider. `?model=<id>` names another model folder.
 */
import { useState } from 'react';
import { DEFAULT_MODEL_ID } from '../nlu/index.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import { Inspector } from './Inspector.tsx';
import { createRuntime } from './runtime.ts';
import './app.css';
import '../conversation/conversation.css';

/** Root component of the Polyvox app. */
export function App() {
  const [runtime] = useState(createRuntime);
  const modelId = new URLSearchParams(window.location.search).get('model') ?? DEFAULT_MODEL_ID;
  return (
    <StoreProvider store={runtime.store}>
      <Inspector modelId={modelId} runtime={runtime} />
    </StoreProvider>
  );
}
