/**
 * Speech capture and output in real Chromium, on the test-only harness page
 * (testing/speech/harness/, built into dist/speech-harness/ before the tests): eSpeak NG speaks
 * offline with non-silent PCM; the level meter moves with Chromium's fake microphone; a denied
 * microphone gives the clear message and leaves typed input alone; the real Web Speech engine
 * here reports a typed error instead of pretending to listen.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type {} from '../testing/speech/harness/hook.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { expect, test } from './fixtures.ts';

const HARNESS = '/speech-harness/index.html';
/** Chromium's synthetic microphone (a periodic beep) instead of a real device. */
const FAKE_MIC = '--use-fake-device-for-media-stream';

// NOTE: launch options must be file-level (they force a new browser). No
// --use-fake-ui-for-media-stream: it would accept every prompt, and the denial test needs
// Chromium's real refusal; the microphone tests grant the permission on their context instead.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, FAKE_MIC] } });

test.beforeAll(() => {
  if (!existsSync('dist/espeak/espeak-ng.data')) {
    throw new Error('dist/ has no espeak/ folder: rebuild the app (npx vite build) so build/espeakAssets.ts emits espeak/');
  }
  execFileSync('npx', ['vite', 'build', '--config', 'testing/speech/harness/vite.config.ts'], { stdio: 'inherit' });
});

async function openHarness(page: Page, query = '') {
  await page.goto(`${HARNESS}${query}`);
  await page.waitForFunction(() => !!window.__speechHarness);
}

/** One example utterance per locale, in its own script. */
const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['en-US', 'turn on the lights in the kitchen'],
  ['de-DE', 'schalte das Licht in der Küche ein'],
  ['fr-FR', 'allume les lumières de la cuisine'],
  ['es-ES', 'enciende las luces de la cocina'],
  ['hi-IN', 'रसोई की बत्ती जलाओ'],
  ['ru-RU', 'включи свет на кухне'],
  ['ar-SA', 'شغل الأضواء في المطبخ'],
  ['zh-CN', '打开厨房的灯'],
];

test.describe('offline speech output (eSpeak NG)', () => {
  test('synthesizes non-silent audio of plausible length in eight locales', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await openHarness(page);
    for (const [locale, text] of SAMPLES) {
      const stats = await page.evaluate(([t, l]) => window.__speechHarness!.synthesizeStats(t, l), [text, locale] as const);
      const seconds = stats.length / stats.sampleRate;
      expect(stats.sampleRate, locale).toBe(22050);
      // Half a second to eight seconds for a short request; speech RMS ~0.05–0.15 in eSpeak.
      expect(seconds, `${locale} duration`).toBeGreaterThan(0.5);
      expect(seconds, `${locale} duration`).toBeLessThan(8);
      expect(stats.rms, `${locale} RMS`).toBeGreaterThan(0.02);
      expect(stats.peak, `${locale} peak`).toBeGreaterThan(0.2);
    }
    expect(failed, 'failed requests (the engine loads only its own two files)').toEqual([]);
  });

  test('refuses a locale it does not cover instead of speaking the wrong language', async ({ page }) => {
    await openHarness(page);
    const error = await page.evaluate(() =>
      window.__speechHarness!.synthesizeStats('បើកភ្លើង', 'km-KH').then(
        () => null,
        (e: Error & { kind?: string }) => e.kind ?? e.name,
      ),
    );
    expect(error).toBe('no-voice');
  });

  test('the voice picker offers eSpeak NG and speak() falls back to it', async ({ page }) => {
    await openHarness(page, '?locale=de-DE');
    // By value: the label is translated ("eSpeak NG (offline)" in English).
    await expect(page.getByTestId('voice-select').locator('option[value="espeak"]')).toHaveCount(1);
    await page.getByTestId('rate-input').fill('1.5');
    const result = await page.evaluate(async () => {
      const h = window.__speechHarness!;
      await h.speaker.speak('Guten Morgen', 'de-DE');
      const pcm = h.espeak.lastPcm;
      return { rate: h.speaker.rate, length: pcm?.samples.length ?? 0, voice: h.speaker.voiceFor('de-DE')?.id };
    });
    expect(result.rate).toBe(1.5);
    expect(result.length).toBeGreaterThan(22050 * 0.3);
    expect(result.voice).toBeTruthy();
  });

  test('the online-recognition opt-in is off by default and explains where audio goes', async ({ page }) => {
    await openHarness(page);
    const box = page.getByTestId('allow-online-recognition');
    await expect(box).not.toBeChecked();
    await expect(page.getByText(/sent to the browser vendor/)).toBeVisible();
  });
});

test.describe('microphone with a fake device', () => {
  test.use({ permissions: ['microphone'] });

  test('the level meter moves while listening and the mic is released after', async ({ page }) => {
    await openHarness(page, '?recognizer=fake');
    const mic = page.getByTestId('mic-button');
    const meter = page.getByTestId('level-meter');
    await expect(mic).toHaveAttribute('data-state', 'idle');
    await mic.click();
    await expect(mic).toHaveAttribute('data-state', 'listening');
    await expect(mic).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => Number(await meter.getAttribute('data-level')), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.evaluate(() => window.__speechHarness!.fake!.hearInterim('turn on the'));
    await expect(page.getByTestId('interim-transcript')).toHaveText('turn on the');
    await mic.click();
    await expect(mic).toHaveAttribute('data-state', 'idle');
    await expect(meter).toHaveAttribute('data-level', '0.00');
    expect(await page.evaluate(() => window.__speechHarness!.liveTracks())).toBe(0);
    expect(await page.evaluate(() => window.__speechHarness!.finals)).toEqual(['turn on the']);
  });

  test("this Chromium's Web Speech engine reports a typed error, not a fake 'listening'", async ({ page }) => {
    await openHarness(page);
    const mic = page.getByTestId('mic-button');
    await mic.click();
    await expect(mic).toHaveAttribute('data-state', 'error');
    const reason = await page.getByTestId('speech-error').getAttribute('data-reason');
    // No on-device pack can be installed offline, and online recognition was not allowed.
    expect(['language-pack-failed', 'online-not-allowed']).toContain(reason);
    await expect(page.getByTestId('speech-error')).toContainText('voice settings');
    expect(await page.evaluate(() => window.__speechHarness!.liveTracks())).toBe(0);
  });
});

test.describe('denied microphone', () => {
  test('a refused permission prompt gives the clear message and typing still works', async ({ page }) => {
    // No permission granted and no auto-accept flag: Chromium refuses getUserMedia.
    await openHarness(page, '?recognizer=fake');
    const typed = page.getByTestId('typed-input');
    await typed.fill('wake me up at seven');
    await page.getByTestId('mic-button').click();
    await expect(page.getByTestId('mic-button')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('speech-error')).toHaveAttribute('data-reason', 'mic-denied');
    await expect(page.getByTestId('speech-error')).toContainText('Microphone access was denied');
    await expect(typed).toHaveValue('wake me up at seven');
    await typed.fill('wake me up at eight');
    await expect(typed).toHaveValue('wake me up at eight');
  });

  test('getUserMedia rejecting with NotAllowedError maps to the same message', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await openHarness(page, '?recognizer=fake');
    await page.getByTestId('mic-button').click();
    await expect(page.getByTestId('speech-error')).toHaveAttribute('data-reason', 'mic-denied');
    await expect(page.getByTestId('typed-input')).toBeEditable();
  });
});
