/**
 * The offline app (build/pwaManifest.ts) and the headers it is served with
 * (build/securityHeaders.ts): after one visit the page, the model and the engine load with
 * the network off and a spoken command still has its effect; the manifest is valid and the
 * page installable; every response carries the exact policy; /favicon.ico exists. The CSP
 * guard in fixtures.ts checks these pages too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ICONS } from '../build/pwaManifest.ts';
import { SECURITY_HEADERS } from '../build/securityHeaders.ts';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { expect, test, watchCspViolations } from './fixtures.ts';
import { InspectorPage } from './inspector.ts';

/** Says `transcript` through the test hook and waits for the reply. */
async function hear(page: Page, transcript: string): Promise<void> {
  const before = await page.getByTestId('assistant-reply').count();
  await page.evaluate((t) => (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest.hear(t), transcript);
  await expect(page.getByTestId('assistant-reply')).toHaveCount(before + 1);
}

/** Waits until the service worker is active, which is when its precache is complete. */
async function waitForOfflineCopy(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const cacheNames = await caches.keys();
    const precache = cacheNames.find((name) => name.startsWith('workbox-precache'));
    if (!registration.active || !precache) throw new Error(`no active service worker with a precache (${cacheNames.join(', ')})`);
    return (await (await caches.open(precache)).keys()).length;
  });
}

test.describe('offline app', () => {
  test('after one visit, the page, the model and a spoken command work offline', async ({ page, context }) => {
    const app = new InspectorPage(page);
    await app.goto();
    await app.waitReady();
    expect(await waitForOfflineCopy(page)).toBeGreaterThan(30);

    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The network is really gone: what the offline copy does not hold cannot be fetched.
    expect(await page.evaluate(() => fetch('/not-in-the-offline-copy.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
    await app.waitReady();
    await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'off');
    await hear(page, 'turn the lights on');
    await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'on');
    await hear(page, 'set an alarm for twelve');
    await expect(page.getByTestId('alarm')).toHaveCount(1);
    // The other entry points of the same page also come from the offline copy.
    await page.goto('/?mode=tester');
    await expect(page.getByTestId('tester')).toBeVisible();
    await context.setOffline(false);
  });

  test('the manifest is valid and its icons load at their sizes', async ({ page, context, request }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.webmanifest$/);
    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('manifest+json');
    const manifest = (await response.json()) as Record<string, unknown> & { icons: Array<{ src: string; sizes: string; purpose?: string }> };
    expect(manifest).toMatchObject({ name: expect.stringContaining('Polyvox'), short_name: 'Polyvox', display: 'standalone', start_url: './', scope: './' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest.icons).toEqual(ICONS.map((icon) => ({ ...icon })));

    for (const icon of manifest.icons.filter((i) => i.sizes !== 'any')) {
      const shown = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      expect(shown, icon.src).toBe(icon.sizes);
    }

    const cdp = await context.newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: Array<{ message: string }> };
    expect(errors).toEqual([]);
  });

  test('the page is installable', async ({ playwright, baseURL, cspViolations }) => {
    // Chromium never offers installation in an incognito profile, which every Playwright
    // context is: this check runs in a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'polyvox-install-'));
    const context = await playwright.chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], baseURL });
    try {
      await watchCspViolations(context, cspViolations);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await waitForOfflineCopy(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('every response carries the security headers, and /favicon.ico is there', async ({ request }) => {
    for (const path of ['/', '/manifest.webmanifest', '/sw.js', '/models/polyvox-nlu-v12/config.json', '/espeak/COPYING']) {
      const headers = (await request.get(path)).headers();
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect((await request.get('/favicon.svg')).headers()['content-type']).toContain('image/svg+xml');
  });
});
