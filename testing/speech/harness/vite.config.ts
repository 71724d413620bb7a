/**
 * Builds the speech e2e harness (test-only page) into dist/speech-harness/, where the app's
 * `vite preview` serves it next to the real app and its /espeak/ files. A separate build, so
 * the app's own vite.config.ts and bundle stay untouched:
 *   npx vite build --config testing/speech/harness/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/speech-harness/',
  publicDir: false,
  plugins: [react()],
  worker: { format: 'es' },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../dist/speech-harness', import.meta.url)),
    emptyOutDir: true,
  },
});
