/**
 * Fuzz harness: drives hostile input (every script, emoji, control characters, lone
 * surrogates, bidi overrides, combining floods, absurd numbers/dates, deep brackets,
 * injection strings, 1,000,000-character text, templated commands in ten locales) through
 * the real NLU (onnxruntime-web in Node), the dialogue and its storage, and reports crashes,
 * hangs, contract violations and latency. Exit code 1 when anything was found.
 *
 * Run: npm run fuzz -- --count 10000 --seed 1 [--json out.json] [--from 0] [--no-nlu]
 *        [--model public/models/polyvox-nlu-v12] [--now 2026-03-14T09:30:00Z] [--hang-ms 2000]
 *        [--kill-ms 20000] [--examples 3] [--in-process]
 * Replay one finding: the report prints `npm run fuzz -- --seed S --from F --count C` (F is the
 * start of the input's session, so the dialogue state is the same as in the full run).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_DIR } from './nodeModel.ts';
import { DEFAULT_NOW, loadLabels, runHarness } from './fuzz/harness.ts';
import { openFuzzModel } from './fuzz/model.ts';
import { clean, formatReport, type FuzzReport } from './fuzz/report.ts';
import { DEFAULT_RELOAD_EVERY, DEFAULT_SESSION } from './fuzz/runner.ts';
import { runSupervised } from './fuzz/supervisor.ts';

const USAGE =
  'usage: npm run fuzz -- [--count 10000] [--seed 1] [--from 0] [--json out.json] [--model dir] [--no-nlu] [--now ISO] [--hang-ms 2000] [--kill-ms 20000] [--examples 3] [--in-process]';

function int(values: Record<string, unknown>, key: string, fallback: number, min: number): number {
  const raw = values[key];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${key} must be an integer ≥ ${min}, got ${String(raw)}`);
  return n;
}

async function main(): Promise<FuzzReport> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
    strict: true,
    allowPositionals: false,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      json: { type: 'string' },
      model: { type: 'string' },
      'no-nlu': { type: 'boolean' },
      now: { type: 'string' },
      'hang-ms': { type: 'string' },
      'kill-ms': { type: 'string' },
      examples: { type: 'string' },
      'in-process': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = int(values, 'count', 10_000, 1);
  const seed = int(values, 'seed', 1, 0);
  const from = int(values, 'from', 0, 0);
  const hangMs = int(values, 'hang-ms', 2000, 1);
  const killMs = int(values, 'kill-ms', 20_000, hangMs);
  const examples = int(values, 'examples', 3, 0);
  const modelDir = values.model ?? DEFAULT_MODEL_DIR;
  const useNlu = !values['no-nlu'];
  const now = values.now ?? DEFAULT_NOW;
  if (Number.isNaN(new Date(now).getTime())) throw new Error(`--now must be a date, got ${now}`);
  const labels = loadLabels(modelDir);

  const tty = process.stderr.isTTY;
  let lastLog = 0;
  const progress = (done: number, total: number) => {
    const t = performance.now();
    if (done !== total && t - lastLog < (tty ? 200 : 10_000)) return;
    lastLog = t;
    const line = `[fuzz] ${done}/${total}`;
    process.stderr.write(tty ? `\r${line.padEnd(40)}` : `${line}\n`);
  };
  console.error(`[fuzz] seed ${seed}, inputs ${from}..${from + count - 1}, ${useNlu ? `model ${modelDir}` : 'no NLU'}, now ${now}`);

  let report: FuzzReport;
  if (values['in-process']) {
    const opened = useNlu ? await openFuzzModel(modelDir) : null;
    report = await runHarness({
      seed, from, count, labels, now: new Date(now), nlu: opened?.model ?? null, model: opened?.model.config.model_id ?? null, hangMs, examples,
      onResult: (input) => progress(input.index - from + 1, count),
    });
    await opened?.model.runner.release();
  } else {
    report = await runSupervised({
      seed, from, count, labels, now, modelDir, useNlu, hangMs, killMs, examples, sessionSize: DEFAULT_SESSION, reloadEvery: DEFAULT_RELOAD_EVERY,
      onProgress: (done, total) => progress(done, total),
      onLog: (line) => process.stderr.write(`${tty ? '\n' : ''}[fuzz] ${line}\n`),
    });
  }
  if (tty) process.stderr.write('\n');
  console.log(formatReport(report));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.error(`[fuzz] wrote ${values.json}`);
  }
  return report;
}

main().then(
  (report) => process.exit(clean(report) ? 0 : 1),
  (e: unknown) => {
    console.error(`[fuzz] error: ${e instanceof Error ? e.message : String(e)}`);
    console.error(USAGE);
    process.exit(2);
  },
);
