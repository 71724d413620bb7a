/**
 * Model load indicator: a progress bar while loading, then "ready" with the load time and the
 * backend in use. `nlu-ready` exists only once the model is loaded (a test hook).
 */
import { t } from '../i18n/strings.ts';
import { useApp } from '../state/StoreContext.tsx';

/** Load progress, readiness and backend. */
export function LoadStatus() {
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.progress);
  const backend = useApp((s) => s.backend);
  const loadMs = useApp((s) => s.loadMs);

  return (
    <div className="load-status" aria-live="polite">
      {(status === 'loading' || status === 'idle') && (
        <div className="loading" data-testid="nlu-loading">
          <progress max={1} value={progress ?? undefined} aria-label={t('loadingModelIndeterminate')} />
          <span>
            {progress == null
              ? t('loadingModelIndeterminate')
              : t('loadingModel', { percent: Math.round(progress * 100) })}
          </span>
        </div>
      )}
      {status === 'ready' && (
        <span className="ready" data-testid="nlu-ready">
          {t('modelReady', { ms: Math.round(loadMs ?? 0) })}
        </span>
      )}
      {backend && (
        <span className="backend">
          {t('backendLabel')}: <code data-testid="backend">{backend}</code>
        </span>
      )}
    </div>
  );
}
