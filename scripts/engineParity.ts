/**
 * JS engine vs onnxruntime on MASSIVE dev: the share of utterances with the same intent and
 * the same word labels, and the largest confidence and embedding differences.
 * Run: npm run parity:engine -- [--model public/models/polyvox-nlu-v12] [--every 35] [--data ../shared/data/massive-1.1]
 * `--every k` takes every k-th dev record (all 52 locales); 1 takes the whole partition (slow: ~10 ms each).
 */
import { readRecords } from './node/massiveFiles.ts';
import { arg, intArg, parseArgs } from './cliArgs.ts';
import { DEFAULT_MODEL_DIR, openNodeModel } from './nodeModel.ts';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['model', 'every', 'data'], []);
  const dir = arg(args, 'model', DEFAULT_MODEL_DIR)!;
  const every = Math.max(1, intArg(args, 'every', 35));
  const { model: js } = await openNodeModel(dir, 1, 'js');
  const { model: ort } = await openNodeModel(dir, 1, 'ort');
  let n = 0;
  let seen = 0;
  let sameIntent = 0;
  let sameLabels = 0;
  let confidence = 0;
  let embedding = 0;
  const locales = new Set<string>();
  for await (const r of readRecords(arg(args, 'data', '../shared/data/massive-1.1')!, { partitions: ['dev'] })) {
    if (seen++ % every !== 0) continue;
    const a = await js.parse(r.utt, r.locale);
    const b = await ort.parse(r.utt, r.locale);
    n++;
    locales.add(r.locale);
    if (a.intent === b.intent) sameIntent++;
    if (a.wordLabels.join() === b.wordLabels.join()) sameLabels++;
    confidence = Math.max(confidence, Math.abs(a.confidence - b.confidence));
    a.embedding?.forEach((v, i) => (embedding = Math.max(embedding, Math.abs(v - b.embedding![i]!))));
  }
  await js.runner.release();
  await ort.runner.release();
  console.log(JSON.stringify({ model: js.config.model_id, utterances: n, locales: locales.size, sameIntent, sameWordLabels: sameLabels, maxConfidenceDiff: confidence, maxEmbeddingDiff: embedding }, null, 2));
  if (sameIntent !== n || sameLabels !== n) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`[parity:engine] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
