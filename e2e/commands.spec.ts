/**
 * The natural-command suite (e2e/commands/, docs/commands.md) in the real app: every command
 * of the 16 locales said through `window.__polyvoxTest.hear` exactly as a recognizer's final
 * transcript, one fresh page (and storage) per locale so the model loads once per locale,
 * the page clock installed at the suite's fixed time (Tue 2026-11-24 09:00). Each command is
 * judged by what the page shows — alarms (`alarm` + its `<time dateTime>`), list items,
 * events, the light (`device-light` data-state / data-colour, `light-brightness`), `volume`,
 * `media`, and the reply's data-scenario / data-effect — before and after it, with the same
 * checker as `npm run commands` (e2e/commands/check.ts), so both runners judge alike.
 *
 * A command that needs a state first ("turn off the lights" needs the light on) gets it from
 * English setup commands (SETUP_SAY, said in en-US) when the page is not already in it; Node
 * sets that state directly. An open follow-up question left by a command is closed ("cancel")
 * before the next one, as Node starts every command with a fresh dialog.
 *
 * RATCHET, NOT A TARGET: this spec does not require every natural command to pass. It
 * requires that the share right — overall and in every locale — does not fall below the
 * browser figures recorded in e2e/commands/baseline.json, forgiving one command per locale
 * and two overall (a command that depends on the machine's timing must not block a landing;
 * a lost family still fails). When the app gets better, record the new figures:
 *   UPDATE_COMMANDS_BASELINE=1 npx playwright test e2e/commands.spec.ts
 * It prints the per-locale × per-skill table and attaches every verdict as commands.json.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { check, satisfies, type Heard, type Snapshot } from './commands/check.ts';
import { pageStep, type PageStep } from './commands/dom.ts';
import { belowBaseline, readBaseline, writeBaseline } from './commands/baseline.ts';
import { SETUP_SAY, SUITE_LOCALES, SUITE_NOW, commandsOf, type Command, type Given } from './commands/index.ts';
import { formatTable, summarize } from './commands/report.ts';
import { expect, test, watchRequests } from './fixtures.ts';
import { InspectorPage } from './inspector.ts';

/** One command's verdict in the page. */
interface BrowserResult {
  id: string;
  locale: string;
  skill: Command['skill'];
  say: readonly string[];
  ok: boolean;
  problems: string[];
  changes: string[];
  /** Per turn: intent, reply effect and text as shown. */
  turns: { intent: string; effect: string; reply: string }[];
  setup: string[];
}

const step = (page: Page, say: string | null): Promise<PageStep> => page.evaluate(pageStep, say);

/** The English setup commands that bring the page from `s` into the `given` state. */
function setupFor(s: Snapshot, given: Given): string[] {
  const out: string[] = [];
  if (given.light === 'off' && s.light.on) out.push(SETUP_SAY.lightOff);
  if (given.light === 'on' && !(s.light.on && s.light.brightness === 100)) out.push(SETUP_SAY.lightOn);
  if (given.light === 'dimmed' && !(s.light.on && s.light.brightness === 50)) out.push(SETUP_SAY.lightDimmed);
  if (given.volume !== undefined && (s.volume !== given.volume || s.muted)) out.push(SETUP_SAY.volume50);
  if (given.playing === true && !s.playing) out.push(SETUP_SAY.play);
  if (given.playing === false && s.playing) out.push(SETUP_SAY.pause);
  return out;
}

/**
 * Says one command (after its setup, if the page is not in its `given` state yet) and judges
 * it. `shown` is what the page shows now (the previous command's last reading); returns the
 * verdict and what the page shows afterwards.
 */
async function runCommand(page: Page, app: InspectorPage, command: Command, shown: Snapshot): Promise<{ result: BrowserResult; shown: Snapshot }> {
  const result: BrowserResult = { id: command.id, locale: command.locale, skill: command.skill, say: command.turns, ok: false, problems: [], changes: [], turns: [], setup: [] };
  let before = shown;
  const setup = setupFor(before, command.given);
  if (setup.length) {
    if (command.given.volume !== undefined && command.given.volume !== 50) throw new Error(`${command.id}: the page can only set up volume 50`);
    await app.selectLocale('en-US');
    for (const say of setup) await step(page, say);
    await app.selectLocale(command.locale);
    before = (await step(page, null)).snapshot;
    result.setup = setup;
    if (!satisfies(before, command.given)) {
      result.problems.push(`setup ${JSON.stringify(setup)} did not reach ${JSON.stringify(command.given)}`);
      return { result, shown: before };
    }
  }
  let last: PageStep | null = null;
  for (const say of command.turns) {
    last = await step(page, say);
    result.turns.push({ intent: last.heard?.intent ?? '', effect: last.heard?.effect ?? '', reply: last.heard?.text ?? `error: ${last.error}` });
  }
  const heard: Heard = last?.heard ?? { scenario: '', effect: '', text: '' };
  const verdict = check(command.expect, before, last!.snapshot, heard, command.locale);
  if (last?.error) verdict.problems.push(`the turn ended in an error: ${last.error}`);
  result.ok = verdict.ok && !last?.error;
  result.problems = verdict.problems;
  result.changes = verdict.changes;
  // Node starts each command with a fresh dialog: close a question left open here too.
  const after = last?.awaiting ? await step(page, 'cancel') : last!;
  return { result, shown: after.snapshot };
}

test.describe('natural commands', () => {
  test('16 locales in the page: the share right does not fall below the recorded baseline', async ({ browser, baseURL }, testInfo) => {
    // About 500 commands: a few minutes on two cores.
    test.setTimeout(15 * 60_000);
    const results: BrowserResult[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const t0 = Date.now();

    // COMMANDS_LOCALES=de-DE,fr-FR runs a few locales only (the overall figure is then not compared).
    const only = process.env.COMMANDS_LOCALES?.split(',').map((l) => l.trim());
    const locales = SUITE_LOCALES.filter((l) => !only || only.includes(l));
    for (const locale of locales) {
      await test.step(locale, async () => {
        const started = Date.now();
        const context = await browser.newContext({ baseURL: origin });
        const requests = watchRequests(context, origin);
        try {
          await context.clock.install({ time: SUITE_NOW });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          const app = new InspectorPage(page);
          await app.goto({ testhook: '1' });
          await app.waitReady();
          const loaded = Date.now();
          // Understanding is judged here, not speech: replies are not spoken (eSpeak would compete for the CPU).
          await page.getByTestId('speak-replies').uncheck();
          await app.selectLocale(locale);
          let shown = (await step(page, null)).snapshot;
          for (const command of commandsOf(locale)) {
            const done = await runCommand(page, app, command, shown);
            results.push(done.result);
            shown = done.shown;
          }
          console.log(`${locale}: page and model ${((loaded - started) / 1000).toFixed(1)} s, commands ${((Date.now() - loaded) / 1000).toFixed(1)} s`);
          expect(errors, 'uncaught errors in the page').toEqual([]);
          expect(requests.foreign(), 'requests to hosts other than the app itself').toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    const judged = results.map((r) => ({ command: { id: r.id, locale: r.locale as Command['locale'], skill: r.skill }, ok: r.ok }));
    const summary = summarize(judged);
    const seconds = (Date.now() - t0) / 1000;
    console.log(`\nnatural commands in Chromium (${seconds.toFixed(0)} s):\n${formatTable(judged)}\n`);
    const file = testInfo.outputPath('commands.json');
    writeFileSync(file, `${JSON.stringify({ seconds, summary, results }, null, 2)}\n`);
    await testInfo.attach('commands.json', { path: file, contentType: 'application/json' });

    if (process.env.UPDATE_COMMANDS_BASELINE) {
      if (only) throw new Error('UPDATE_COMMANDS_BASELINE needs every locale (unset COMMANDS_LOCALES)');
      writeBaseline('browser', summary);
      console.log('recorded the browser baseline in e2e/commands/baseline.json');
      return;
    }
    const base = readBaseline().browser;
    expect(base, 'e2e/commands/baseline.json has no browser figures: record them with UPDATE_COMMANDS_BASELINE=1').toBeDefined();
    // One command per locale and two overall may differ from run to run with the machine's timing.
    expect(belowBaseline(summary, base, !only, { locale: 1, overall: 2 }), 'share right below the recorded baseline (a regression; see the table above)').toEqual([]);
  });
});
