/**
 * MASSIVE evaluation of a shipped model folder with the app's own TypeScript pipeline.
 * Run: npm run eval -- --data ../shared/data/massive-1.1 [--locale de-DE] [--partition dev]
 *        --json out.json [--model public/models/polyvox-nlu-v1] [--batch 64] [--threads 1]
 * Default partition: every record whose partition is not `train`.
 */
import { writeFileSync } from 'node:fs';
import { readRecords } from '../src/nlu/massiveFiles.ts';
import type { MassiveRecord } from '../src/nlu/massive.ts';
import { meanScores, MetricsAccumulator, round1, type Scores } from '../src/nlu/metrics.ts';
import { arg, intArg, list, parseArgs } from './cliArgs.ts';
import { DEFAULT_MODEL_DIR, openNodeModel } from './nodeModel.ts';

const USAGE = 'usage: npm run eval -- --data <dir-or-file> [--locale xx-YY] [--partition p] --json <out.json> [--model dir] [--batch n] [--threads n]';

const rounded = (s: Scores) => ({ n: s.n, intent_acc: round1(s.intent_acc), slot_f1: round1(s.slot_f1), exact_match: round1(s.exact_match) });
const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data', 'locale', 'partition', 'json', 'model', 'batch', 'threads']);
  const data = arg(args, 'data');
  const jsonOut = arg(args, 'json');
  if (!data || !jsonOut) throw new Error(USAGE);
  const modelDir = arg(args, 'model', DEFAULT_MODEL_DIR)!;
  const batchSize = intArg(args, 'batch', 64);
  const partitions = list(args, 'partition');
  const { model, loadMs } = await openNodeModel(modelDir, intArg(args, 'threads', 1));
  const charSplitLocales = model.config.char_split_locales;
  console.error(`[eval] model ${model.config.model_id} from ${modelDir} loaded in ${loadMs.toFixed(0)} ms`);

  // Group records by locale (files are read in locale order, one locale at a time).
  const byLocale = new Map<string, MassiveRecord[]>();
  for await (const rec of readRecords(data, { locales: list(args, 'locale'), partitions, excludePartitions: partitions ? undefined : ['train'], charSplitLocales })) {
    let recs = byLocale.get(rec.locale);
    if (!recs) byLocale.set(rec.locale, (recs = []));
    recs.push(rec);
  }
  const total = [...byLocale.values()].reduce((a, r) => a + r.length, 0);
  if (total === 0) throw new Error(`no records to evaluate in ${data} (partition ${partitions?.join(',') ?? 'not train'})`);

  const scores = new Map<string, Scores>();
  let done = 0;
  let wordMismatches = 0;
  let busyMs = 0;
  const tty = process.stderr.isTTY;
  let lastLog = 0;
  for (const [locale, recs] of byLocale) {
    const acc = new MetricsAccumulator();
    // NOTE: sorting by length keeps padding small; metrics do not depend on order.
    const sorted = [...recs].sort((a, b) => a.utt.length - b.utt.length);
    for (let i = 0; i < sorted.length; i += batchSize) {
      const chunk = sorted.slice(i, i + batchSize);
      const t0 = performance.now();
      const results = await model.parseBatch(chunk.map((r) => ({ text: r.utt, locale: r.locale })));
      busyMs += performance.now() - t0;
      results.forEach((res, j) => {
        const gold = chunk[j]!;
        if (res.wordLabels.length !== gold.wordLabels.length) wordMismatches += 1;
        acc.add(gold.intent, res.intent, gold.wordLabels, res.wordLabels);
      });
      done += chunk.length;
      const now = performance.now();
      if (tty || now - lastLog > 5000 || done === total) {
        lastLog = now;
        const line = `[eval] ${locale} ${Math.min(i + batchSize, sorted.length)}/${sorted.length} | total ${done}/${total} | ${(busyMs / done).toFixed(2)} ms/utt`;
        process.stderr.write(tty ? `\r${line.padEnd(78)}` : `${line}\n`);
      }
    }
    scores.set(locale, acc.scores());
  }
  if (tty) process.stderr.write('\n');

  const mean = meanScores([...scores.values()]);
  const msPerUtt = Math.round((busyMs / total) * 1000) / 1000;
  console.log(`${'locale'.padEnd(8)} ${pad('n', 6)} ${pad('intent', 7)} ${pad('slotF1', 7)} ${pad('exact', 7)}`);
  for (const [locale, s] of scores) {
    const r = rounded(s);
    console.log(`${locale.padEnd(8)} ${pad(r.n, 6)} ${pad(r.intent_acc.toFixed(1), 7)} ${pad(r.slot_f1.toFixed(1), 7)} ${pad(r.exact_match.toFixed(1), 7)}`);
  }
  const m = rounded(mean);
  console.log(`${'MEAN'.padEnd(8)} ${pad(m.n, 6)} ${pad(m.intent_acc.toFixed(1), 7)} ${pad(m.slot_f1.toFixed(1), 7)} ${pad(m.exact_match.toFixed(1), 7)}`);
  console.log(`${scores.size} locale(s), ${total} utterances, ${msPerUtt} ms/utterance (batch ${batchSize}), model ${model.config.model_id}`);
  if (wordMismatches) console.error(`[eval] warning: ${wordMismatches} utterance(s) whose utt words differ in number from annot_utt words`);

  const report = {
    model: model.config.model_id,
    model_dir: modelDir,
    data,
    partition: partitions?.join(',') ?? 'not train',
    locales: Object.fromEntries([...scores].map(([k, s]) => [k, rounded(s)])),
    mean: { intent_acc: m.intent_acc, slot_f1: m.slot_f1, exact_match: m.exact_match },
    ms_per_utterance: msPerUtt,
    batch_size: batchSize,
    load_ms: Math.round(loadMs),
  };
  writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`[eval] wrote ${jsonOut}`);
  await model.runner.release();
}

main().catch((e: unknown) => {
  console.error(`[eval] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
