/**
 * Test fixtures: `inspector` (the page object) and two automatic guards: one fails any test
 * whose page sent a request to a host other than the app's own origin, the other any test
 * during which the Content-Security-Policy blocked something (build/securityHeaders.ts).
 */
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
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

/** The name of the binding a page reports its CSP violations through. */
const CSP_BINDING = '__polyvoxCspViolation';

/**
 * Records every CSP violation in a browser context into `sink`: each page's (and frame's)
 * `securitypolicyviolation` events, and the browser's log entries that name the policy,
 * which also come from the page's workers (whose events a page listener never sees, and
 * whose messages are not console calls): read through a CDP session per page.
 */
export async function watchCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding(CSP_BINDING, ({ page }, report: string) => void sink.push(`${page.url()}: ${report}`));
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
  }, CSP_BINDING);
  const watchLog = async (page: Page) => {
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Log.entryAdded', ({ entry }) => {
        if (/Content Security Policy/i.test(entry.text)) sink.push(`${entry.source} ${entry.url ?? ''}: ${entry.text}`);
      });
      await cdp.send('Log.enable');
    } catch {
      // The page closed before its session opened: nothing more to watch there.
    }
  };
  await Promise.all(context.pages().map(watchLog));
  context.on('page', (page) => void watchLog(page));
}

/** Makes every context `browser` creates (the `context` fixture's and a spec's own) watch for CSP violations. */
function guardNewContexts(browser: Browser, sink: string[]): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await watchCspViolations(context, sink);
    return context;
  };
}

interface WorkerFixtures {
  /** CSP violations seen since the last test's check (contexts made in `beforeAll` included). */
  cspViolations: string[];
}

interface Fixtures {
  inspector: InspectorPage;
  /** Every request URL the page (and its workers) made during the test. */
  requests: string[];
}

export const test = base.extend<Fixtures & { cspGuard: void }, WorkerFixtures>({
  cspViolations: [
    async ({ browser }, use) => {
      const sink: string[] = [];
      guardNewContexts(browser, sink);
      await use(sink);
    },
    { scope: 'worker', auto: true },
  ],
  cspGuard: [
    async ({ cspViolations }, use) => {
      cspViolations.length = 0;
      await use();
      expect(cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
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
