/**
 * The locale picker (52 locales by native name), right-to-left layout, and input that would
 * break a naive page: emoji, control characters, markup, empty and huge text.
 */
import { languages } from '../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';

test('the test hook exists only on a page opened with ?testhook', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('app')).toBeVisible();
  expect(await page.evaluate(() => typeof (window as { __polyvoxTest?: unknown }).__polyvoxTest)).toBe('undefined');
  await page.goto('/?testhook');
  await expect(page.getByTestId('app')).toBeVisible();
  expect(await page.evaluate(() => typeof (window as { __polyvoxTest?: { hear?: unknown } }).__polyvoxTest?.hear)).toBe('function');
});

test.describe('inspector UI', () => {
  // Picker, layout and input checks need no model; tests that parse wait for it themselves.
  test.beforeEach(async ({ inspector }) => {
    await inspector.goto();
  });

  test('the picker offers all 52 MASSIVE locales by native name', async ({ inspector }) => {
    const options = await inspector.localeSelect.locator('option').evaluateAll((els) =>
      els.map((el) => ({ value: (el as HTMLOptionElement).value, label: el.textContent ?? '' })),
    );
    expect(options.map((o) => o.value).sort()).toEqual(languages.map((l) => l.code).sort());
    expect(options).toHaveLength(52);
    expect(new Set(options.map((o) => o.label)).size).toBe(52);
    const label = (code: string) => options.find((o) => o.value === code)?.label ?? '';
    expect(label('de-DE')).toContain('Deutsch');
    expect(label('ja-JP')).toContain('日本語');
    expect(label('ar-SA')).toContain('العربية');
    expect(label('km-KH')).toContain('ខ្មែរ');
  });

  test('Arabic, Hebrew, Persian and Urdu lay the page out right to left', async ({ inspector }) => {
    for (const code of ['ar-SA', 'he-IL', 'fa-IR', 'ur-PK']) {
      await inspector.selectLocale(code);
      expect(await inspector.direction(), code).toEqual({ html: 'rtl', app: 'rtl' });
    }
    await inspector.selectLocale('en-US');
    expect(await inspector.direction()).toEqual({ html: 'ltr', app: 'ltr' });
    await inspector.selectLocale('he-IL');
    await expect(inspector.page.locator('html')).toHaveAttribute('lang', 'he');
  });

  test('emoji, control characters and markup are shown as text, not run', async ({ inspector, page }) => {
    await inspector.waitReady();
    const text = '⏰ <b>wake</b> me up at 7am 🙂\u0007 tomorrow\u200b <img src=x onerror="window.__pwned=1">';
    const shown = await inspector.parse('en-US', text);
    expect(shown.utterance).toBe(text);
    expect(shown.intent.length).toBeGreaterThan(0);
    for (const slot of shown.slots) expect(text).toContain(slot.text);
    await expect(inspector.result.locator('b, img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const surrogates = '👩‍👩‍👧‍👦 𝔱𝔦𝔪𝔢 lights on';
    expect((await inspector.parse('en-US', surrogates)).utterance).toBe(surrogates);
  });

  test('empty and huge input give a clear message and keep the text', async ({ inspector }) => {
    await inspector.input.fill('   ');
    await inspector.submitButton.click();
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'empty');
    const huge = 'turn on the lights '.repeat(200);
    await inspector.input.fill(huge);
    await inspector.submitButton.click();
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'too-long');
    await expect(inspector.error).toContainText('3800 characters');
    await expect(inspector.input).toHaveValue(huge);
    await expect(inspector.result).toHaveCount(0);
    await inspector.waitReady();
    await inspector.parse('en-US', 'turn on the lights');
    await expect(inspector.error).toHaveCount(0);
  });

  test('the engine in use is shown: the JS engine first, then onnxruntime once it is warm', async ({ inspector }) => {
    await inspector.waitReady();
    await expect(inspector.backend).toHaveText(/^(js|wasm|webgpu)$/);
    await expect(inspector.backend).toHaveText(/^(wasm|webgpu)$/, { timeout: 60_000 });
    await inspector.parse('en-US', 'turn on the lights');
    await expect(inspector.error).toHaveCount(0);
  });

  test('locale and typed text survive a reload', async ({ inspector, page }) => {
    await inspector.selectLocale('sw-KE');
    await inspector.input.fill('washa taa za jikoni');
    await page.reload();
    await expect(inspector.localeSelect).toHaveValue('sw-KE');
    await expect(inspector.input).toHaveValue('washa taa za jikoni');
  });
});
