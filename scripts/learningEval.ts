/**
 * What on-device learning does on MASSIVE dev, with the app's own code (the shipped model in
 * onnxruntime-web, src/learning's memory). Issue 12's acceptance figures:
 *  - corrected utterances: every taught example, said again, gets its taught intent;
 *  - teaching: 5 dev examples per intent in a locale, accuracy on the rest of that locale's
 *    dev before and after (and other locales: predictions changed by the memory, must be 0);
 *  - memory only: 10 examples per intent, the rest classified by the memory alone (as for a
 *    taught language), the measure of how well a new language can be taught.
 *
 *   npm run learn:eval -- --data ../shared/data/massive-1.1 [--locale de-DE ...] [--json out.json]
 *       [--lexical w]   (word weight of the memory-alone column; default: the app's)
 */
import { writeFileSync } from 'node:fs';
import { LearningMemory } from '../src/learning/memory.ts';
import type { LearnedExample } from '../src/learning/types.ts';
import { normalize } from '../src/learning/vector.ts';
import type { NluModel } from '../src/nlu/nluModel.ts';
import type { NluResult } from '../src/nlu/types.ts';
import { arg, intArg, list, parseArgs } from './cliArgs.ts';
import { readRecords } from './node/massiveFiles.ts';
import { DEFAULT_MODEL_DIR, openNodeModel } from './nodeModel.ts';

const DEFAULT_LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-SA', 'sw-KE', 'hi-IN', 'ru-RU', 'tr-TR', 'ko-KR'];
/** Locales that get no examples: the memory must leave them exactly as they were. */
const UNTOUCHED = ['es-ES', 'zh-CN', 'th-TH'];

interface LocaleRow {
  locale: string;
  n: number;
  taught: number;
  model_acc: number;
  with_memory_acc: number;
  gain: number;
  corrected_recalled: number;
  memory_only_acc: number;
}

interface Parsed {
  gold: string;
  wordLabels: string[];
  result: NluResult;
}

/** A small seeded generator (mulberry32), so the chosen examples are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` records per intent (seeded), and the rest. */
function split(parsed: Parsed[], k: number, seed: number): { taught: Parsed[]; rest: Parsed[] } {
  const random = rng(seed);
  const byIntent = new Map<string, Parsed[]>();
  for (const p of parsed) byIntent.set(p.gold, [...(byIntent.get(p.gold) ?? []), p]);
  const taught = new Set<Parsed>();
  for (const group of byIntent.values()) {
    const order = group.map((p) => ({ p, r: random() })).sort((a, b) => a.r - b.r);
    for (const { p } of order.slice(0, k)) taught.add(p);
  }
  return { taught: [...taught], rest: parsed.filter((p) => !taught.has(p)) };
}

let nextId = 0;
function toExample(p: Parsed, modelId: string): LearnedExample {
  nextId += 1;
  return {
    id: `dev-${nextId}`, locale: p.result.locale, text: p.result.text, intent: p.gold, wordLabels: p.wordLabels,
    embedding: normalize(p.result.embedding ?? []), modelId, source: 'taught', createdAt: nextId,
  };
}

const pct = (hit: number, n: number) => Math.round((1000 * hit) / Math.max(1, n)) / 10;

async function parseLocale(model: NluModel, data: string, locale: string): Promise<Parsed[]> {
  const records = [];
  for await (const r of readRecords(data, { locales: [locale], partitions: ['dev'], charSplitLocales: model.config.char_split_locales })) records.push(r);
  const out: Parsed[] = [];
  for (let i = 0; i < records.length; i += 64) {
    const chunk = records.slice(i, i + 64);
    const results = await model.parseBatch(chunk.map((r) => ({ text: r.utt, locale: r.locale })));
    results.forEach((result, j) => out.push({ gold: chunk[j]!.intent, wordLabels: chunk[j]!.wordLabels, result }));
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data', 'locale', 'json', 'model', 'seed', 'lexical']);
  const data = arg(args, 'data');
  if (!data) throw new Error('usage: npm run learn:eval -- --data <massive dir> [--locale xx-YY ...] [--json out.json] [--model dir] [--seed n] [--lexical w]');
  const seed = intArg(args, 'seed', 1);
  const lexical = arg(args, 'lexical');
  const lexicalWeight = lexical === undefined ? undefined : Number(lexical);
  if (lexicalWeight !== undefined && !(lexicalWeight >= 0)) throw new Error(`--lexical must be a number ≥ 0, got "${lexical}"`);
  const { model } = await openNodeModel(arg(args, 'model', DEFAULT_MODEL_DIR)!);
  const modelId = model.config.model_id;
  const modelLocales = model.config.locales as string[];
  const scenarios = model.labels.scenarios;
  const locales = list(args, 'locale') ?? DEFAULT_LOCALES;
  const taughtEverywhere = new LearningMemory({ modelLocales });
  const rows: LocaleRow[] = [];
  for (const locale of locales) {
    const parsed = await parseLocale(model, data, locale);
    // Teaching 5 per intent, on a model that knows the locale.
    const five = split(parsed, 5, seed);
    const memory = new LearningMemory({ modelLocales });
    for (const p of five.taught) {
      const ex = toExample(p, modelId);
      memory.add(ex);
      taughtEverywhere.add(ex);
    }
    const before = five.rest.filter((p) => p.result.intent === p.gold).length;
    const after = five.rest.filter((p) => memory.apply(p.result, scenarios, modelId).intent === p.gold).length;
    const recalled = five.taught.filter((p) => memory.apply(p.result, scenarios, modelId).intent === p.gold).length;
    // Memory only, 10 per intent: the locale treated as one the model was not trained on.
    const ten = split(parsed, 10, seed);
    const alone = new LearningMemory({ modelLocales: [], ...(lexicalWeight === undefined ? {} : { lexicalWeight }) });
    for (const p of ten.taught) alone.add(toExample(p, modelId));
    const memoryOnly = ten.rest.filter((p) => alone.apply(p.result, scenarios, modelId).intent === p.gold).length;
    const row: LocaleRow = {
      locale, n: parsed.length, taught: five.taught.length,
      model_acc: pct(before, five.rest.length), with_memory_acc: pct(after, five.rest.length),
      gain: Math.round(10 * (pct(after, five.rest.length) - pct(before, five.rest.length))) / 10,
      corrected_recalled: pct(recalled, five.taught.length),
      memory_only_acc: pct(memoryOnly, ten.rest.length),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  let changed = 0;
  let checked = 0;
  for (const locale of UNTOUCHED) {
    for (const p of await parseLocale(model, data, locale)) {
      checked += 1;
      const applied = taughtEverywhere.apply(p.result, scenarios, modelId);
      if (applied !== p.result) changed += 1;
    }
  }
  const mean = (k: 'model_acc' | 'with_memory_acc' | 'gain' | 'memory_only_acc' | 'corrected_recalled') =>
    Math.round((10 * rows.reduce((s, r) => s + r[k], 0)) / rows.length) / 10;
  const summary = {
    model: modelId, seed, locales: rows,
    mean: { model_acc: mean('model_acc'), with_memory_acc: mean('with_memory_acc'), gain: mean('gain'), memory_only_acc: mean('memory_only_acc'), corrected_recalled: mean('corrected_recalled') },
    untouched: { locales: UNTOUCHED, utterances: checked, changed },
  };
  console.log(JSON.stringify(summary.mean), JSON.stringify(summary.untouched));
  const json = arg(args, 'json');
  if (json) writeFileSync(json, `${JSON.stringify(summary, null, 2)}\n`);
  await model.runner.release();
}

main().catch((e: unknown) => {
  console.error(`[learn:eval] error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
