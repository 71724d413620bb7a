/**
 * Where a run is: a progress bar (`batch-progress`: the model's bytes while it loads, then
 * utterances scored) with its words and a Cancel button (`batch-cancel`) while it runs; the
 * summary or the reason it failed (`batch-error`) once it ends.
 */
import { tr } from './ui/strings.ts';
import type { RunState } from './useBatchRun.ts';

interface Props {
  locale: string;
  state: RunState;
  fileName: string;
  onCancel: () => void;
  onRunAgain: (() => void) | undefined;
}

function progressOf(state: RunState): { value: number | undefined; max: number; text: (locale: string, fileName: string) => string } | null {
  switch (state.phase) {
    case 'loading': {
      const { loaded, total } = state;
      if (!total) return { value: undefined, max: 1, text: (l) => tr('loadingModelIndeterminate', l) };
      return { value: loaded, max: total, text: (l) => tr('loadingModel', l, { percent: Math.floor((100 * loaded) / total) }) };
    }
    case 'reading':
      return { value: undefined, max: 1, text: (l, name) => tr('reading', l, { file: name }) };
    case 'scoring':
      return { value: state.done, max: state.total, text: (l) => tr('progress', l, { done: state.done, total: state.total, locale: state.locale }) };
    default:
      return null;
  }
}

function failureKey(stage: string) {
  return stage === 'model' ? 'failedModel' : stage === 'run' ? 'failedRun' : 'failedWorker';
}

/** The run's progress or its end. */
export function RunStatus({ locale, state, fileName, onCancel, onRunAgain }: Props) {
  const progress = progressOf(state);
  if (progress) {
    const text = progress.text(locale, fileName);
    return (
      <div className="batch-status" role="status">
        <progress data-testid="batch-progress" value={progress.value} max={progress.max} aria-label={text} />
        <span dir="auto">{text}</span>
        <button type="button" data-testid="batch-cancel" onClick={onCancel}>
          {tr('cancel', locale)}
        </button>
      </div>
    );
  }
  if (state.phase === 'failed' || state.phase === 'cancelled') {
    return (
      <div className="batch-status">
        <p className={state.phase === 'failed' ? 'batch-error' : 'muted'} role="alert" data-testid="batch-error" data-stage={state.phase === 'failed' ? state.stage : 'cancelled'}>
          {state.phase === 'failed' ? tr(failureKey(state.stage), locale, { detail: state.message }) : tr('cancelled', locale)}
        </p>
        {onRunAgain && (
          <button type="button" onClick={onRunAgain}>
            {tr('runAgain', locale)}
          </button>
        )}
      </div>
    );
  }
  return null;
}
