/**
 * `npm run eval`'s Node side of the evaluation: reads MASSIVE records from disk (a file or a
 * directory, scripts/node/massiveFiles.ts) and hands them to the platform-independent loop in
 * src/nlu/evalCore.ts, which the browser's batch panel runs too, so both give the same figures.
 */
import { readRecords } from './node/massiveFiles.ts';
import { evaluateRecords, type EvalProgress, type EvalReport } from '../src/nlu/evalCore.ts';
import type { NluModel } from '../src/nlu/nluModel.ts';

export type { EvalReport, EvalReportJson } from '../src/nlu/evalCore.ts';

/** What to evaluate. */
export interface EvalOptions {
  data: string;
  locales?: string[] | undefined;
  /** Partitions to keep; default: every partition except `train`. */
  partitions?: string[] | undefined;
  batchSize: number;
  onProgress?: (p: EvalProgress) => void;
}

/** Runs the evaluation over the records under `opts.data`; throws when no record matches. */
export async function runEval(model: NluModel, opts: EvalOptions): Promise<EvalReport> {
  // The reader skips whole files of other locales; the shared loop selects the records.
  const records = readRecords(opts.data, { locales: opts.locales, charSplitLocales: model.config.char_split_locales });
  return evaluateRecords(model, records, { ...opts, source: opts.data });
}
