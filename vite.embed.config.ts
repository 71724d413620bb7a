/**
 * The custom element's own build: `src/embed/polyvox-assistant.ts` → `dist/embed/polyvox-assistant.js`
 * (a stable name a docs page can reference), its chunks and workers beside it in
 * `dist/embed/assets/`. Runs after the app's build (`npm run build`), whose `dist/` it adds to.
 * `base: './'` makes every URL the bundle computes relative to the script itself, so the
 * folder works under any path of any site; the model and eSpeak files are the app's own,
 * found at `../models/` and `../espeak/` from the script (src/embed/polyvox-assistant.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // The app's build has copied public/ already; this one adds only the element's files.
  publicDir: false,
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    assetsInlineLimit: 0,
    // No HTML: the element is a script a page adds.
    rolldownOptions: {
      input: { 'polyvox-assistant': fileURLToPath(new URL('src/embed/polyvox-assistant.ts', import.meta.url)) },
      output: { entryFileNames: '[name].js' },
      // The entry's exports are the element's public API (a page may import them).
      preserveEntrySignatures: 'exports-only',
    },
  },
});
