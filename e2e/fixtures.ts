/**
 * Test fixtures: `inspector` (the page object) and an automatic guard that fails any test
 * whose page sent a request to a host other than the app's own origin.
 */
import { test as base, expect } from '@playwright/test';
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

interface Fixtures {
  inspector: InspectorPage;
  /** Every request URL the page (and its workers) made during the test. */
  requests: string[];
}

export const test = base.extend<Fixtures>({
  requests: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const seen: string[] = [];
      // NOTE: context-level events also catch requests from dedicated workers.
      context.on('request', (req) => seen.push(req.url()));
      void page;
      await use(seen);
      const foreign = seen.filter((url) => !isOwnOrigin(url, origin));
      expect(foreign, 'requests to hosts other than the app itself').toEqual([]);
    },
    { auto: true },
  ],
  inspector: async ({ page }, use) => {
    await use(new InspectorPage(page));
  },
});

export { expect };
