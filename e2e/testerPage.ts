/** Page helpers for the tester view (`?mode=tester`), shared by its specs. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Page errors and console errors of a page (the view must produce none). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Opens the tester view in a new page and waits for the model and the stored turns. */
export async function openTester(context: BrowserContext, baseURL: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${baseURL}/?mode=tester&testhook`);
  await expect(page.getByTestId('nlu-ready')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('tester-save-state')).toHaveAttribute('data-loaded', 'true');
  return page;
}

/** Types one utterance in `locale` and returns its (newest, focused) turn. */
export async function say(page: Page, locale: string, text: string): Promise<Locator> {
  const localeSelect = page.getByTestId('locale-select');
  if ((await localeSelect.inputValue()) !== locale) await localeSelect.selectOption(locale);
  const count = Number((await page.getByTestId('tester-turns').getAttribute('data-count')) ?? '0');
  await page.getByTestId('tester-input').fill(text);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tester-turns')).toHaveAttribute('data-count', String(count + 1));
  const turn = page.locator('[data-testid="tester-turn"][aria-current="true"]');
  await expect(turn.getByTestId('tester-utt')).toHaveAttribute('data-utt', text);
  return turn;
}
