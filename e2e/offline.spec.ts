/**
 * The app needs no network beyond its own origin: loading the model, the tokenizer and the
 * onnxruntime wasm, and parsing in several locales, all stay on the page's host.
 * (The `requests` fixture also checks this after every other test.) With no network at all,
 * after one visit, the service worker's copy serves everything: e2e/pwa.spec.ts.
 */
import { expect, test } from './fixtures.ts';
import { isOwnOrigin } from './fixtures.ts';

test('every request goes to the app’s own origin', async ({ inspector, requests, baseURL }) => {
  await inspector.goto();
  await inspector.waitReady();
  await inspector.parse('en-US', 'what time is it');
  await inspector.parse('zh-TW', '打開廚房的燈');
  await inspector.parse('sw-KE', 'niamshe kesho saa moja asubuhi');
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((u) => !isOwnOrigin(u, origin))).toEqual([]);
  // The guard saw the real traffic, workers included: the model and the wasm engine.
  expect(requests.some((u) => u.endsWith('.onnx'))).toBe(true);
  expect(requests.some((u) => /\.wasm(\?|$)/.test(u))).toBe(true);
  expect(requests.some((u) => u.endsWith('tokenizer.json'))).toBe(true);
});
