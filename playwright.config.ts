/**
 * Playwright configuration: Debian's Chromium (/usr/bin/chromium; Playwright's own browser
 * download does not work here) against the BUILT app served by `vite preview`, which sends
 * the COOP/COEP headers. Specs and page objects live in e2e/.
 * A second server, e2e/docsSite/serve.ts, is the docs site on another origin that embeds the app.
 * Set E2E_SKIP_BUILD=1 when dist/ is already fresh (`npm run check` builds just before);
 * without it (or without dist/) the web server builds first.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.ts';

const PORT = 4173;
/** The docs site of the embed test (e2e/docsSite/serve.ts): another origin, allowed to frame embed.html. */
export const DOCS_PORT = 4174;
const serve = 'npm run preview';
const distIsFresh = !!process.env.E2E_SKIP_BUILD && existsSync('dist/index.html');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  webServer: [
    {
      command: distIsFresh ? serve : `npm run build && ${serve}`,
      url: `http://127.0.0.1:${PORT}`,
      // The docs site may frame the iframe embed (build/serveHeaders.ts).
      env: { POLYVOX_EMBED_ORIGINS: `http://127.0.0.1:${DOCS_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx e2e/docsSite/serve.ts',
      url: `http://127.0.0.1:${DOCS_PORT}/`,
      env: { PORT: String(DOCS_PORT), APP_ORIGIN: `http://127.0.0.1:${PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
