/**
 * Vite + Vitest configuration for Polyvox.
 * Dev and preview send the app's headers (build/securityHeaders.ts): COOP/COEP so that
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
import { DEV_SECURITY_HEADERS, SECURITY_HEADERS } from './build/securityHeaders.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react(), espeakAssets(), VitePWA(pwaOptions)],
  server: { headers: { ...DEV_SECURITY_HEADERS } },
  preview: { headers: { ...SECURITY_HEADERS } },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // No asset becomes a `data:` URL, so the policy needs no `data:` source for fonts or images.
    assetsInlineLimit: 0,
    // bench.html drives `npm run bench -- --browser`; it loads the same worker as the app.
    rolldownOptions: { input: { main: page('index.html'), bench: page('bench.html') } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
