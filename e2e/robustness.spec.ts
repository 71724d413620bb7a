/**
 * Nothing a user says or does breaks Polyvox or loses their data, in the real browser:
 * - the sentence that used to brick the app for good ("set a 3000000000 hour timer") is
 *   refused, and the page still works after a reload;
 * - a record that cannot be shown (the bricking timer, stored by an older version) is set
 *   aside and reported once; the app starts;
 * - 1,000 list items added in bursts of 50, the browser killed (SIGKILL) right after the
 *   last reply: every item whose reply said it was added is there after reopening.
 */
import type { Page } from '@playwright/test';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { expect, test } from './fixtures.ts';
import { InspectorPage } from './inspector.ts';
import { killableProfile } from './killableBrowser.ts';

/** Delivers transcripts at once (as a burst) and returns their replies' effects. */
async function hearAll(page: Page, transcripts: string[]): Promise<string[]> {
  return page.evaluate(async (ts) => {
    const hook = (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest;
    await Promise.all(ts.map((t) => hook.hear(t)));
    const replies = [...document.querySelectorAll('[data-testid="assistant-reply"]')].slice(-ts.length);
    return replies.map((r) => `${r.getAttribute('data-effect') ?? ''}|${r.textContent ?? ''}`);
  }, transcripts);
}

/** Seeds version 1 of the dialogue database (whole collections in `kv`), as older builds left it. */
async function seedV1(page: Page, alarms: unknown[]): Promise<void> {
  await page.goto('/models/polyvox-nlu-v12/labels.json');
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('polyvox-dialog', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, 'alarms');
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    alarms,
  );
}

test.describe('robustness', () => {
  test('"set a 3000000000 hour timer" is refused, and the page still works after a reload', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new InspectorPage(page);
    await app.goto();
    await app.waitReady();
    const [reply] = await hearAll(page, ['set a 3000000000 hour timer']);
    expect(reply).toContain('too long');
    await expect(page.getByTestId('alarm')).toHaveCount(0);
    await page.reload();
    await app.waitReady();
    await expect(page.getByTestId('app')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a stored record that cannot be shown is quarantined and reported once; the app starts', async ({ page }) => {
    const soon = Date.now() + 3_600_000;
    await seedV1(page, [
      { id: 'brick', kind: 'timer', seconds: 10800000000000, at: 10801796182722284, locale: 'en-US', ringing: false },
      { id: 'ok', kind: 'alarm', at: soon, locale: 'en-US', ringing: false },
    ]);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new InspectorPage(page);
    await app.goto();
    await app.waitReady();
    await expect(page.getByTestId('quarantine-notice')).toBeVisible();
    await expect(page.getByTestId('alarm')).toHaveCount(1);
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
    // Reported once: the record is set aside, so the next visit has nothing to report.
    await page.reload();
    await app.waitReady();
    await expect(page.getByTestId('alarm')).toHaveCount(1);
    await expect(page.getByTestId('quarantine-notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('1,000 items in bursts of 50, browser killed after the last reply: every added item is there', async ({ baseURL }) => {
    test.setTimeout(600_000);
    const profile = killableProfile();
    try {
      let browser = await profile.open();
      let page = await browser.context.newPage();
      await page.goto(`${baseURL!}/?testhook`);
      await new InspectorPage(page).waitReady();
      let added = 0;
      for (let burst = 0; burst < 20; burst++) {
        const replies = await hearAll(
          page,
          Array.from({ length: 50 }, (_, i) => `add item${burst * 50 + i} to my shopping list`),
        );
        added += replies.filter((r) => r.startsWith('list:add|') && !r.includes('could not save')).length;
      }
      await browser.kill();

      browser = await profile.open();
      page = await browser.context.newPage();
      await page.goto(`${baseURL!}/?testhook`);
      await new InspectorPage(page).waitReady();
      expect(added).toBeGreaterThanOrEqual(950);
      await expect(page.getByTestId('list-item')).toHaveCount(added);
      await browser.kill();
    } finally {
      profile.dispose();
    }
  });
});
