/**
 * On-device learning in the tester view, in Chromium:
 * - corrected utterances (three locales) are understood as corrected when said again, at once
 *   and after a reload; the memory panel lists them and exports them as MASSIVE JSONL;
 * - a turn marked wrong followed by a rephrase that works is offered as a lesson; once
 *   confirmed, the first wording is understood as the second;
 * - a language MASSIVE does not have is taught from a few examples per intent and understood;
 * - no page error, no request to another host.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test, watchRequests } from './fixtures.ts';
import { openTester, say, watchErrors } from './testerPage.ts';

/** Marks `turn` wrong and picks `intent` (another one if the model already said it). */
async function correct(turn: Locator, intents: readonly [string, string]): Promise<string> {
  await turn.getByTestId('tester-mark-wrong').click();
  const predicted = await turn.getAttribute('data-intent');
  const gold = intents[0] === predicted ? intents[1] : intents[0];
  await turn.getByTestId('tester-intent').selectOption(gold);
  await expect(turn).toHaveAttribute('data-corrected', 'true');
  await expect(turn).toHaveAttribute('data-saved', 'true');
  return gold;
}

const CORRECTIONS = [
  { locale: 'en-US', text: 'make the place bright', intents: ['iot_hue_lighton', 'iot_hue_lightup'] },
  { locale: 'de-DE', text: 'mach mal hell hier', intents: ['iot_hue_lighton', 'iot_hue_lightup'] },
  { locale: 'fr-FR', text: 'un peu de lumière stp', intents: ['iot_hue_lighton', 'iot_hue_lightup'] },
] as const;

test.describe('on-device learning', () => {
  test('corrections, rephrases and a taught language are understood at once and after a reload', async ({ context, baseURL }) => {
    test.setTimeout(300_000);
    const requests = watchRequests(context, new URL(baseURL!).origin);
    let page = await openTester(context, baseURL!);
    let errors = watchErrors(page);

    const golds: string[] = [];
    for (const c of CORRECTIONS) golds.push(await correct(await say(page, c.locale, c.text), c.intents));
    // Said again (other case and punctuation): the correction, 3 of 3.
    for (const [i, c] of CORRECTIONS.entries()) {
      const again = await say(page, c.locale, `${c.text[0]!.toUpperCase()}${c.text.slice(1)}!`);
      await expect(again).toHaveAttribute('data-intent', golds[i]!);
      await expect(again.getByTestId('tester-learned')).toHaveAttribute('data-kind', 'exact');
    }
    await expect(page.getByTestId('memory-panel')).toHaveAttribute('data-count', '1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('memory-export').click()]);
    const exported = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(exported).toEqual([expect.objectContaining({ locale: 'fr-FR', utt: CORRECTIONS[2].text, intent: golds[2], partition: 'memory', source: 'correction' })]);

    // A rephrase: an utterance marked wrong, then within 20 s one that works.
    const failed = await say(page, 'en-US', 'lamp kitchen yes now');
    await failed.getByTestId('tester-mark-wrong').click();
    await expect(failed).toHaveAttribute('data-saved', 'true');
    const rephrased = await say(page, 'en-US', 'turn on the lights in the kitchen');
    const meant = await rephrased.getAttribute('data-intent');
    await expect(page.getByTestId('rephrase-candidate')).toHaveCount(1);
    await page.getByTestId('rephrase-confirm').click();
    await expect(page.getByTestId('memory-example').filter({ hasText: 'lamp kitchen yes now' })).toHaveCount(1);
    await expect(await say(page, 'en-US', 'lamp kitchen yes now')).toHaveAttribute('data-intent', meant!);

    // A language the model was not trained on, taught from two examples per intent.
    await page.getByTestId('teach-code').fill('gsw-ch');
    await page.getByTestId('teach-name').fill('Schwiizerdütsch');
    await page.getByTestId('teach-add').getByRole('button').click();
    await expect(page.getByTestId('teach-pick')).toHaveValue('gsw-CH');
    const lessons = [
      ['iot_hue_lighton', 'mach s liecht aa'], ['iot_hue_lighton', 'liecht aa bitte'],
      ['iot_hue_lightoff', 'mach s liecht us'], ['iot_hue_lightoff', 'liecht us bitte'],
      ['weather_query', 'wie wird s wätter morn'], ['weather_query', 'wie isch s wätter hüt'],
    ] as const;
    for (const [intent, text] of lessons) {
      await page.getByTestId('teach-intent').selectOption(intent);
      await page.getByTestId('teach-text').fill(text);
      await page.getByTestId('teach-example-form').getByRole('button').click();
      await expect(page.getByTestId('teach-text')).toHaveValue('');
    }
    await page.getByTestId('teach-try').fill('bitte s liecht aa mache');
    await page.getByTestId('teach-try').press('Enter');
    await expect(page.getByTestId('teach-result')).toHaveAttribute('data-intent', 'iot_hue_lighton');
    expect(errors).toEqual([]);

    // After a reload: still learned.
    await page.close();
    page = await openTester(context, baseURL!);
    errors = watchErrors(page);
    for (const [i, c] of CORRECTIONS.entries()) await expect(await say(page, c.locale, c.text)).toHaveAttribute('data-intent', golds[i]!);
    await page.getByTestId('teach-try').fill('liecht aa');
    await page.getByTestId('teach-try').press('Enter');
    await expect(page.getByTestId('teach-result')).toHaveAttribute('data-intent', 'iot_hue_lighton');
    expect(errors).toEqual([]);
    expect(requests.foreign()).toEqual([]);
  });
});
