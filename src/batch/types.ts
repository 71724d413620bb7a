/**
 * The shapes of a batch run shared by the worker, its client and the report components:
 * what a file held, the problems found in it, and the analysis beside the CLI's JSON report.
 * A leaf: it imports only types, so every batch module can use it without a cycle.
 */
import type { EvalReportJson } from '../nlu/evalCore.ts';

/** One problem in the file: a line that is not a record, an unknown locale, a broken stream. */
export interface LineError {
  /** 1-based line number. */
  line: number;
  /** `format`: not JSON or a field missing; `locale`: not a model locale; `gzip`/`read`: the file broke off. */
  kind: 'format' | 'locale' | 'gzip' | 'read';
  /** The parser's or the browser's words (for `locale`, the locale). */
  detail: string;
}

/** What reading a file found. */
export interface FileSummary {
  lines: number;
  /** Records scored (selected partitions, known locales). */
  selected: number;
  /** Well-formed records per partition, selected or not. */
  partitions: Record<string, number>;
  /** The first problems (at most MAX_LINE_ERRORS). */
  errors: LineError[];
  errorCount: number;
  /** The line where the file broke off (corrupt gzip), or null when it was read to the end. */
  cutAt: number | null;
}

/** A slot as shown in the failure list. */
export interface SlotText {
  label: string;
  text: string;
}

/** An utterance the model did not get exactly right (intent or slots). */
export interface Failure {
  line: number;
  id: string;
  locale: string;
  utt: string;
  gold: { intent: string; slots: SlotText[] };
  predicted: { intent: string; slots: SlotText[] };
}

/** One cell of the intent confusion matrix: how often gold `gold` was predicted as `predicted`. */
export interface ConfusionCell {
  gold: string;
  predicted: string;
  count: number;
}

/** Everything the panel shows besides the JSON report. */
export interface BatchAnalysis {
  /** Non-zero cells only. */
  confusion: ConfusionCell[];
  /** Intent → scenario (gold records and the model's labels). */
  scenarios: Record<string, string>;
  /** The failures in file order, at most MAX_FAILURES. */
  failures: Failure[];
  failureCount: number;
}

/** The result of one run. */
export interface BatchOutcome {
  report: EvalReportJson;
  analysis: BatchAnalysis;
  file: FileSummary;
}
