/**
 * Typed utterances in ten scripts give the expected intent and slot highlights, and every
 * one of the 52 locales returns a result with labels from the model's own labels.json.
 */
import { examplesFor } from '../src/i18n/examples.ts';
import { languages } from '../src/i18n/languages.ts';
import { expect, test } from './fixtures.ts';
import { PARSE_CASES } from './utterances.ts';

test.describe('parsing', () => {
  test.beforeEach(async ({ inspector }) => {
    await inspector.goto();
    await inspector.waitReady();
  });

  for (const c of PARSE_CASES) {
    test(`${c.script} (${c.locale}): "${c.text}" → ${c.intent}`, async ({ inspector }) => {
      const shown = await inspector.parse(c.locale, c.text);
      expect(shown.utterance).toBe(c.text);
      expect(shown.intent).toBe(c.intent);
      const { scenarios } = await inspector.labels();
      expect(shown.scenario).toBe(scenarios[c.intent]);
      expect(shown.confidence).toMatch(/^\d{1,3}\.\d%$/);
      for (const slot of c.slots) expect(shown.slots).toContainEqual(slot);
      for (const slot of shown.slots) expect(c.text).toContain(slot.text);
    });
  }

  test('all 52 locales return an intent and slots from labels.json', async ({ inspector }) => {
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

  test('an example runs with one click', async ({ inspector, page }) => {
    await inspector.selectLocale('de-DE');
    const example = page.getByTestId('example').nth(1);
    const text = (await example.textContent()) ?? '';
    await example.click();
    await inspector.waitForResult('de-DE', text);
    await expect(inspector.input).toHaveValue(text);
  });
});
