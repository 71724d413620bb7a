/**
 * Measures what the README reports: model load time (navigation → ready) and parse latency
 * in the browser (p50/p95 of the main-thread round trip and of inference), over the example
 * utterances of all 52 locales. Bounds are loose; the figures are printed and attached.
 */
import { examplesFor } from '../src/i18n/examples.ts';
import { languages } from '../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (text: string | null) => Number.parseFloat(text ?? '');

test('model load time and parse latency', async ({ inspector, page }, testInfo) => {
  test.setTimeout(360_000);
  // When the ready badge appears, recorded in the page: Playwright's own wait polls at up to
  // 500 ms intervals, which would add up to half a second to the figure.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('[data-testid="nlu-ready"]')) {
        performance.mark('polyvox-test:nlu-ready-shown');
        seen.disconnect();
      }
    });
    seen.observe(document, { subtree: true, childList: true });
  });
  await inspector.goto();
  await inspector.waitReady();
  const loadMs = await page.evaluate(() => performance.getEntriesByName('polyvox-test:nlu-ready-shown')[0]?.startTime ?? NaN);
  // This measures the NLU: with the assistant off, no skill acts and no reply is spoken
  // (eSpeak synthesis would compete for the same two cores).
  await page.getByTestId('assistant-on').uncheck();
  // Ready comes on the JS engine; latency is measured on what answers after loading, once
  // onnxruntime has taken over (src/nlu/loadModel.ts).
  await expect(inspector.backend).toHaveText(/^(wasm|webgpu)$/, { timeout: 60_000 });
  const backend = (await inspector.backend.textContent()) ?? '';
  const total: number[] = [];
  const inference: number[] = [];
  const tokenize: number[] = [];
  for (const { code } of languages) {
    for (const text of examplesFor(code)) {
      await inspector.parse(code, text);
      total.push(ms(await page.getByTestId('timing-total').textContent()));
      inference.push(ms(await page.getByTestId('timing-inference').textContent()));
      tokenize.push(ms(await page.getByTestId('timing-tokenize').textContent()));
    }
  }
  const report = {
    backend,
    loadMs: Math.round(loadMs),
    n: total.length,
    totalP50: quantile(total, 0.5),
    totalP95: quantile(total, 0.95),
    inferenceP50: quantile(inference, 0.5),
    inferenceP95: quantile(inference, 0.95),
    tokenizeP50: quantile(tokenize, 0.5),
  };
  console.log(`perf: ${JSON.stringify(report)}`);
  await testInfo.attach('perf.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  expect(report.n).toBeGreaterThanOrEqual(52 * 3);
  expect(report.loadMs).toBeLessThan(30_000);
  expect(report.totalP95).toBeLessThan(1_000);
});
