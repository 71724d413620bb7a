/**
 * The blind intent set (e2e/intents/) through the real NLU in Node (onnxruntime-web WASM, as
 * the app runs it): the intent of every command against the one it must get. Prints the share
 * right per locale, overall, the mean over locales and per intent. An independent proxy for
 * the outside team's real-world measurement, for comparing models: measure, never tune on it.
 *
 * Run: npm run intents -- [--set intents|intents2|intents3] [--model public/models/<id>] [--locale de-DE,fr-FR]
 *        [--failures] [--json out.json] [--dialogue]
 * `--set intents2` runs the second set (e2e/intents2/: the 24 locales the first lacks), `--set intents3`
 * the third (e2e/intents3/: all 52 locales, a wider smart-home plan).
 * `--dialogue` judges the intent the dialogue acts on: the NLU's, repaired by the word rules
 * (src/dialog/repair/), with the light on, as a page a while into a demo has it.
 * Exit code 0 (2 when the run failed).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INTENT_LOCALES, INTENT_SET, type IntentCase } from '../e2e/intents/index.ts';
import { INTENT2_LOCALES, INTENT2_SET } from '../e2e/intents2/index.ts';
import { INTENT3_LOCALES, INTENT3_SET } from '../e2e/intents3/index.ts';
import { understoodOf } from '../src/assistant/understood.ts';
import { repairIntent } from '../src/dialog/repair/index.ts';
import { initialDialogState } from '../src/dialog/state.ts';
import { DEFAULT_MODEL_DIR, openNodeModel } from './nodeModel.ts';

/** The blind intent sets by name: their locales in report order, and their commands. */
const SETS: Readonly<Record<string, { locales: readonly string[]; cases: Readonly<Record<string, readonly IntentCase[]>> }>> = {
  intents: { locales: INTENT_LOCALES, cases: INTENT_SET },
  intents2: { locales: INTENT2_LOCALES, cases: INTENT2_SET },
  intents3: { locales: INTENT3_LOCALES, cases: INTENT3_SET },
};

const USAGE = `usage: npm run intents -- [--set ${Object.keys(SETS).join('|')}] [--model dir] [--locale xx-XX,…] [--failures] [--json out.json] [--dialogue]`;

/** One command's outcome. */
interface IntentResult {
  locale: string;
  say: string;
  expected: string;
  predicted: string;
  confidence: number;
  ok: boolean;
}

interface Tally {
  right: number;
  total: number;
}

const share = (t: Tally) => (t.total ? t.right / t.total : 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const csv = (v: string[] | undefined) => v?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

function tally<K extends string>(results: readonly IntentResult[], key: (r: IntentResult) => K): Map<K, Tally> {
  const out = new Map<K, Tally>();
  for (const r of results) {
    const t = out.get(key(r)) ?? { right: 0, total: 0 };
    t.total += 1;
    if (r.ok) t.right += 1;
    out.set(key(r), t);
  }
  return out;
}

/** The report: per locale, overall, mean over locales, per intent. */
function formatTable(results: readonly IntentResult[], locales: readonly string[]) {
  const byLocale = tally(results, (r) => r.locale);
  const byIntent = tally(results, (r) => r.expected);
  const overall: Tally = { right: results.filter((r) => r.ok).length, total: results.length };
  const localeShares = locales.map((l) => share(byLocale.get(l) ?? { right: 0, total: 0 }));
  const mean = localeShares.length ? localeShares.reduce((a, b) => a + b, 0) / localeShares.length : 0;
  const row = (name: string, t: Tally, width: number) => `${name.padEnd(width)} ${`${t.right}/${t.total}`.padStart(7)}  ${pct(share(t)).padStart(6)}`;

  const lines = [`${'locale'.padEnd(10)}   right   share`];
  for (const l of locales) lines.push(row(l, byLocale.get(l) ?? { right: 0, total: 0 }, 10));
  lines.push('');
  lines.push(row('overall', overall, 10));
  lines.push(`${'mean over locales'.padEnd(18)}  ${pct(mean).padStart(6)}`);
  lines.push('');
  const intents = [...byIntent.keys()].sort();
  const w = Math.max(6, ...intents.map((i) => i.length));
  lines.push(`${'intent'.padEnd(w)}   right   share`);
  for (const i of intents) lines.push(row(i, byIntent.get(i)!, w));
  return { text: lines.join('\n'), overall, mean, byLocale, byIntent };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    strict: true,
    allowPositionals: false,
    options: {
      set: { type: 'string' },
      model: { type: 'string' },
      locale: { type: 'string', multiple: true },
      failures: { type: 'boolean' },
      json: { type: 'string' },
      dialogue: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const setName = values.set ?? 'intents';
  const set = SETS[setName];
  if (!set) throw new Error(`unknown --set ${setName}`);
  const chosen = csv(values.locale);
  for (const l of chosen ?? []) if (!set.locales.includes(l)) throw new Error(`unknown --locale ${l} (set ${setName}: ${set.locales.join(' ')})`);
  const locales = set.locales.filter((l) => !chosen || chosen.includes(l));
  const modelDir = values.model ?? DEFAULT_MODEL_DIR;
  const total = locales.reduce((n, l) => n + (set.cases[l]?.length ?? 0), 0);

  console.error(`[intents] ${setName}: ${total} commands in ${locales.length} locales, model ${modelDir}`);
  const { model, loadMs } = await openNodeModel(modelDir, 1);
  console.error(`[intents] model loaded in ${(loadMs / 1000).toFixed(1)} s`);

  const start = initialDialogState();
  const lightOn = { ...start, devices: { ...start.devices, light: { ...start.devices.light, on: true } } };
  const t0 = performance.now();
  const results: IntentResult[] = [];
  for (const locale of locales) {
    for (const c of set.cases[locale] ?? []) {
      const r = await model.parse(c.say, locale);
      const u = values.dialogue ? repairIntent({ ...understoodOf(r), locale }, lightOn) : { intent: r.intent, confidence: r.confidence };
      results.push({ locale, say: c.say, expected: c.intent, predicted: u.intent, confidence: u.confidence, ok: u.intent === c.intent });
      if (process.stderr.isTTY) process.stderr.write(`\r[intents] ${results.length}/${total}`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = (performance.now() - t0) / 1000;

  if (values.failures) {
    const wrong = results.filter((r) => !r.ok);
    console.log(`${wrong.length} wrong:`);
    for (const r of wrong) console.log(`✗ ${r.locale}  ${JSON.stringify(r.say)}  expected ${r.expected}, got ${r.predicted} ${r.confidence.toFixed(2)}`);
    console.log('');
  }
  const report = formatTable(results, locales);
  console.log(report.text);
  console.log(`\n${report.overall.right} of ${report.overall.total} commands right (${pct(share(report.overall))}), mean over locales ${pct(report.mean)}, in ${seconds.toFixed(1)} s`);

  if (values.json) {
    const json = {
      set: setName,
      model: modelDir,
      judged: values.dialogue ? 'dialogue' : 'nlu',
      seconds,
      overall: { ...report.overall, share: share(report.overall) },
      meanOverLocales: report.mean,
      locales: Object.fromEntries(locales.map((l) => { const t = report.byLocale.get(l) ?? { right: 0, total: 0 }; return [l, { ...t, share: share(t) }]; })),
      intents: Object.fromEntries([...report.byIntent].sort(([a], [b]) => a.localeCompare(b)).map(([i, t]) => [i, { ...t, share: share(t) }])),
      results,
    };
    writeFileSync(values.json, `${JSON.stringify(json, null, 2)}\n`);
    console.error(`[intents] wrote ${values.json}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    console.error(USAGE);
    process.exit(2);
  },
);
