/**
 * Model load indicator: a progress bar while loading (files, engine, warm-up), then "ready"
 * with the model id and load time, and the engine in use. `nlu-ready` exists only once the
 * model is loaded, and `backend` holds exactly `js` (the JS engine, which answers while
 * onnxruntime starts), `wasm` or `webgpu` (test hooks).
 */
import { tr } from '../i18n/strings.ts';
import type { LoadStage } from '../state/nluPort.ts';
import { useApp } from '../state/StoreContext.tsx';

function stageText(stage: LoadStage | null, progress: number | null, locale: string): string {
  if (stage === 'session') return tr('stageSession', locale);
  if (stage === 'warmup') return tr('stageWarmup', locale);
  return progress == null ? tr('loadingModelIndeterminate', locale) : tr('loadingModel', locale, { percent: Math.round(progress * 100) });
}

/** Load progress, readiness and backend. */
export function LoadStatus() {
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.progress);
  const stage = useApp((s) => s.stage);
  const runtime = useApp((s) => s.runtime);
  const locale = useApp((s) => s.locale);

  return (
    <div className="load-status" aria-live="polite">
      {(status === 'loading' || status === 'idle') && (
        <div className="loading" data-testid="nlu-loading">
          <progress max={1} value={stage === 'fetch' || stage === null ? (progress ?? undefined) : undefined} aria-label={tr('loadingModelIndeterminate', locale)} />
          <span>{stageText(stage, progress, locale)}</span>
        </div>
      )}
      {status === 'ready' && runtime && (
        <span className="ready" data-testid="nlu-ready">
          {tr('modelReady', locale, { model: runtime.modelId, ms: Math.round(runtime.loadMs) })}
        </span>
      )}
      {runtime && (
        <span className="backend" title={runtime.backendReason}>
          {tr('backendLabel', locale)}: <code data-testid="backend">{runtime.backend}</code>
          {runtime.backend === 'wasm' && ` (${runtime.threads === 1 ? tr('oneThread', locale) : tr('threads', locale, { n: runtime.threads })})`}
        </span>
      )}
    </div>
  );
}
