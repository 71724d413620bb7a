/**
 * MASSIVE evaluation of a shipped model folder with the app's own TypeScript pipeline.
 * Run: npm run eval -- --data ../shared/data/massive-1.1 [--locale de-DE] [--partition dev]
 *        --json out.json [--model public/models/polyvox-nlu-v12] [--batch 64] [--threads 1]
 * Default partition: every record whose partition is not `train`.
 */
import { writeFileSync } from 'node:fs';
import { arg, intArg, list, parseArgs } from './cliArgs.ts';
import { runEval } from './evalCore.ts';
import { reportJson } from '../src/nlu/evalCore.ts';
import { DEFAULT_MODEL_DIR, openNodeModel } from './nodeModel.ts';

const USAGE = 'usage: npm run eval -- --data <dir-or-file> [--locale xx-YY] [--partition p] --json <out.json> [--model dir] [--batch n] [--threads n]';
const pad = (s: string | number, n: number) => String(s).padStart(n);
const row = (name: string, n: number, a: number, b: number, c: number) =>
  `${name.padEnd(8)} ${pad(n, 6)} ${pad(a.toFixed(1), 7)} ${pad(b.toFixed(1), 7)} ${pad(c.toFixed(1), 7)}`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data', 'locale', 'partition', 'json', 'model', 'batch', 'threads']);
  const data = arg(args, 'data');
  const jsonOut = arg(args, 'json');
  if (!data || !jsonOut) throw new Error(USAGE);
  const modelDir = arg(args, 'model', DEFAULT_MODEL_DIR)!;
  const batchSize = intArg(args, 'batch', 64);
  const partitions = list(args, 'partition');
  const { model, loadMs } = await openNodeModel(modelDir, intArg(args, 'threads', 1));
  console.error(`[eval] model ${model.config.model_id} from ${modelDir} loaded in ${loadMs.toFixed(0)} ms`);

  const tty = process.stderr.isTTY;
  let lastLog = 0;
  const report = await runEval(model, {
    data,
    locales: list(args, 'locale'),
    partitions,
    batchSize,
    onProgress: (p) => {
      const now = performance.now();
      if (!tty && now - lastLog < 5000 && p.done !== p.total) return;
      lastLog = now;
      const line = `[eval] ${p.locale} ${p.doneInLocale}/${p.localeTotal} | total ${p.done}/${p.total} | ${p.msPerUtt.toFixed(2)} ms/utt`;
      process.stderr.write(tty ? `\r${line.padEnd(78)}` : `${line}\n`);
    },
  });
  if (tty) process.stderr.write('\n');

  console.log(`${'locale'.padEnd(8)} ${pad('n', 6)} ${pad('intent', 7)} ${pad('slotF1', 7)} ${pad('exact', 7)}`);
  for (const [locale, s] of Object.entries(report.locales)) console.log(row(locale, s.n, s.intent_acc, s.slot_f1, s.exact_match));
  const m = report.mean;
  console.log(row('MEAN', report.utterances, m.intent_acc, m.slot_f1, m.exact_match));
  console.log(`${Object.keys(report.locales).length} locale(s), ${report.utterances} utterances, ${report.ms_per_utterance} ms/utterance (batch ${batchSize}), model ${report.model}`);
  if (report.word_count_mismatches) console.error(`[eval] warning: ${report.word_count_mismatches} utterance(s) whose utt words differ in number from annot_utt words`);

  const out = reportJson(report, { modelDir, data, partitions, batchSize, loadMs });
  writeFileSync(jsonOut, `${JSON.stringify(out, null, 2)}\n`);
  console.error(`[eval] wrote ${jsonOut}`);
  await model.runner.release();
}

main().catch((e: unknown) => {
  console.error(`[eval] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
