/**
 * Batch evaluation in the tester view (`?mode=tester`): one locale's MASSIVE dev file, written
 * to a temporary file (the dataset never enters the repository), gives in headless Chromium
 * exactly the figures of `npm run eval` on the same file and the same model folder (dist/),
 * and prints how long it took (the bound is 30 s here; a timing is a measurement, not
 * an assertion that a busy CI machine could fail — the 120 s wait is only a hang guard); a
 * run can be cancelled; a broken file is reported line by line and the rest is
 * scored. `BATCH_SCREENSHOT=1` also writes docs/batch-report.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const LOCALE = process.env.BATCH_LOCALE ?? 'de-DE';
const SOURCE = join('..', 'shared', 'data', 'massive-1.1', `${LOCALE}.jsonl.gz`);
const MODEL_DIR = join('dist', 'models', 'polyvox-nlu-v12');

/** The figures that must match; timings and paths differ by nature. */
const figures = (r: Record<string, unknown>) => ({ model: r.model, locales: r.locales, mean: r.mean, utterances: r.utterances, word_count_mismatches: r.word_count_mismatches, partition: r.partition, batch_size: r.batch_size });

let dir = '';
let devFile = '';
let devLines: string[] = [];
let cli: Record<string, unknown> = {};

test.beforeAll(() => {
  test.skip(!existsSync(SOURCE), `MASSIVE 1.1 is not at ${SOURCE}`);
  dir = mkdtempSync(join(tmpdir(), 'polyvox-batch-e2e-'));
  devLines = gunzipSync(readFileSync(SOURCE)).toString('utf8').split('\n').filter((l) => l.trim() && (JSON.parse(l) as { partition: string }).partition === 'dev');
  devFile = join(dir, `${LOCALE}.dev.jsonl`);
  writeFileSync(devFile, `${devLines.join('\n')}\n`);
  // The CLI on the same file and the very model folder the page is served (dist/, built from public/).
  const out = join(dir, 'cli.json');
  execFileSync('npx', ['tsx', 'scripts/eval.ts', '--data', devFile, '--json', out, '--model', MODEL_DIR], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
  cli = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
});

async function openPanel(page: Page): Promise<void> {
  await page.goto('/?mode=tester');
  await expect(page.getByTestId('batch-file')).toBeAttached({ timeout: 60_000 });
  // The view's own model loads meanwhile; the timed run should not share the cores with it.
  await page.waitForLoadState('networkidle');
}

test('one locale’s dev file gives exactly the figures of npm run eval (and the time it took)', async ({ page }) => {
  test.setTimeout(300_000);
  expect(devLines.length).toBe(2033);
  await openPanel(page);
  const t0 = Date.now();
  await page.getByTestId('batch-file').setInputFiles(devFile);
  const report = page.getByTestId('batch-report');
  await expect(report).toBeVisible({ timeout: 120_000 });
  const ms = Date.now() - t0;
  const json = JSON.parse((await report.getAttribute('data-report')) ?? '{}') as Record<string, unknown>;
  console.log(`batch: ${LOCALE} dev, ${String(json.utterances)} utterances in ${(ms / 1000).toFixed(1)} s in headless Chromium (page's own measure ${(Number(await report.getAttribute('data-ms')) / 1000).toFixed(1)} s, model load ${String(json.load_ms)} ms, ${String(json.ms_per_utterance)} ms/utterance); npm run eval ${String(cli.ms_per_utterance)} ms/utterance`);
  console.log(`batch: browser ${JSON.stringify(figures(json))}`);
  console.log(`batch: cli     ${JSON.stringify(figures(cli))}`);
  expect(Object.keys(json)).toEqual(Object.keys(cli));
  expect(figures(json)).toEqual(figures(cli));
  expect(json.data).toBe(`${LOCALE}.dev.jsonl`);

  // The report: the table, the matrix, the chart, the failures with their inspector links.
  await expect(page.getByTestId('batch-locale-table').locator(`tr[data-locale="${LOCALE}"]`)).toBeVisible();
  const intents = Number(await page.getByTestId('batch-confusion').getAttribute('data-intents'));
  expect(intents).toBeGreaterThan(40);
  await expect(page.getByTestId('batch-f1-chart')).toHaveAttribute('data-intents', String(intents));
  const failures = page.getByTestId('batch-failure');
  await expect(failures.first()).toBeVisible();
  const href = (await page.getByTestId('batch-inspect').first().getAttribute('href')) ?? '';
  expect(new URL(href, page.url()).searchParams.get('locale')).toBe(LOCALE);
  if (process.env.BATCH_SCREENSHOT) {
    // The panel down to the matrix and the start of the chart; the failure list goes on for pages.
    const box = (await page.getByTestId('batch-panel').boundingBox())!;
    await page.screenshot({ path: 'docs/batch-report.png', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 2100) } });
  }

  // The download is the same JSON.
  const download = page.waitForEvent('download');
  await page.getByTestId('batch-download').click();
  const saved = await (await download).path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(json);

  // One click from a failure to the inspector: the assistant page opens on that utterance.
  const utt = (await failures.first().locator('.failure-utt').textContent()) ?? '';
  const [inspector] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('batch-inspect').first().click()]);
  await expect(inspector.getByTestId('utterance-input')).toHaveValue(utt, { timeout: 60_000 });
  await expect(inspector.getByTestId('locale-select')).toHaveValue(LOCALE);
  await inspector.close();
});

test('a run can be cancelled, and the next one starts afresh', async ({ page }) => {
  test.setTimeout(300_000);
  await openPanel(page);
  await page.getByTestId('batch-file').setInputFiles(devFile);
  const panel = page.getByTestId('batch-panel');
  await expect(panel).toHaveAttribute('data-phase', 'scoring', { timeout: 60_000 });
  await page.getByTestId('batch-cancel').click();
  await expect(panel).toHaveAttribute('data-phase', 'cancelled');
  await expect(page.getByTestId('batch-error')).toHaveAttribute('data-stage', 'cancelled');
  await expect(page.getByTestId('batch-progress')).toHaveCount(0);
  await expect(page.getByTestId('batch-report')).toHaveCount(0);
  // Only the test partition: a file of dev records has none, which is said plainly.
  await page.getByTestId('batch-partition').selectOption('test');
  await expect(page.getByTestId('batch-error')).toContainText('no records to evaluate', { timeout: 60_000 });
});

test('a broken file: bad lines, an unknown locale and a corrupt gzip stream are each named by line; the rest is scored', async ({ page }) => {
  test.setTimeout(300_000);
  const lines = devLines.slice(0, 600);
  lines[2] = '{"id": "x", "locale": ';
  lines[4] = lines[4]!.replace(`"locale": "${LOCALE}"`, '"locale": "xx-XX"');
  const gz = gzipSync(`${lines.join('\n')}\n`);
  const cut = join(dir, `${LOCALE}.cut.jsonl.gz`);
  writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
  await openPanel(page);
  await page.getByTestId('batch-file').setInputFiles(cut);
  const report = page.getByTestId('batch-report');
  await expect(report).toBeVisible({ timeout: 120_000 });
  const problems = page.getByTestId('batch-problems');
  await expect(problems.locator('li[data-line="3"][data-kind="format"]')).toContainText('Line 3: not valid JSON');
  await expect(problems.locator('li[data-line="5"][data-kind="locale"]')).toContainText('unknown locale “xx-XX”');
  const gzipLine = problems.locator('li[data-kind="gzip"]');
  await expect(gzipLine).toContainText('the gzip data is corrupt or cut off');
  const brokeAt = Number(await gzipLine.getAttribute('data-line'));
  const json = JSON.parse((await report.getAttribute('data-report')) ?? '{}') as { utterances: number };
  // Every line before the break but the two bad ones was scored.
  expect(json.utterances).toBe(brokeAt - 1 - 2);

  // Not MASSIVE at all, dropped on the drop zone: nothing to score, and the panel says why.
  await page.getByTestId('batch-drop').evaluate((zone) => {
    const data = new DataTransfer();
    data.items.add(new File(['hello\nworld\n'], 'junk.jsonl'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('batch-error')).toContainText('Nothing could be evaluated');
  await expect(page.getByTestId('batch-problems')).toHaveAttribute('data-count', '2');
});
