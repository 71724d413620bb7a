/**
 * The report of a finished run (`batch-report`, with the CLI's JSON report in `data-report`):
 * a summary line, the JSON download, the per-locale table, the intent confusion matrix, the
 * per-intent F1 chart (its chart library is loaded only here, when a report is shown) and the
 * failures, each a link to the inspector.
 */
import { lazy, Suspense, useMemo } from 'react';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { intentScores } from './confusion.ts';
import { FailureList } from './FailureList.tsx';
import { IntentTable } from './IntentTable.tsx';
import { LocaleTable } from './LocaleTable.tsx';
import { downloadText, reportFileName, reportText } from './reportFile.ts';
import type { BatchOutcome } from './types.ts';
import { tr } from './ui/strings.ts';

const IntentF1Chart = lazy(() => import('./IntentF1Chart.tsx'));

interface Props {
  locale: string;
  modelId: string;
  outcome: BatchOutcome;
  /** Wall time of the run, model load included. */
  ms: number;
}

/** The whole report of one run. */
export function BatchReport({ locale, modelId, outcome, ms }: Props) {
  const { report, analysis } = outcome;
  const json = useMemo(() => reportText(report), [report]);
  const scores = useMemo(() => intentScores(analysis.confusion, analysis.scenarios), [analysis]);
  const summary = tr('doneSummary', locale, {
    count: report.utterances,
    locales: Object.keys(report.locales).length,
    seconds: Math.round(ms / 100) / 10,
    ms: report.ms_per_utterance,
  });
  return (
    <section className="batch-report" data-testid="batch-report" data-report={json} data-ms={Math.round(ms)}>
      <div className="batch-report-head">
        <p>{summary}</p>
        <button type="button" data-testid="batch-download" onClick={() => downloadText(json, reportFileName(report))}>
          {tr('download', locale)}
        </button>
      </div>
      <LocaleTable locale={locale} report={report} />
      <ConfusionMatrix locale={locale} cells={analysis.confusion} scenarios={analysis.scenarios} />
      <section className="batch-chart">
        <h3>{tr('chartTitle', locale)}</h3>
        <Suspense fallback={<p className="muted">{tr('chartLoading', locale)}</p>}>
          <IntentF1Chart locale={locale} scores={scores} />
        </Suspense>
        <IntentTable locale={locale} scores={scores} />
      </section>
      <FailureList locale={locale} modelId={modelId} analysis={analysis} />
    </section>
  );
}
