/**
 * The voice loop end to end, driven through `window.__polyvoxTest.hear` exactly as a
 * recognizer's final transcript: for each of the 18 MASSIVE scenarios, in five locales, the
 * right skill answers in the locale's language and its visible effect happens — the light
 * turns on, an alarm appears and later rings, a list item survives a reload, the volume
 * rises, music plays, arithmetic is right; online-only skills say so honestly.
 * One page per locale (the model loads once) with the page clock fixed at 09:00, so alarm
 * times and "what time is it" have known answers.
 */
import type { Page } from '@playwright/test';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { langTag } from '../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';
import { InspectorPage } from './inspector.ts';
import { LOOP_CASES, LOOP_LOCALES } from './assistantUtterances.ts';

const START = new Date('2026-11-24T09:00:00');

/** Says `transcript` and returns the newest reply element once it is there. */
async function hear(page: Page, transcript: string) {
  const before = await page.getByTestId('assistant-reply').count();
  await page.evaluate((t) => (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest.hear(t), transcript);
  await expect(page.getByTestId('assistant-reply')).toHaveCount(before + 1);
  return page.getByTestId('assistant-reply').last();
}

/** Online-only scenarios: the skill answers honestly and names what it understood. */
const OFFLINE = new Set(['weather', 'news', 'takeaway', 'transport', 'email', 'social', 'recommendation', 'cooking', 'music']);

test.describe('voice loop', () => {
  test('the scenario table covers all 18 scenarios in five locales', () => {
    const scenarios = new Set(LOOP_CASES.map(([s]) => s));
    expect(scenarios.size).toBe(18);
    for (const s of scenarios) {
      expect(LOOP_CASES.filter(([x]) => x === s).map(([, l]) => l).sort()).toEqual([...LOOP_LOCALES].sort());
    }
  });

  for (const locale of LOOP_LOCALES) {
    test(`18 scenarios in ${locale}: right skill, visible effect, reply in ${langTag(locale)}`, async ({ page }) => {
      await page.clock.install({ time: START });
      const app = new InspectorPage(page);
      await app.goto();
      await app.waitReady();
      await app.selectLocale(locale);
      const lang = langTag(locale);
      await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'off');
      const volumeBefore = Number(await page.getByTestId('volume').getAttribute('data-volume'));

      for (const [scenario, , transcript] of LOOP_CASES.filter(([, l]) => l === locale)) {
        await test.step(`${scenario}: ${transcript}`, async () => {
          const reply = await hear(page, transcript);
          await expect(reply).toHaveAttribute('data-scenario', scenario);
          await expect(reply).toHaveAttribute('lang', lang);
          expect((await reply.textContent())?.trim().length).toBeGreaterThan(0);
          const effect = (await reply.getAttribute('data-effect')) ?? '';
          switch (scenario) {
            case 'alarm':
              expect(effect).toBe('alarm:set');
              await expect(page.getByTestId('alarm')).toHaveCount(1);
              await expect(page.getByTestId('alarm')).toHaveAttribute('data-ringing', 'false');
              break;
            case 'iot':
              await expect(page.getByTestId('device-light')).toHaveAttribute('data-state', 'on');
              break;
            case 'lists':
              expect(effect).toBe('list:add');
              await expect(page.getByTestId('list-item')).not.toHaveCount(0);
              break;
            case 'calendar':
              await expect(page.getByTestId('event')).toHaveCount(1);
              break;
            case 'datetime':
              // The page clock reads 09:00 and runs on: the reply tells that time in the locale.
              expect(effect).toBe('time:now');
              await expect(reply).toContainText(/9:0\d/);
              break;
            case 'qa':
              expect(effect).toBe('math:ok');
              await expect(reply).toContainText(locale === 'en-US' ? '= 9' : '= 49');
              break;
            case 'audio':
              await expect(page.getByTestId('volume')).toHaveAttribute('data-volume', String(volumeBefore + 10));
              break;
            case 'play':
              await expect(page.getByTestId('media')).toHaveAttribute('data-state', 'playing');
              break;
            case 'general':
              expect(effect).toBe('general:joke');
              break;
            default:
              expect(OFFLINE.has(scenario)).toBe(true);
              expect(effect).toMatch(new RegExp(`^offline:${scenario}_`));
          }
        });
      }

      await test.step('the alarm set for 12:00 rings at 12:00 and says so in the locale', async () => {
        await page.clock.fastForward('03:01:00');
        await expect(page.getByTestId('alarm')).toHaveAttribute('data-ringing', 'true');
        const ring = page.locator('[data-testid="assistant-reply"][data-effect="alarm:ring"]');
        await expect(ring).toHaveCount(1);
        await expect(ring).toHaveAttribute('lang', lang);
      });

      await test.step('list items and calendar events are still there after a reload', async () => {
        const items = await page.getByTestId('list-item').allTextContents();
        await page.reload();
        await app.waitReady();
        await expect(page.getByTestId('list-item')).toHaveText(items);
        await expect(page.getByTestId('event')).toHaveCount(1);
      });
    });
  }

  test('a missing value gets a follow-up question, and the answer completes the action', async ({ page }) => {
    await page.clock.install({ time: START });
    const app = new InspectorPage(page);
    await app.goto();
    await app.waitReady();
    for (const [locale, request, answer] of [
      ['en-US', 'set an alarm', 'seven thirty pm'],
      ['de-DE', 'stell einen wecker', 'halb acht'],
    ] as const) {
      await app.selectLocale(locale);
      const before = await page.getByTestId('alarm').count();
      const question = await hear(page, request);
      await expect(question).toHaveAttribute('data-scenario', 'alarm');
      expect(await question.getAttribute('data-effect')).not.toBe('alarm:set');
      await expect(page.getByTestId('alarm')).toHaveCount(before);
      const done = await hear(page, answer);
      await expect(done).toHaveAttribute('data-effect', 'alarm:set');
      await expect(done).toContainText(/7:30|19:30/);
      await expect(page.getByTestId('alarm')).toHaveCount(before + 1);
    }
  });
});
