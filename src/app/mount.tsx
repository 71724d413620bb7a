/**
 * Mounts the React app into #root around the page's runtime (src/app/runtime.ts), built on the
 * NLU client the entry point started (src/boot.ts) before this module's imports were evaluated.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../fonts/index.ts';
import type { NluClient } from '../nlu/index.ts';
import { App } from './App.tsx';
import { createRuntime, type Runtime } from './runtime.ts';
import { PageBoundary } from '../components/Boundaries.tsx';
import { pickLocale } from '../i18n/languages.ts';

/** Builds the runtime around `nlu` and renders the app. */
export function mount(nlu: NluClient): void {
  let runtime: Runtime | undefined;
  try {
    runtime = createRuntime(window.location.search, nlu);
    runtime.store.getState().startNlu();
  } catch {
    // App builds it again inside the page's error boundary, which shows what went wrong.
    runtime = undefined;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html is missing the #root element');
  createRoot(root).render(
    <StrictMode>
      <PageBoundary locale={pickLocale(navigator.languages)}>
        <App runtime={runtime} />
      </PageBoundary>
    </StrictMode>,
  );
}
