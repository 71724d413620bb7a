/**
 * A missing or corrupt model gives a clear error panel, and nothing the user typed is lost.
 * The model files are replaced in flight with page.route (404 / garbage bytes).
 */
import { expect, test } from './fixtures.ts';

const TYPED = 'stell einen wecker für sieben uhr';

test.describe('model errors', () => {
  test('a missing model file (404) is reported as missing', async ({ inspector, page }) => {
    await page.route('**/*.onnx', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await inspector.goto();
    await inspector.selectLocale('de-DE');
    await inspector.input.fill(TYPED);
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'model-missing');
    await expect(inspector.error).toContainText('could not be found');
    await expect(inspector.error).toContainText('model.int8.onnx');
    await expect(inspector.ready).toHaveCount(0);
    await inspector.submitButton.click();
    await expect(inspector.error).toBeVisible();
    await expect(inspector.input).toHaveValue(TYPED);
  });

  test('a corrupt model file (garbage bytes) is reported as corrupt', async ({ inspector, page }) => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    await page.route('**/*.onnx', (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: garbage }),
    );
    await inspector.goto();
    await inspector.input.fill(TYPED);
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'model-corrupt', { timeout: 60_000 });
    await expect(inspector.error).toContainText('corrupt');
    await expect(inspector.ready).toHaveCount(0);
    await expect(inspector.input).toHaveValue(TYPED);
  });

  test('when onnxruntime cannot load, the JS engine keeps answering and says why', async ({ inspector, page }) => {
    // Its wasm (and the JS glue that loads it) never arrive: a proxy that blocks .wasm, a
    // broken deploy. The model file itself is fine.
    await page.route(/ort-wasm-simd-threaded/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await inspector.goto();
    await inspector.waitReady();
    // The reason is the backend label's tooltip.
    await expect(inspector.backend.locator('..')).toHaveAttribute('title', /onnxruntime could not start .*the JS engine answers/, { timeout: 60_000 });
    await expect(inspector.backend).toHaveText('js');
    const r = await inspector.parse('de-DE', 'stell einen wecker für sieben uhr');
    expect(r.intent).toBe('alarm_set');
    expect(r.slots.map((s) => s.label)).toContain('time');
    await expect(inspector.error).toHaveCount(0);
  });

  test('a corrupt labels.json is reported as corrupt', async ({ inspector, page }) => {
    await page.route('**/labels.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"intents": [' }));
    await inspector.goto();
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'model-corrupt', { timeout: 60_000 });
    await expect(inspector.error).toContainText('labels.json');
  });
});

test.describe('worker crashes', () => {
  const isolation = { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' };
  const crashingWorker = { status: 200, contentType: 'text/javascript', headers: isolation, body: 'throw new Error("simulated crash");' };

  test('a worker that crashes once is restarted and the app recovers', async ({ inspector, page }) => {
    let crashes = 0;
    await page.route('**/nlu.worker*.js', (route) => (crashes++ === 0 ? route.fulfill(crashingWorker) : route.continue()));
    await inspector.goto();
    await inspector.waitReady();
    expect(crashes).toBeGreaterThanOrEqual(2);
    await expect(inspector.error).toHaveCount(0);
    const shown = await inspector.parse('en-US', 'what time is it');
    expect(shown.intent.length).toBeGreaterThan(0);
  });

  test('a worker that keeps crashing gives a clear error and keeps the text', async ({ inspector, page }) => {
    await page.route('**/nlu.worker*.js', (route) => route.fulfill(crashingWorker));
    await inspector.goto();
    await inspector.input.fill(TYPED);
    await expect(inspector.error).toHaveAttribute('data-error-kind', 'worker-crashed');
    await expect(inspector.error).toContainText('kept stopping');
    await expect(inspector.ready).toHaveCount(0);
    await expect(inspector.input).toHaveValue(TYPED);
  });
});
