/**
 * Page object for the NLU inspector: drives the app only through its stable test hooks
 * (data-testid attributes), so specs read as user actions.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Model folder under public/models/ the tests run against (`E2E_MODEL` overrides). */
export const MODEL_ID = process.env.E2E_MODEL ?? 'polyvox-nlu-v12';

/** A slot span as the page shows it. */
export interface ShownSlot {
  label: string;
  text: string;
}

/** What the result panel shows for one utterance. */
export interface ShownResult {
  utterance: string;
  locale: string;
  intent: string;
  scenario: string;
  confidence: string;
  slots: ShownSlot[];
}

/** The inspector page. */
export class InspectorPage {
  readonly localeSelect: Locator;
  readonly input: Locator;
  readonly submitButton: Locator;
  readonly result: Locator;
  readonly error: Locator;
  readonly ready: Locator;
  readonly backend: Locator;

  constructor(readonly page: Page) {
    this.localeSelect = page.getByTestId('locale-select');
    this.input = page.getByTestId('utterance-input');
    this.submitButton = page.getByTestId('submit');
    this.result = page.getByTestId('nlu-result');
    this.error = page.getByTestId('error');
    this.ready = page.getByTestId('nlu-ready');
    this.backend = page.getByTestId('backend');
  }

  /** Opens the app with extra query parameters (e.g. `{ backend: 'wasm' }`). */
  async goto(params: Record<string, string> = {}): Promise<void> {
    // The test hook (`window.__polyvoxTest`) exists only on pages opened with `?testhook`.
    const query = new URLSearchParams({ testhook: '', ...params });
    if (MODEL_ID !== 'polyvox-nlu-v12') query.set('model', MODEL_ID);
    await this.page.goto(`/?${query.toString()}`);
  }

  /** Waits until the model is loaded and returns the time it took from navigation start. */
  async waitReady(timeout = 90_000): Promise<number> {
    await expect(this.ready).toBeVisible({ timeout });
    return this.page.evaluate(() => performance.now());
  }

  async selectLocale(code: string): Promise<void> {
    await this.localeSelect.selectOption(code);
    await expect(this.localeSelect).toHaveValue(code);
  }

  /** Types `text` in `locale`, submits, and waits for the result panel to belong to it. */
  async parse(locale: string, text: string): Promise<ShownResult> {
    await this.selectLocale(locale);
    await this.input.fill(text);
    await this.submitButton.click();
    await this.waitForResult(locale, text);
    return this.readResult();
  }

  /** Waits until the result panel shows the answer for exactly this text and locale. */
  async waitForResult(locale: string, text: string): Promise<void> {
    await this.page.waitForFunction(
      ([loc, utt]) => {
        const el = document.querySelector<HTMLElement>('[data-testid="nlu-result"]');
        return !!el && el.dataset.utterance === utt && el.dataset.locale === loc && el.getAttribute('aria-busy') !== 'true';
      },
      [locale, text] as const,
      { timeout: 30_000 },
    );
  }

  /** Reads the result panel. */
  async readResult(): Promise<ShownResult> {
    const slots = await this.result.getByTestId('slot').evaluateAll((els) =>
      els.map((el) => ({ label: el.getAttribute('data-slot-label') ?? '', text: el.textContent ?? '' })),
    );
    return {
      utterance: (await this.result.getAttribute('data-utterance')) ?? '',
      locale: (await this.result.getAttribute('data-locale')) ?? '',
      intent: (await this.result.getByTestId('intent').textContent()) ?? '',
      scenario: (await this.result.getByTestId('scenario').textContent()) ?? '',
      confidence: (await this.result.getByTestId('confidence').textContent()) ?? '',
      slots,
    };
  }

  /** The model's label lists, read from the app's own model folder. */
  async labels(): Promise<{ intents: string[]; slots: string[]; scenarios: Record<string, string> }> {
    const res = await this.page.request.get(`/models/${MODEL_ID}/labels.json`);
    expect(res.ok()).toBe(true);
    return res.json();
  }

  /** The `dir` of the document and of the app root. */
  async direction(): Promise<{ html: string; app: string | null }> {
    return this.page.evaluate(() => ({
      html: document.documentElement.dir,
      app: document.querySelector('[data-testid="app"]')?.getAttribute('dir') ?? null,
    }));
  }
}
