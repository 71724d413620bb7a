/**
 * The recorded baseline (baseline.json): the share right per locale and overall, in Node
 * (`npm run commands -- --write-baseline`) and in Chromium (`UPDATE_COMMANDS_BASELINE=1 npx
 * playwright test e2e/commands.spec.ts`). The spec is a ratchet: no locale and not the whole
 * may fall below the browser figures. Raise them when the app gets better.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Summary, Tally } from './report.ts';

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

export interface BaselineRun {
  /** When it was recorded (ISO date). */
  recorded: string;
  overall: Tally;
  locales: Record<string, Tally>;
  skills: Record<string, Tally>;
}

export interface Baseline {
  node?: BaselineRun;
  browser?: BaselineRun;
}

export function readBaseline(): Baseline {
  try {
    return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
  } catch {
    return {};
  }
}

/** Records `summary` as the `where` baseline, keeping the other one. */
export function writeBaseline(where: keyof Baseline, summary: Summary): void {
  const next: Baseline = { ...readBaseline(), [where]: { recorded: new Date().toISOString().slice(0, 10), ...summary } };
  writeFileSync(BASELINE_PATH, `${JSON.stringify(next, null, 2)}\n`);
}

/** Commands a run may lose against the baseline before it counts as a regression. */
export interface Slack {
  locale: number;
  overall: number;
}

/**
 * The locales (and `overall`, unless the run was a subset) whose share fell below the
 * baseline, as readable lines. `slack` forgives a few commands (the browser run: a command
 * that depends on the machine's timing must not block a landing; a lost family still fails).
 */
export function belowBaseline(summary: Summary, base: BaselineRun | undefined, withOverall = true, slack: Slack = { locale: 0, overall: 0 }): string[] {
  if (!base) return [];
  const share = (t: Tally) => (t.total ? t.right / t.total : 1);
  const out: string[] = [];
  const cmp = (name: string, now: Tally, then: Tally | undefined, forgiven: number) => {
    if (!then) return;
    const below = now.total === then.total ? now.right < then.right - forgiven : share(now) < share(then) - 1e-9;
    if (below) out.push(`${name}: ${now.right}/${now.total} (${(share(now) * 100).toFixed(1)}%) < baseline ${then.right}/${then.total} (${(share(then) * 100).toFixed(1)}%)`);
  };
  for (const [locale, t] of Object.entries(summary.locales)) cmp(locale, t, base.locales[locale], slack.locale);
  if (withOverall) cmp('overall', summary.overall, base.overall, slack.overall);
  return out;
}
