/**
 * Test fixtures: `inspector` (the page object) and an automatic guard that fails any test
 * whose page sent a request to a host other than the app's own origin.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { InspectorPage } from './inspector.ts';

/** True for URLs that never leave the page's own origin (data:, same-origin blob:, same origin). */
export function isOwnOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Records every request of a browser context; `foreign()` lists those that left `origin`. */
export function watchRequests(context: BrowserContext, origin: string) {
  const seen: string[] = [];
  // NOTE: context-level events also catch requests from dedicated workers.
  context.on('request', (req) => seen.push(req.url()));
  return { seen, foreign: () => seen.filter((url) => !isOwnOrigin(url, origin)) };
}

interface Fixtures {
  inspector: InspectorPage;
  /** Every request URL the page (and its workers) made during the test. */
  requests: string[];
}

export const test = base.extend<Fixtures>({
  requests: [
    async ({ context, baseURL }, use) => {
      const watch = watchRequests(context, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
      await use(watch.seen);
      expect(watch.foreign(), 'requests to hosts other than the app itself').toEqual([]);
    },
    { auto: true },
  ],
  inspector: async ({ page }, use) => {
    await use(new InspectorPage(page));
  },
});

export { expect };
