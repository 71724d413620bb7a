/**
 * Playwright configuration: Debian's Chromium (/usr/bin/chromium; Playwright's own browser
 * download does not work here) against the BUILT app served by `vite preview`, which sends
 * the COOP/COEP headers. Specs and page objects live in e2e/.
 * Set E2E_SKIP_BUILD=1 when dist/ is already fresh (`npm run check` builds just before);
 * without it (or without dist/) the web server builds first.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.ts';

const PORT = 4173;
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
  webServer: {
    command: distIsFresh ? serve : `npm run build && ${serve}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
