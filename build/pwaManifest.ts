/**
 * The offline app: the web app manifest and the service worker's caching plan, given to
 * vite-plugin-pwa (Workbox `generateSW`) in vite.config.ts.
 * - Precached at install: the app shell (HTML, JS, CSS, UI catalogs, icons), the model folder
 *   and onnxruntime's CPU build (`.mjs` + 14 MB `.wasm`) that the NLU worker loads: after one
 *   visit the page, the model and the engine all load offline.
 * - Cached at run time, on first use (CacheFirst): eSpeak NG (24 MB, only when the offline
 *   voice speaks) and onnxruntime's WebGPU build (28 MB, only where a WebGPU adapter is tried;
 *   offline without it the engine falls back to the CPU build), and the font files (452
 *   unicode-range slices, 11 MB in all, of which a page loads only those for the characters
 *   it shows): a script seen once online is legible offline.
 * The worker does not claim the page that installed it (no `clientsClaim`): a page is never
 * switched mid-run, and tests that route a page's requests keep seeing them. So the run-time
 * caches fill from the second visit on.
 */
import { readFileSync } from 'node:fs';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The app's colours (src/app/app.css: `--accent`, `--bg`). */
export const THEME_COLOR = '#3b5bdb';
export const BACKGROUND_COLOR = '#f7f7f9';

/** The manifest's icons (files in public/, rendered by build/renderIcons.ts). */
export const ICONS = [
  { src: 'pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
] as const;

/** eSpeak NG's version: its run-time cache is named after it, so a new version is fetched anew. */
const espeakVersion = (
  JSON.parse(readFileSync(new URL('../node_modules/@echogarden/espeak-ng-emscripten/package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Files larger than Workbox's 2 MiB default that the app needs offline (the wasm is 14 MB). */
const MAX_PRECACHED_FILE = 16 * 1024 * 1024;

export const pwaOptions: Partial<VitePWAOptions> = {
  // A waiting new version is announced (src/app/UpdatePrompt.tsx), never forced on the page.
  registerType: 'prompt',
  // The page registers it itself (src/app/serviceWorker.ts), so no inline script is injected.
  injectRegister: false,
  // Not in `npm run dev`: the service worker exists only in a build.
  devOptions: { enabled: false },
  // The icons are precached by the glob below; listing them again would add duplicate entries.
  includeManifestIcons: false,
  manifest: {
    name: 'Polyvox — multilingual voice assistant',
    short_name: 'Polyvox',
    description: 'A voice assistant for 52 languages that runs entirely in the browser, offline.',
    lang: 'en',
    // Relative to the manifest, so the app also installs under a sub-path.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS.map((icon) => ({ ...icon })),
  },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,wasm,json,onnx,model,md,svg,png,ico}'],
    // eSpeak (run-time cache below), the WebGPU build (idem), the benchmark page's own files.
    // embed-origins.json is the deployer's to edit after a build: never served from the cache.
    globIgnores: ['espeak/**', '**/*.jsep-*', 'bench.html', 'assets/bench-*', 'embed/**', 'embed-origins.json'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    // A navigation to a file (bench.html, espeak/COPYING, a model card) is not the app.
    navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+(\?.*)?$/],
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/espeak/'),
        handler: 'CacheFirst',
        options: { cacheName: `polyvox-espeak-${espeakVersion}`, cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: ({ url }) => /\.woff2$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'polyvox-fonts', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 1000 } },
      },
      {
        urlPattern: ({ url }) => /\/ort-wasm-simd-threaded\.jsep-[^/]+\.(wasm|mjs)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'polyvox-onnxruntime-webgpu', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 4 } },
      },
    ],
  },
};
