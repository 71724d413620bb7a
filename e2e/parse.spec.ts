/**
 * Typed utterances in ten scripts give the expected intent and slot highlights, and every
 * one of the 52 locales returns a result with labels from the model's own labels.json.
 * The tests share one page made in beforeAll, so the model loads once (again only if a
 * failure restarts the worker process); the off-origin guard watches that page throughout.
 */
import type { BrowserContext } from '@playwright/test';
import { examplesFor } from '../src/i18n/examples.ts';
import { languages } from '../src/i18n/languages.ts';
import { expect, test, watchRequests } from './fixtures.ts';
import { InspectorPage } from './inspector.ts';
import { PARSE_CASES } from './utterances.ts';

let context: BrowserContext;
let inspector: InspectorPage;
let watch: ReturnType<typeof watchRequests>;

test.beforeAll(async ({ browser, baseURL }) => {
  context = await browser.newContext({ baseURL });
  watch = watchRequests(context, new URL(baseURL ?? '').origin);
  inspector = new InspectorPage(await context.newPage());
  await inspector.goto();
  await inspector.waitReady();
});

test.afterAll(async () => {
  expect(watch.foreign(), 'requests to hosts other than the app itself').toEqual([]);
  await context.close();
});

for (const c of PARSE_CASES) {
  test(`${c.script} (${c.locale}): "${c.text}" → ${c.intent}`, async () => {
    const shown = await inspector.parse(c.locale, c.text);
    expect(shown.utterance).toBe(c.text);
    expect(shown.intent).toBe(c.intent);
    const { scenarios } = await inspector.labels();
    expect(shown.scenario).toBe(scenarios[c.intent]);
    expect(shown.confidence).toMatch(/^\d{1,3}\.\d%$/);
    for (const slot of c.slots) {
      expect(shown.slots).toContainEqual({ label: slot.label, text: expect.stringContaining(slot.text) });
    }
    for (const slot of shown.slots) expect(c.text).toContain(slot.text);
  });
}

test('all 52 locales return an intent and slots from labels.json', async () => {
  test.setTimeout(360_000);
  const labels = await inspector.labels();
  let withSlots = 0;
  for (const { code } of languages) {
    const text = examplesFor(code)[0] ?? '';
    const shown = await inspector.parse(code, text);
    expect(labels.intents, code).toContain(shown.intent);
    expect(shown.scenario, code).toBe(labels.scenarios[shown.intent]);
    for (const slot of shown.slots) {
      expect(labels.slots, code).toContain(slot.label);
      expect(text, code).toContain(slot.text);
    }
    if (shown.slots.length > 0) withSlots++;
  }
  // The first example of every locale is an alarm with a time: most should show a slot.
  expect(withSlots).toBeGreaterThan(26);
});

test('an example runs with one click', async () => {
  await inspector.selectLocale('de-DE');
  const example = inspector.page.getByTestId('example').nth(1);
  const text = (await example.textContent()) ?? '';
  await example.click();
  await inspector.waitForResult('de-DE', text);
  await expect(inspector.input).toHaveValue(text);
});
