/**
 * The presenter / kiosk view (`?kiosk`) in Chromium at 1920×1080, opened in German with
 * `?locale=de-DE`: the idle screen's language carousel; a spoken command (through the test
 * hook, exactly as a recognizer's transcript) shows what was heard, what was understood with
 * German friendly names, the reply and the effect; a ringing timer gets the big Stop, which
 * silences it, as does saying "stop"; after two minutes without a turn (Playwright's clock)
 * the kiosk is back on its idle screen. Writes docs/kiosk.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { expect, test } from './fixtures.ts';

const START = new Date('2026-11-24T09:00:00');
/** The German catalog: the names the kiosk must show. */
const DE = JSON.parse(readFileSync(new URL('../src/i18n/ui/locales/de.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;

test.use({ viewport: { width: 1920, height: 1080 } });

/** Says `transcript` and waits until the kiosk shows its reply. */
export async function hear(page: Page, transcript: string): Promise<void> {
  await page.evaluate((t) => (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest.hear(t), transcript);
  await expect(page.getByTestId('kiosk-heard')).toHaveText(`“${transcript}”`);
  await expect(page.getByTestId('kiosk-exchange')).toHaveAttribute('data-pending', 'false');
}

test('kiosk: idle carousel, an exchange with German names and its effect, Stop, reset after inactivity', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: START });
  await page.goto('/?kiosk&testhook&locale=de-DE');

  const kiosk = page.getByTestId('kiosk');
  await expect(kiosk).toHaveAttribute('data-idle', 'true');
  await expect(kiosk).toHaveAttribute('lang', 'de');
  const carousel = page.getByTestId('kiosk-carousel');
  await expect(carousel).toHaveAttribute('data-locale', 'de-DE');
  await expect(carousel).toContainText('Sag etwas auf Deutsch');
  await expect(page.getByTestId('kiosk-carousel-example')).toHaveAttribute('lang', 'de');
  // The carousel moves on to the next language by itself.
  await page.clock.runFor(4_100);
  await expect(carousel).not.toHaveAttribute('data-locale', 'de-DE');
  await expect(page.getByTestId('kiosk-status')).toHaveAttribute('data-nlu', 'ready', { timeout: 90_000 });

  await test.step('a command: heard, understood (German names), reply, effect', async () => {
    await hear(page, 'mach das licht grün');
    await expect(kiosk).toHaveAttribute('data-idle', 'false');
    const intent = page.getByTestId('kiosk-intent');
    // The intent the assistant acted on (the dialog may repair the model's), by its German name.
    await expect(intent).toHaveAttribute('data-intent', /^iot_hue_light/);
    const shown = (await intent.getAttribute('data-intent'))!;
    await expect(intent).toHaveText(DE.intentNames![shown]!);
    const colour = page.locator('[data-testid="kiosk-slot"][data-label="color_type"]');
    await expect(colour).toContainText('Farbe');
    await expect(colour).toContainText('grün');
    const reply = page.getByTestId('kiosk-reply');
    await expect(reply).toHaveAttribute('lang', 'de');
    expect((await reply.textContent())?.trim().length).toBeGreaterThan(0);
    await expect(page.getByTestId('kiosk-effect')).toHaveAttribute('data-panel', 'home');
    await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'on');
    await expect(page.getByTestId('device-light')).toHaveAttribute('data-colour', 'green');
    await page.screenshot({ path: 'docs/kiosk.png' });
  });

  await test.step('a ringing timer: the big Stop silences it', async () => {
    await hear(page, 'stell einen timer auf zehn minuten');
    await expect(page.getByTestId('kiosk-effect')).toHaveAttribute('data-panel', 'alarms');
    await expect(page.getByTestId('alarm')).toHaveCount(1);
    await expect(page.getByTestId('kiosk-stop')).toHaveCount(0);
    await page.clock.fastForward('10:01');
    await expect(page.getByTestId('kiosk-stop')).toBeVisible();
    await expect(page.getByTestId('kiosk-stop')).toHaveText('Stopp');
    await expect(page.getByTestId('alarm')).toHaveAttribute('data-ringing', 'true');
    await page.getByTestId('kiosk-stop').click();
    await expect(page.getByTestId('kiosk-stop')).toHaveCount(0);
    await expect(page.getByTestId('alarm')).toHaveCount(0);
  });

  await test.step('a ringing timer: saying "stop" silences it too', async () => {
    await hear(page, 'timer 25 minuten');
    await page.clock.fastForward('25:01');
    await expect(page.getByTestId('kiosk-stop')).toBeVisible();
    await hear(page, 'stop');
    await expect(page.getByTestId('kiosk-stop')).toHaveCount(0);
    await expect(page.getByTestId('kiosk-reply')).toHaveAttribute('data-effect', 'alarm:stop');
  });

  await test.step('after two minutes without a turn, the idle screen again', async () => {
    await page.clock.fastForward('01:30');
    await expect(kiosk).toHaveAttribute('data-idle', 'false');
    await page.clock.fastForward('00:31');
    await expect(kiosk).toHaveAttribute('data-idle', 'true');
    await expect(page.getByTestId('kiosk-carousel')).toBeVisible();
    // The home keeps its state: only the conversation is cleared.
    await hear(page, 'licht aus');
    await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'off');
  });

  expect(errors).toEqual([]);
  await expect(page.getByTestId('page-error')).toHaveCount(0);
  // The NLU answered every turn in time: the watchdog never had to replace it.
  await expect(kiosk).toHaveAttribute('data-nlu-restarts', '0');
});
