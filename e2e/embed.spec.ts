/**
 * The embeds (docs/embed.md) on a docs site of another origin (e2e/docsSite/serve.ts, port
 * 4174): two `<polyvox-assistant>` elements (en-US, text; de-DE, voice, compact) and the
 * iframe embed (fr-FR) from the app's origin work independently; the host's CSS and the
 * element's do not reach each other; the element adds no global; nothing is requested from
 * any origin but those two; a third origin's messages to the iframe are ignored, and a page of
 * an origin not on the allow-list cannot frame it. `EMBED_SCREENSHOT=1` writes docs/embed.png.
 */
import type { Locator, Page } from '@playwright/test';
import type { RepliedDetail } from '../src/embed/events.ts';
import { expect, test as base } from './fixtures.ts';

const DOCS = 'http://127.0.0.1:4174';
/** The docs server under another name: a third origin, not on the allow-list. */
const OTHER = 'http://localhost:4174';

interface LogEntry {
  from: string;
  type: string;
  detail: Record<string, unknown>;
}

/** Every request of the test, checked against the origins the test allows (the shared fixture allows only the app's). */
const test = base.extend<{ allowedOrigins: string[] }>({
  allowedOrigins: [[], { option: true }],
  // An override keeps the shared fixture's `auto`; every test below names it all the same.
  requests: async ({ context, baseURL, allowedOrigins }, use) => {
    const seen: string[] = [];
    context.on('request', (req) => seen.push(req.url()));
    await use(seen);
    const origins = new Set([new URL(baseURL ?? '').origin, DOCS, ...allowedOrigins]);
    expect(seen.filter((url) => !url.startsWith('data:') && !origins.has(new URL(url).origin)), 'requests to other origins').toEqual([]);
  },
});

const log = (page: Page) => page.evaluate(() => (window as unknown as { __docsLog: LogEntry[] }).__docsLog);
const entries = async (page: Page, from: string, type: string) => (await log(page)).filter((e) => e.from === from && e.type === type);

async function openDocs(page: Page, url = `${DOCS}/`): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  // The frame may say ready twice (on connecting, and in answer to the page's hello).
  await expect.poll(async () => [...new Set((await log(page)).filter((e) => e.type === 'polyvox-ready' || e.type === 'polyvox:ready').map((e) => e.from))].sort(), { timeout: 90_000 }).toEqual([
    'assistant-de',
    'assistant-en',
    'frame',
  ]);
  expect(errors).toEqual([]);
}

/** Types `text` into an element's own input and sends it, as a visitor does. */
async function type(element: Locator, text: string): Promise<void> {
  await element.getByTestId('embed-input').fill(text);
  await element.getByTestId('embed-send').click();
}

test.describe('embeds on a docs page of another origin', () => {
  test('two elements and the iframe answer independently; styles and globals stay apart; two origins only', async ({ page, requests, baseURL }) => {
    await openDocs(page);
    const en = page.locator('#assistant-en');
    const de = page.locator('#assistant-de');

    // The English element, typed into.
    await type(en, 'wake me up at seven am tomorrow');
    await expect(en.getByTestId('embed-reply')).toHaveCount(1);
    const [enUnderstood] = await entries(page, 'assistant-en', 'polyvox-understood');
    expect(enUnderstood?.detail).toMatchObject({ text: 'wake me up at seven am tomorrow', locale: 'en-US', intent: 'alarm_set', scenario: 'alarm' });
    const [enReplied] = await entries(page, 'assistant-en', 'polyvox-replied');
    expect(enReplied?.detail).toMatchObject({ locale: 'en-US', lang: 'en', intent: 'alarm_set', effect: 'alarm:set' });
    await expect(en.getByTestId('embed-reply')).toHaveText(enReplied?.detail.text as string);

    // The German element, through its script API, and in its own language.
    const deReply = await de.evaluate((el) => (el as unknown as { hear(t: string): Promise<RepliedDetail | null> }).hear('schalte das licht aus'));
    expect(deReply).toMatchObject({ locale: 'de-DE', lang: 'de', intent: 'iot_hue_lightoff', effect: 'light:off' });
    await expect(de.getByTestId('embed-reply')).toHaveText(deReply?.text ?? '');
    await expect(de.getByTestId('embed-mic')).toBeVisible();
    await expect(en.getByTestId('embed-mic')).toBeHidden();
    // Each kept to its own turn: no event of one element names the other's text.
    expect(await entries(page, 'assistant-en', 'polyvox-replied')).toHaveLength(1);
    expect(await entries(page, 'assistant-de', 'polyvox-replied')).toHaveLength(1);
    await expect(en.getByTestId('embed-heard')).toHaveText(['wake me up at seven am tomorrow']);
    await expect(de.getByTestId('embed-heard')).toHaveText(['schalte das licht aus']);
    // Their dialogues are apart too: the alarm set in English is not in the German one.
    const deAlarms = await de.evaluate((el) => (el as unknown as { hear(t: string): Promise<RepliedDetail | null> }).hear('welche wecker habe ich'));
    expect(deAlarms).toMatchObject({ intent: 'alarm_query', lang: 'de' });
    const enAlarms = await en.evaluate((el) => (el as unknown as { hear(t: string): Promise<RepliedDetail | null> }).hear('what alarms do i have'));
    expect(enAlarms).toMatchObject({ intent: 'alarm_query', lang: 'en' });
    expect(deAlarms?.text).not.toEqual(enAlarms?.text);

    // The iframe, asked by the docs page through postMessage.
    await page.getByRole('button', { name: 'Ask through postMessage' }).click();
    await expect.poll(async () => (await entries(page, 'frame', 'polyvox:replied')).length).toBe(1);
    const [frameUnderstood] = await entries(page, 'frame', 'polyvox:understood');
    expect(frameUnderstood?.detail).toMatchObject({ id: 'docs-1', locale: 'fr-FR', intent: 'alarm_set' });
    const [frameReplied] = await entries(page, 'frame', 'polyvox:replied');
    expect(frameReplied?.detail).toMatchObject({ id: 'docs-1', locale: 'fr-FR', lang: 'fr', effect: 'alarm:set' });
    const inFrame = page.frameLocator('#frame').locator('polyvox-assistant');
    await expect(inFrame.getByTestId('embed-reply')).toHaveText(frameReplied?.detail.text as string);
    // The elements heard nothing of it.
    expect(await entries(page, 'assistant-en', 'polyvox-replied')).toHaveLength(2);

    // The host's intrusive CSS does not get in…
    const inside = await en.getByTestId('embed-send').evaluate((b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, letterSpacing: s.letterSpacing, transform: s.textTransform };
    });
    expect(inside).toEqual({ background: 'rgb(36, 87, 197)', letterSpacing: 'normal', transform: 'none' });
    // Inherited properties neither: the page's uppercase and letter-spacing stop at the panel.
    const text = await en.getByTestId('embed-heard').first().evaluate((s) => {
      const style = getComputedStyle(s);
      return { letterSpacing: style.letterSpacing, transform: style.textTransform, fontFamily: style.fontFamily };
    });
    expect(text).toEqual({ letterSpacing: 'normal', transform: 'none', fontFamily: 'system-ui, sans-serif' });
    expect(await en.getByTestId('embed-log').evaluate((p) => getComputedStyle(p).borderTopStyle)).toBe('none');
    // …and the element's does not get out (the page's own .panel and button keep the page's rules).
    const outside = await page.evaluate(() => {
      const button = getComputedStyle(document.getElementById('host-button') as HTMLElement);
      const panel = getComputedStyle(document.querySelector('header.panel') as HTMLElement);
      return { background: button.backgroundColor, padding: button.paddingTop, panelBorder: `${panel.borderTopWidth} ${panel.borderTopStyle}` };
    });
    expect(outside).toEqual({ background: 'rgb(255, 0, 0)', padding: '0px', panelBorder: '4px dashed' });
    // No global beside the docs page's own.
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __docsGlobalsBefore: string[] }).__docsGlobalsBefore);
      return Object.keys(window).filter((k) => !before.has(k)).sort();
    });
    expect(added).toEqual(['__docsGlobalsBefore', '__docsLog']);

    // Exactly the two origins: the docs site (the page, the element, its model) and the app (the iframe).
    const app = new URL(baseURL ?? '').origin;
    const byOrigin = new Map<string, number>();
    for (const url of requests.filter((u) => !u.startsWith('data:'))) byOrigin.set(new URL(url).origin, (byOrigin.get(new URL(url).origin) ?? 0) + 1);
    expect([...byOrigin.keys()].sort()).toEqual([app, DOCS].sort());
    expect(requests.some((u) => u.startsWith(`${DOCS}/polyvox/models/`))).toBe(true);
    expect(requests.some((u) => u.startsWith(`${app}/models/`))).toBe(true);

    if (process.env.EMBED_SCREENSHOT) {
      await page.setViewportSize({ width: 1100, height: 1000 });
      await page.screenshot({ path: 'docs/embed.png', fullPage: true });
    }
  });

  test('an element whose model is missing says so, and the others keep working', async ({ page, requests }) => {
    await openDocs(page);
    const error = await page.evaluate(
      () =>
        new Promise<{ detail: unknown; status: string; role: string | null }>((resolve) => {
          const el = document.createElement('polyvox-assistant');
          el.id = 'assistant-broken';
          el.setAttribute('locale', 'es-ES');
          el.setAttribute('model', '/polyvox/models/missing/');
          el.addEventListener('polyvox-error', (e) => {
            const status = el.shadowRoot?.querySelector('[data-testid="embed-status"]');
            resolve({ detail: (e as CustomEvent).detail, status: status?.textContent ?? '', role: status?.getAttribute('role') ?? null });
          });
          document.body.append(el);
        }),
    );
    expect(error.detail).toMatchObject({ stage: 'load', code: 'model-missing' });
    expect(error.role).toBe('alert');
    expect(error.status).toMatch(/\S/);
    await expect(page.locator('#assistant-broken').getByTestId('embed-send')).toBeDisabled();
    await type(page.locator('#assistant-en'), 'turn on the light');
    await expect(page.locator('#assistant-en').getByTestId('embed-reply')).toHaveCount(1);
    expect(requests.some((u) => u.includes('/polyvox/models/missing/'))).toBe(true);
    // Pointed at the real model, the same element starts afresh and answers in Spanish.
    const broken = page.locator('#assistant-broken');
    await broken.evaluate((el) => el.setAttribute('model', '/polyvox/models/polyvox-nlu-v12/'));
    await expect(broken.getByTestId('embed-send')).toBeEnabled({ timeout: 60_000 });
    await expect(broken.getByTestId('embed-status')).toBeHidden();
    await type(broken, 'pon una alarma a las siete');
    await expect(broken.getByTestId('embed-reply')).toHaveCount(1);
    await expect(broken.getByTestId('embed-reply')).toHaveAttribute('lang', 'es');
    // Send with nothing typed: a message and an event, no turn.
    const empty = broken.evaluate((el) => new Promise((resolve) => el.addEventListener('polyvox-error', (e) => resolve((e as CustomEvent).detail), { once: true })));
    await broken.getByTestId('embed-send').click();
    expect(await empty).toMatchObject({ stage: 'understand', code: 'empty-text' });
    await expect(broken.getByTestId('embed-status')).toHaveAttribute('role', 'alert');
    await expect(broken.getByTestId('embed-heard')).toHaveCount(1);
  });

  test.describe('a third origin', () => {
    test.use({ allowedOrigins: [OTHER] });

    test('its messages to the iframe are ignored', async ({ page, requests }) => {
      await openDocs(page);
      const inFrame = page.frameLocator('#frame').locator('polyvox-assistant');
      await page.evaluate((src) => {
        const other = document.createElement('iframe');
        other.src = src;
        other.title = 'Another site';
        return new Promise<void>((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.data?.type === 'other-site:sent') resolve();
          });
          document.body.append(other);
        });
      }, `${OTHER}/other-site.html`);
      // Give a wrongly accepted request time to be heard, understood and answered.
      await page.waitForTimeout(3000);
      expect(requests.some((u) => u.startsWith(`${OTHER}/other-site`))).toBe(true);
      await expect(inFrame.getByTestId('embed-heard')).toHaveCount(0);
      await expect(inFrame).toHaveAttribute('locale', 'fr-FR');
      const fromFrame = (await log(page)).filter((e) => e.from === 'frame').map((e) => e.type);
      expect(fromFrame.filter((type) => type !== 'polyvox:ready')).toEqual([]);
      // The allowed page still gets answers.
      await page.getByRole('button', { name: 'Ask through postMessage' }).click();
      await expect.poll(async () => (await entries(page, 'frame', 'polyvox:replied')).length).toBe(1);
    });

    test('a page of an origin not on the allow-list cannot frame the embed', async ({ page, cspViolations, requests }) => {
      await page.goto(`${OTHER}/`);
      expect(requests[0]).toBe(`${OTHER}/`);
      await expect.poll(async () => (await log(page)).filter((e) => e.type === 'polyvox-ready').length, { timeout: 90_000 }).toBe(2);
      await page.waitForTimeout(2000);
      expect((await log(page)).filter((e) => e.from === 'frame')).toEqual([]);
      const frame = page.frames().find((f) => f.url().includes('/embed.html'));
      expect(await frame?.evaluate(() => document.querySelector('polyvox-assistant') !== null).catch(() => false) ?? false).toBe(false);
      // The refusal is the app's frame-ancestors at work, the only violation expected here.
      expect(cspViolations.every((v) => /frame-ancestors/.test(v))).toBe(true);
      cspViolations.length = 0;
    });
  });
});
