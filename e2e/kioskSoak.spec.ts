/**
 * Kiosk soak: the kiosk left running under Playwright's clock with a command every simulated
 * minute, from a seeded mix of the natural-command suite in eight locales (and a "stop" now
 * and then for the timers that ring). Asserts no page error, no stall (each command's time
 * from hear to reply, in real time, under 2 s), the watchdog never having to replace the NLU,
 * and JS heap growth under 20 MB (used heap after a forced garbage collection, through CDP,
 * after a warm-up round against the end). The e2e suite runs a 30-minute slice; the full
 * 8 hours (480 commands): `npm run soak` (SOAK_MINUTES=480). Prints the figures.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { PolyvoxTestHook } from '../src/app/testHook.ts';
import { SUITE_NOW, SUITE_SPECS, type SuiteLocale } from './commands/index.ts';
import { expect, test } from './fixtures.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const SEED = Number(process.env.SOAK_SEED ?? 9);
const LOCALES: readonly SuiteLocale[] = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'zh-CN', 'ar-SA', 'hi-IN'];
const MAX_STALL_MS = 2_000;
const MAX_HEAP_GROWTH = 20 * 1024 * 1024;

/** mulberry32: a small seeded generator, so every run says the same commands. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` single-turn commands, drawn with `seed`; every 20th is "stop" (in the locale before it). */
function soakCommands(count: number, seed: number): { locale: SuiteLocale; say: string }[] {
  const pool = LOCALES.flatMap((locale) => SUITE_SPECS[locale].filter((c) => typeof c.say === 'string').map((c) => ({ locale, say: c.say as string })));
  const next = random(seed);
  const out: { locale: SuiteLocale; say: string }[] = [];
  for (let i = 0; i < count; i++) {
    const pick = pool[Math.floor(next() * pool.length)]!;
    out.push(i % 20 === 19 ? { locale: out[i - 1]!.locale, say: 'stop' } : pick);
  }
  return out;
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Says `say` in `locale`; returns the real time from hear to the reply being shown, in ms. */
async function command(page: Page, locale: string, say: string): Promise<number> {
  const select = page.getByTestId('locale-select');
  if ((await select.inputValue()) !== locale) await select.selectOption(locale);
  const t0 = Date.now();
  await page.evaluate((t) => (window as unknown as { __polyvoxTest: PolyvoxTestHook }).__polyvoxTest.hear(t), say);
  const ms = Date.now() - t0;
  await expect(page.getByTestId('kiosk-heard')).toHaveText(`“${say}”`);
  await expect(page.getByTestId('kiosk-exchange')).toHaveAttribute('data-pending', 'false');
  return ms;
}

test(`kiosk soak: ${MINUTES} simulated minutes, a command a minute`, async ({ page }, testInfo) => {
  test.setTimeout(180_000 + MINUTES * 6_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: SUITE_NOW });
  await page.goto('/?kiosk&testhook&locale=en-US');
  await expect(page.getByTestId('kiosk-status')).toHaveAttribute('data-nlu', 'ready', { timeout: 90_000 });
  const cdp = await page.context().newCDPSession(page);

  // Warm-up: one command per locale, so every catalog and lazily built table is in the baseline.
  for (const locale of LOCALES) await command(page, locale, SUITE_SPECS[locale].find((c) => typeof c.say === 'string')!.say as string);
  await page.clock.fastForward('01:00');
  const heapStart = await usedHeap(cdp);

  const stalls: number[] = [];
  for (const [i, { locale, say }] of soakCommands(MINUTES, SEED).entries()) {
    const ms = await command(page, locale, say);
    stalls.push(ms);
    if (ms > 1_000) console.log(`soak: slow command #${i + 1} (${locale}) "${say}": ${ms} ms`);
    await page.clock.fastForward('01:00');
    if (i % 60 === 59) console.log(`soak: ${i + 1} commands, ${(await usedHeap(cdp)) / 1e6} MB`);
  }
  await expect(page.getByTestId('kiosk')).toBeVisible();
  const heapEnd = await usedHeap(cdp);
  const sorted = [...stalls].sort((a, b) => a - b);
  const figures = {
    simulatedMinutes: MINUTES,
    commands: stalls.length,
    maxStallMs: sorted.at(-1),
    p50StallMs: sorted[Math.floor(sorted.length / 2)],
    heapStartMB: +(heapStart / 1e6).toFixed(2),
    heapEndMB: +(heapEnd / 1e6).toFixed(2),
    heapGrowthMB: +((heapEnd - heapStart) / 1e6).toFixed(2),
    nluRestarts: Number(await page.getByTestId('kiosk').getAttribute('data-nlu-restarts')),
    voiceStops: Number(await page.getByTestId('kiosk').getAttribute('data-voice-stops')),
    pageErrors: errors.length,
  };
  console.log(`soak figures: ${JSON.stringify(figures)}`);
  await testInfo.attach('soak.json', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });

  expect(errors).toEqual([]);
  await expect(page.getByTestId('page-error')).toHaveCount(0);
  expect(figures.nluRestarts).toBe(0);
  expect(Math.max(...stalls), 'slowest command, hear to reply (ms)').toBeLessThan(MAX_STALL_MS);
  expect(heapEnd - heapStart, 'JS heap growth (bytes)').toBeLessThan(MAX_HEAP_GROWTH);
});
