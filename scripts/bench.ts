/**
 * NLU benchmark: model load time and p50/p95 parse latency, one utterance at a time.
 * Run: npm run bench -- [--model public/models/polyvox-nlu-v12] [--n 300] [--data ../shared/data/massive-1.1] [--engine ort|js]
 *      npm run bench -- --browser [--backend wasm|webgpu] [--threads n] [--json out.json]   (needs `npm run build`)
 * Utterances: MASSIVE dev records spread over all locales (a fixed sample, same every run).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readRecords } from './node/massiveFiles.ts';
import { summarize } from '../src/nlu/latency.ts';
import { runBrowserBench } from './browserBench.ts';
import { arg, intArg, parseArgs } from './cliArgs.ts';
import { DEFAULT_MODEL_DIR, type NodeEngine, openNodeModel } from './nodeModel.ts';

/** A fixed, locale-balanced sample of dev utterances. */
async function sample(data: string, n: number): Promise<{ text: string; locale: string }[]> {
  const byLocale = new Map<string, { text: string; locale: string }[]>();
  for await (const r of readRecords(data, { partitions: ['dev'] })) {
    const list = byLocale.get(r.locale) ?? [];
    if (list.length < n) list.push({ text: r.utt, locale: r.locale });
    byLocale.set(r.locale, list);
  }
  const out: { text: string; locale: string }[] = [];
  for (let i = 0; out.length < n; i++) {
    let added = false;
    for (const list of byLocale.values()) {
      const u = list[i * 7 % Math.max(1, list.length)];
      if (u && out.length < n) {
        out.push(u);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

async function nodeBench(modelDir: string, utterances: { text: string; locale: string }[], engine: NodeEngine) {
  const { model, loadMs, bytes } = await openNodeModel(modelDir, 1, engine);
  const times: number[] = [];
  const inference: number[] = [];
  for (const u of utterances) {
    const t0 = performance.now();
    const r = await model.parse(u.text, u.locale);
    times.push(performance.now() - t0);
    inference.push(r.timings.inferenceMs);
  }
  await model.runner.release();
  return { where: engine === 'js' ? 'node (the JS engine)' : 'node (onnxruntime-web wasm, 1 thread)', model: model.config.model_id, modelBytes: bytes, loadMs: Math.round(loadMs), parse: summarize(times), inference: summarize(inference) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['model', 'n', 'data', 'backend', 'json', 'port', 'threads', 'engine'], ['browser']);
  const modelDir = arg(args, 'model', DEFAULT_MODEL_DIR)!;
  const n = intArg(args, 'n', 300);
  const utterances = await sample(arg(args, 'data', '../shared/data/massive-1.1')!, n);
  const report = args.has('browser')
    ? await runBrowserBench({ modelId: basename(modelDir), backend: arg(args, 'backend', 'wasm')!, threads: Number(arg(args, 'threads', '0')), port: intArg(args, 'port', 4175), utterances })
    : await nodeBench(modelDir, utterances, arg(args, 'engine', 'ort') === 'js' ? 'js' : 'ort');
  console.log(JSON.stringify(report, null, 2));
  const out = arg(args, 'json');
  if (out) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(`[bench] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
