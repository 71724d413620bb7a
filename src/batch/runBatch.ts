/**
 * One batch run on a loaded model: the file's records (fileRecords.ts) through the CLI's
 * evaluation loop (src/nlu/evalCore.ts, the same code as `npm run eval`) with the analysis
 * beside it, and the report in the CLI's JSON schema. Independent of the worker, so a unit
 * test runs it in Node on the fixture model and compares it with the CLI.
 */
import { evaluateRecords, type EvalProgress, reportJson } from '../nlu/evalCore.ts';
import type { NluModel } from '../nlu/nluModel.ts';
import { AnalysisCollector } from './analysis.ts';
import { FileRecords } from './fileRecords.ts';
import type { BatchOutcome, FileSummary } from './types.ts';

/** What to run. */
export interface BatchRunOptions {
  /** Partitions to score; null or absent: every partition but `train` (the CLI's default). */
  partitions?: readonly string[] | null | undefined;
  batchSize: number;
  /** Locales the model knows (others are line errors); absent: any. */
  knownLocales?: readonly string[] | undefined;
  /** Named as `model_dir` in the report. */
  modelDir: string;
  loadMs: number;
  onProgress?: (p: EvalProgress) => void;
}

/** The run failed as a whole (no record to score); `file` says what was read. */
export class BatchRunError extends Error {
  constructor(
    message: string,
    readonly file: FileSummary,
  ) {
    super(message);
    this.name = 'BatchRunError';
  }
}

/** Evaluates the records of `blob` (named `name`) and returns the report and its analysis. */
export async function runBatch(
  model: Pick<NluModel, 'parseBatch' | 'config' | 'labels'>,
  blob: Blob,
  name: string,
  opts: BatchRunOptions,
): Promise<BatchOutcome> {
  const partitions = opts.partitions?.length ? opts.partitions : undefined;
  const file = new FileRecords(blob, name, {
    charSplitLocales: model.config.char_split_locales,
    knownLocales: opts.knownLocales ? new Set(opts.knownLocales) : undefined,
    selection: { partitions },
  });
  const analysis = new AnalysisCollector(model.labels.scenarios, (rec) => file.lineOf.get(rec) ?? 0);
  let report;
  try {
    report = await evaluateRecords(model, file.records(), {
      source: name,
      partitions,
      batchSize: opts.batchSize,
      onProgress: opts.onProgress,
      onPrediction: (gold, predicted) => analysis.add(gold, predicted),
    });
  } catch (e) {
    throw new BatchRunError((e as Error).message, file.summary);
  }
  return {
    report: reportJson(report, { modelDir: opts.modelDir, data: name, partitions, batchSize: opts.batchSize, loadMs: opts.loadMs }),
    analysis: analysis.result(),
    file: file.summary,
  };
}
