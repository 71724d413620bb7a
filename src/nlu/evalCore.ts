/**
 * The MASSIVE evaluation loop shared by `npm run eval` (scripts/eval.ts, records read from
 * disk) and the tester's batch panel (src/batch/, records read from a dropped file in a
 * worker): which records count, length-sorted batches through the app's NluModel, the scores
 * per locale and their mean, and the report in the CLI's JSON schema. Platform-independent:
 * records come in as any (async) iterable, so both callers give the same figures.
 */
import type { MassiveRecord } from './massive.ts';
import { meanScores, MetricsAccumulator, round1, type Scores } from './metrics.ts';
import type { NluModel } from './nluModel.ts';
import type { NluResult } from './types.ts';

/** Which records are scored; every given filter must match. */
export interface RecordSelection {
  locales?: readonly string[] | undefined;
  /** Keep only these partitions; without it, every partition except `train`. */
  partitions?: readonly string[] | undefined;
}

/** Whether `rec` is scored under `selection` (the CLI's default: every partition but `train`). */
export function keepRecord(rec: Pick<MassiveRecord, 'locale' | 'partition'>, selection: RecordSelection): boolean {
  if (selection.locales && !selection.locales.includes(rec.locale)) return false;
  if (selection.partitions) return selection.partitions.includes(rec.partition);
  return rec.partition !== 'train';
}

/** How a partition choice is written in the report (`dev,test`, or `not train` by default). */
export function partitionLabel(partitions?: readonly string[]): string {
  return partitions?.length ? partitions.join(',') : 'not train';
}

/** Progress after each batch. */
export interface EvalProgress {
  locale: string;
  doneInLocale: number;
  localeTotal: number;
  done: number;
  total: number;
  msPerUtt: number;
}

/** How to evaluate. */
export interface EvalRunOptions extends RecordSelection {
  /** Names the data in the error thrown when no record is selected (a path, a file name). */
  source: string;
  batchSize: number;
  onProgress?: (p: EvalProgress) => void;
  /** Every scored utterance with the model's result (the batch panel's confusion matrix and failures). */
  onPrediction?: (gold: MassiveRecord, predicted: NluResult) => void;
}

/** The scores (percentages with one decimal) and timing of one run. */
export interface EvalReport {
  model: string;
  locales: Record<string, Scores>;
  mean: Omit<Scores, 'n'>;
  ms_per_utterance: number;
  utterances: number;
  /** Utterances whose `utt` split gives a different word count than `annot_utt`. */
  word_count_mismatches: number;
}

/** Where a run's data and model came from, as the JSON report names them. */
export interface ReportSource {
  /** The model folder (a path for the CLI, a URL for the browser). */
  modelDir: string;
  /** The data path or file name. */
  data: string;
  partitions?: readonly string[] | undefined;
  batchSize: number;
  loadMs: number;
}

/** The JSON report of `npm run eval -- --json` (and of the batch panel's download). */
export interface EvalReportJson extends EvalReport {
  model_dir: string;
  data: string;
  partition: string;
  batch_size: number;
  load_ms: number;
}

/** The part of NluModel the loop needs (fakes in tests). */
export type BatchModel = Pick<NluModel, 'parseBatch'> & { config: Pick<NluModel['config'], 'model_id'> };

const rounded = (s: Scores): Scores => ({ n: s.n, intent_acc: round1(s.intent_acc), slot_f1: round1(s.slot_f1), exact_match: round1(s.exact_match) });

/**
 * Scores the selected records per locale (locales in the order they first appear) and their
 * plain mean; throws when no record is selected.
 */
export async function evaluateRecords(
  model: BatchModel,
  records: AsyncIterable<MassiveRecord> | Iterable<MassiveRecord>,
  opts: EvalRunOptions,
): Promise<EvalReport> {
  const byLocale = new Map<string, MassiveRecord[]>();
  for await (const rec of records) {
    if (!keepRecord(rec, opts)) continue;
    let recs = byLocale.get(rec.locale);
    if (!recs) byLocale.set(rec.locale, (recs = []));
    recs.push(rec);
  }
  const total = [...byLocale.values()].reduce((a, r) => a + r.length, 0);
  if (total === 0) throw new Error(`no records to evaluate in ${opts.source} (partition ${partitionLabel(opts.partitions)})`);

  const scores = new Map<string, Scores>();
  let done = 0;
  let mismatches = 0;
  let busyMs = 0;
  for (const [locale, recs] of byLocale) {
    const acc = new MetricsAccumulator();
    // NOTE: sorting by length keeps padding small; metrics do not depend on order.
    const sorted = [...recs].sort((a, b) => a.utt.length - b.utt.length);
    for (let i = 0; i < sorted.length; i += opts.batchSize) {
      const chunk = sorted.slice(i, i + opts.batchSize);
      const t0 = performance.now();
      const results = await model.parseBatch(chunk.map((r) => ({ text: r.utt, locale: r.locale })));
      busyMs += performance.now() - t0;
      results.forEach((res, j) => {
        const gold = chunk[j]!;
        if (res.wordLabels.length !== gold.wordLabels.length) mismatches += 1;
        acc.add(gold.intent, res.intent, gold.wordLabels, res.wordLabels);
        opts.onPrediction?.(gold, res);
      });
      done += chunk.length;
      opts.onProgress?.({ locale, doneInLocale: Math.min(i + opts.batchSize, sorted.length), localeTotal: sorted.length, done, total, msPerUtt: busyMs / done });
    }
    scores.set(locale, acc.scores());
  }
  const mean = rounded(meanScores([...scores.values()]));
  return {
    model: model.config.model_id,
    locales: Object.fromEntries([...scores].map(([k, s]) => [k, rounded(s)])),
    mean: { intent_acc: mean.intent_acc, slot_f1: mean.slot_f1, exact_match: mean.exact_match },
    ms_per_utterance: Math.round((busyMs / total) * 1000) / 1000,
    utterances: total,
    word_count_mismatches: mismatches,
  };
}

/** The report with where it came from: the JSON the CLI writes and the batch panel downloads. */
export function reportJson(report: EvalReport, source: ReportSource): EvalReportJson {
  return {
    ...report,
    model_dir: source.modelDir,
    data: source.data,
    partition: partitionLabel(source.partitions),
    batch_size: source.batchSize,
    load_ms: Math.round(source.loadMs),
  };
}
