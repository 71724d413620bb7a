/**
 * Browser entry point: builds the page's runtime (src/app/runtime.ts), starts its model, and
 * mounts the React app into #root. The app itself lives in src/app/; this file only wires it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts/index.ts';
import { App } from './app/App.tsx';
import { createRuntime, type Runtime } from './app/runtime.ts';
import { PageBoundary } from './components/Boundaries.tsx';
import { pickLocale } from './i18n/languages.ts';

// The page's runtime is built, and its model starts loading, before React renders: on a
// first visit the NLU worker started about 1 s after navigation when the page's first
// render started it, against 0.1-0.2 s on the benchmark page, which loads as it boots.
let runtime: Runtime | undefined;
try {
  runtime = createRuntime();
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
