/**
 * Takes the README screenshot (docs/screenshot.png) of the built app showing a parsed
 * utterance, with playwright-core and Debian's Chromium.
 * Run: `npm run build && (npm run preview &) && npx tsx e2e/screenshot.ts [url] [locale] [text]`
 */
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const locale = process.argv[3] ?? 'en-US';
const text = process.argv[4] ?? 'set an alarm for seven am tomorrow';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(url);
  await page.getByTestId('nlu-ready').waitFor({ timeout: 60_000 });
  await page.getByTestId('locale-select').selectOption(locale);
  await page.getByTestId('utterance-input').fill(text);
  await page.getByTestId('submit').click();
  await page.waitForFunction((t) => document.querySelector<HTMLElement>('[data-testid="nlu-result"]')?.dataset.utterance === t, text);
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
}
