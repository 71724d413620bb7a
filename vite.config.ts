/**
 * Vite + Vitest configuration for Polyvox.
 * Cross-origin isolation headers (COOP/COEP) are set for dev and preview so that
 * onnxruntime-web can use multi-threaded WASM (SharedArrayBuffer needs them).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { espeakAssets } from './build/espeakAssets.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Headers that make the page `crossOriginIsolated`. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), espeakAssets()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // bench.html drives `npm run bench -- --browser`; it loads the same worker as the app.
    rolldownOptions: { input: { main: page('index.html'), bench: page('bench.html') } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
