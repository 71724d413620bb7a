/**
 * Browser entry point: mounts the React app into #root.
 * The app itself lives in src/app/; this file only wires it to the DOM.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts/index.ts';
import { App } from './app/App.tsx';
import { PageBoundary } from './components/Boundaries.tsx';
import { pickLocale } from './i18n/languages.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing the #root element');
createRoot(root).render(
  <StrictMode>
    <PageBoundary locale={pickLocale(navigator.languages)}>
      <App />
    </PageBoundary>
  </StrictMode>,
);
