/**
 * The downloaded report: the CLI's JSON (`npm run eval -- --json`, two-space indent and a final
 * newline, as scripts/eval.ts writes it) and a file name that says what was evaluated.
 */
import type { EvalReportJson } from '../nlu/evalCore.ts';

/** The report as the CLI writes it. */
export function reportText(report: EvalReportJson): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `eval-<data name without .jsonl[.gz]>-<model>.json`, with only safe characters. */
export function reportFileName(report: Pick<EvalReportJson, 'data' | 'model'>): string {
  const data = report.data.replace(/\.jsonl(\.gz)?$|\.gz$/i, '');
  return `eval-${data}-${report.model}.json`.replace(/[^\w.-]+/g, '_');
}

/** Saves `text` as a JSON file named `name` through a temporary object URL. */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // NOTE: revoked on the next turn, once the click has handed the URL to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
