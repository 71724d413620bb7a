/**
 * Vite + Vitest configuration for Polyvox.
 * Dev and preview send the app's headers (build/securityHeaders.ts; preview through build/serveHeaders.ts): COOP/COEP so that
 * onnxruntime-web can use multi-threaded WASM (SharedArrayBuffer needs them), and the
 * Content-Security-Policy with its companions. A build adds the service worker and the web
 * app manifest (build/pwaManifest.ts); `npm run dev` has neither.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { espeakAssets } from './build/espeakAssets.ts';
import { pwaOptions } from './build/pwaManifest.ts';
import { DEV_SECURITY_HEADERS } from './build/securityHeaders.ts';
import { serveHeaders } from './build/serveHeaders.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react(), espeakAssets(), VitePWA(pwaOptions), serveHeaders()],
  server: { headers: { ...DEV_SECURITY_HEADERS } },
  // Preview's headers depend on the path (the iframe embed may be framed): build/serveHeaders.ts
  // sends them. Empty here, as an unset value would make preview send the dev server's.
  preview: { headers: {} },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // No asset becomes a `data:` URL, so the policy needs no `data:` source for fonts or images.
    assetsInlineLimit: 0,
    // bench.html drives `npm run bench -- --browser`; it loads the same worker as the app.
    // embed.html is the iframe embed (docs/embed.md); the custom element is its own build,
    // vite.embed.config.ts, into dist/embed/.
    rolldownOptions: { input: { main: page('index.html'), bench: page('bench.html'), embed: page('embed.html') } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
