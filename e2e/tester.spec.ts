/**
 * The tester view (`?mode=tester`) in Chromium:
 * - 20 utterances in en-US, de-DE and ja-JP annotated with the keyboard and the correction
 *   panel (right, wrong with a corrected intent through `tester-intent`, two fixed slot spans,
 *   notes); the browser process killed with SIGKILL; reopened: all 20 are there as annotated;
 * - the export parses with the app's MASSIVE reader and with training/massive.py to the same
 *   words and labels, and `npm run eval` scores it; clear → import → export gives the same bytes;
 * - two tabs see each other's turns without a reload;
 * - no page error, no console error, no request to another host. Writes docs/tester.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseRecordLine } from '../src/nlu/massive.ts';
import { expect, test, watchRequests } from './fixtures.ts';
import { killableProfile } from './killableBrowser.ts';
import { openTester, watchErrors } from './testerPage.ts';

/** One utterance and what the tester does with it. */
interface Step {
  locale: string;
  text: string;
  /** `right`; `wrong` (judged only); `intent` (wrong, gold intent picked in tester-intent); `filter` (wrong, intent typed in the filter + Enter). */
  action: 'right' | 'wrong' | 'intent' | 'filter';
  /** The gold intent wanted (another one is taken when the model already said it). */
  gold?: readonly [string, string];
  /** Slot spans to set, as word ranges [start, end] inclusive, after removing the model's. */
  slots?: readonly (readonly [number, number, string])[];
  note?: string;
}

const STEPS: readonly Step[] = [
  { locale: 'de-DE', text: 'weck mich morgen um sieben', action: 'right' },
  { locale: 'de-DE', text: 'schalte das licht im wohnzimmer aus', action: 'right' },
  { locale: 'de-DE', text: 'wie wird das wetter morgen', action: 'intent', gold: ['weather_query', 'qa_factoid'] },
  { locale: 'de-DE', text: 'spiel musik von den beatles', action: 'right' },
  { locale: 'ja-JP', text: '明日の朝七時に起こして', action: 'wrong', slots: [[0, 1, 'date'], [3, 5, 'time']] },
  { locale: 'ja-JP', text: '電気を消して', action: 'right' },
  { locale: 'ja-JP', text: '今日の天気は', action: 'right' },
  { locale: 'ja-JP', text: 'iPhoneの充電を教えて', action: 'intent', gold: ['qa_factoid', 'general_quirky'] },
  { locale: 'en-US', text: 'turn off the lights in the kitchen', action: 'right' },
  { locale: 'en-US', text: 'what is the weather like in paris', action: 'right' },
  { locale: 'en-US', text: 'add milk to my shopping list', action: 'intent', gold: ['lists_createoradd', 'lists_remove'] },
  { locale: 'en-US', text: 'play some jazz music', action: 'right' },
  { locale: 'en-US', text: 'how much is seven times six', action: 'right' },
  { locale: 'en-US', text: 'set a timer for ten minutes', action: 'filter', gold: ['alarm_set', 'alarm_query'] },
  { locale: 'en-US', text: 'tell me a joke', action: 'right' },
  { locale: 'en-US', text: 'what time is it in tokyo', action: 'right' },
  { locale: 'en-US', text: 'remind me to call mom at five', action: 'intent', gold: ['calendar_set', 'calendar_query'], note: 'a reminder, "mom" is a person' },
  { locale: 'en-US', text: '[urgent] book a table ] for two', action: 'right' },
  { locale: 'en-US', text: 'olly stop', action: 'intent', gold: ['audio_volume_mute', 'music_settings'] },
  { locale: 'en-US', text: 'wake me up at seven am tomorrow', action: 'wrong', slots: [[4, 5, 'time'], [6, 6, 'date']], note: 'time and date were merged' },
];

/** What the page shows of every turn (compared before the kill and after reopening). */
async function shownTurns(page: Page) {
  return page.getByTestId('tester-turn').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id'),
      locale: el.getAttribute('data-locale'),
      intent: el.getAttribute('data-intent'),
      judgement: el.getAttribute('data-judgement'),
      corrected: el.getAttribute('data-corrected'),
      utt: el.querySelector('[data-testid="tester-utt"]')?.getAttribute('data-utt') ?? '',
    })),
  );
}

/** Types one utterance, waits for its turn, and annotates it as `step` says, mostly by keyboard. */
async function annotate(page: Page, step: Step, n: number): Promise<void> {
  const localeSelect = page.getByTestId('locale-select');
  if ((await localeSelect.inputValue()) !== step.locale) await localeSelect.selectOption(step.locale);
  await page.getByTestId('tester-input').fill(step.text);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tester-turns')).toHaveAttribute('data-count', String(n));
  const turn = page.locator('[data-testid="tester-turn"][aria-current="true"]');
  // Focus moves to the new turn, where the shortcuts act.
  await expect(turn).toBeFocused();
  await expect(turn.getByTestId('tester-utt')).toHaveAttribute('data-utt', step.text);
  if (step.action === 'right') {
    await page.keyboard.press('r');
    await expect(turn).toHaveAttribute('data-judgement', 'right');
  } else {
    await page.keyboard.press('w');
    await expect(turn).toHaveAttribute('data-judgement', 'wrong');
    await expect(turn.getByTestId('tester-intent-filter')).toBeFocused();
  }
  if (step.gold) {
    const predicted = await turn.getAttribute('data-intent');
    const gold = step.gold[0] === predicted ? step.gold[1] : step.gold[0];
    if (step.action === 'filter') {
      await page.keyboard.type(gold.replace(/_/g, ' '));
      await page.keyboard.press('Enter');
      await expect(turn).toBeFocused();
    } else {
      await turn.getByTestId('tester-intent').selectOption(gold);
    }
    await expect(turn).toHaveAttribute('data-intent', gold);
    await expect(turn).toHaveAttribute('data-corrected', 'true');
  }
  if (step.slots) await fixSlots(turn, step.slots);
  if (step.note) await turn.getByTestId('tester-note').fill(step.note);
  await turn.focus();
  await page.keyboard.press('n');
  await expect(page.getByTestId('tester-input')).toBeFocused();
}

/** Removes the model's slots and marks the given word ranges instead. */
async function fixSlots(turn: Locator, slots: NonNullable<Step['slots']>): Promise<void> {
  const remove = turn.getByTestId('tester-slot-remove');
  while ((await remove.count()) > 0) await remove.first().click();
  for (const [start, end, label] of slots) {
    await turn.locator(`[data-testid="tester-word"][data-index="${start}"]`).click();
    await turn.locator(`[data-testid="tester-word"][data-index="${end}"]`).click({ modifiers: ['Shift'] });
    await turn.getByTestId('tester-slot-type').selectOption(label);
    await turn.getByTestId('tester-slot-apply').click();
    await expect(turn.locator(`[data-testid="tester-word"][data-index="${start}"]`)).toHaveAttribute('data-label', label);
  }
  await expect(turn.getByTestId('tester-slot-chip')).toHaveCount(slots.length);
}

/** Clicks Export and returns the downloaded file's bytes. */
async function exportFile(page: Page, dir: string, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tester-export').click()]);
  expect(download.suggestedFilename()).toBe('polyvox-tester.jsonl');
  const path = join(dir, name);
  await download.saveAs(path);
  return readFileSync(path);
}

test.describe('tester view', () => {
  test('20 annotated turns survive a SIGKILL; the export is MASSIVE JSONL that round-trips byte for byte', async ({ baseURL }) => {
    test.setTimeout(900_000);
    const origin = new URL(baseURL!).origin;
    const profile = killableProfile();
    const dir = mkdtempSync(join(tmpdir(), 'polyvox-tester-'));
    try {
      let browser = await profile.open();
      let requests = watchRequests(browser.context, origin);
      let page = await openTester(browser.context, baseURL!);
      let errors = watchErrors(page);
      for (const [i, step] of STEPS.entries()) await annotate(page, step, i + 1);
      await expect(page.getByTestId('tester-summary')).toHaveAttribute('data-judged', '20');
      // Acknowledged = on disk: the kill comes only once every change says "saved".
      await expect(page.getByTestId('tester-save-state')).toHaveAttribute('data-unsaved', '0');
      const before = await shownTurns(page);
      expect(before).toHaveLength(20);
      expect(errors).toEqual([]);
      expect(requests.foreign()).toEqual([]);
      await browser.kill();

      browser = await profile.open();
      requests = watchRequests(browser.context, origin);
      page = await openTester(browser.context, baseURL!);
      errors = watchErrors(page);
      await expect(page.getByTestId('tester-turn')).toHaveCount(20);
      expect(await shownTurns(page)).toEqual(before);
      console.log(`[tester] after SIGKILL and reopening: ${(await shownTurns(page)).length}/20 turns, as annotated`);

      // The screenshot: the newest turn (fixed slots, a note) open in the correction panel.
      const newest = page.getByTestId('tester-turn').first();
      await newest.getByTestId('tester-utt').click();
      await expect(newest.getByTestId('tester-editor')).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'docs/tester.png' });

      const first = await exportFile(page, dir, 'first.jsonl');
      checkExport(first.toString('utf8'), dir);

      await page.getByTestId('tester-clear').click();
      await page.getByTestId('tester-clear-confirm').click();
      await expect(page.getByTestId('tester-turn')).toHaveCount(0);
      await page.getByTestId('tester-import').setInputFiles(join(dir, 'first.jsonl'));
      await expect(page.getByTestId('tester-import-report')).toHaveAttribute('data-added', '20');
      await expect(page.getByTestId('tester-import-report')).toHaveAttribute('data-skipped', '0');
      await expect(page.getByTestId('tester-turn')).toHaveCount(20);
      const second = await exportFile(page, dir, 'second.jsonl');
      expect(second.equals(first)).toBe(true);
      console.log(`[tester] export → clear → import → export: ${second.length} bytes, identical: ${second.equals(first)}`);

      expect(errors).toEqual([]);
      expect(requests.foreign()).toEqual([]);
      await browser.kill();
    } finally {
      profile.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('two tabs see each other\'s turns and judgements without a reload', async ({ context, baseURL }) => {
    const a = await openTester(context, baseURL!);
    const b = await openTester(context, baseURL!);
    const errors = [...watchErrors(a), ...watchErrors(b)];
    const start = Number(await a.getByTestId('tester-turns').getAttribute('data-count'));
    await a.getByTestId('tester-input').fill('turn on the lights');
    await a.keyboard.press('Enter');
    await expect(b.getByTestId('tester-turns')).toHaveAttribute('data-count', String(start + 1));
    const turnInB = b.locator('[data-testid="tester-turn"]').filter({ hasText: 'turn on the lights' }).first();
    await turnInB.getByTestId('tester-mark-wrong').click();
    const turnInA = a.locator('[data-testid="tester-turn"]').filter({ hasText: 'turn on the lights' }).first();
    await expect(turnInA).toHaveAttribute('data-judgement', 'wrong');
    await b.reload();
    await expect(b.getByTestId('tester-turns')).toHaveAttribute('data-count', String(start + 1));
    expect(errors).toEqual([]);
  });
});

/**
 * The export read three ways: the app's reader (src/nlu/massive.ts), training/massive.py, and
 * `npm run eval`, which scores it with the shipped model.
 */
function checkExport(text: string, dir: string): void {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.trimEnd().split('\n');
  expect(lines).toHaveLength(20);
  const records = lines.map((line, i) => parseRecordLine(line, `export:${i + 1}`)!);
  expect(records.map((r) => r.partition)).toEqual(Array(20).fill('tester'));
  const raw = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(Object.keys(raw[0]!)).toEqual(['id', 'locale', 'partition', 'scenario', 'intent', 'utt', 'annot_utt', 'judgement', 'corrected', 'predicted_intent', 'note']);
  const byUtt = new Map(raw.map((r) => [r.utt, r]));
  expect(byUtt.get('wake me up at seven am tomorrow')).toMatchObject({ annot_utt: 'wake me up at [time : seven am] [date : tomorrow]', judgement: 'wrong', note: 'time and date were merged' });
  expect(byUtt.get('明日の朝七時に起こして')).toMatchObject({ annot_utt: '[date : 明日] の [time : 朝七時] に起こして', judgement: 'wrong' });
  expect(raw.filter((r) => r.judgement === 'right')).toHaveLength(12);
  expect(raw.filter((r) => r.judgement === 'wrong' && r.corrected === true && r.intent !== r.predicted_intent)).toHaveLength(6);

  const file = join(dir, 'export.jsonl');
  writeFileSync(file, text);
  const python = execFileSync(
    '/usr/bin/python3',
    ['-c', 'import json, sys; sys.path.insert(0, "training"); import massive; print(json.dumps([[r["id"], r["words"], r["word_labels"], r["intent"]] for r in massive.read_records(sys.argv[1])], ensure_ascii=False))', file],
    { encoding: 'utf8' },
  );
  const fromPython = JSON.parse(python) as [string, string[], string[], string][];
  expect(fromPython).toEqual(records.map((r) => [r.id, r.words, r.wordLabels, r.intent]));

  const out = join(dir, 'eval.json');
  execFileSync('npm', ['run', '-s', 'eval', '--', '--data', file, '--json', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { utterances: number; locales: Record<string, { n: number }>; word_count_mismatches: number };
  expect(report.utterances).toBe(20);
  expect(Object.fromEntries(Object.entries(report.locales).map(([k, v]) => [k, v.n]))).toEqual({ 'de-DE': 4, 'en-US': 12, 'ja-JP': 4 });
  expect(report.word_count_mismatches).toBe(0);
  console.log(`[tester] export read by src/nlu/massive.ts and training/massive.py alike; npm run eval: ${JSON.stringify(report.locales)}`);
}
