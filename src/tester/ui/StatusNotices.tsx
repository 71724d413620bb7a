/**
 * What the tester must know about the stored work: a failed save (with "Try again"), stored
 * records that could not be read, a store that could not be opened, a failed parse; and,
 * when all is well, that every change is saved at once. `tester-save-state` counts the
 * changes not on disk yet (a test hook).
 */
import { useTester, useTesterStore } from './TesterContext.tsx';
import { tr } from './tr.ts';

/** The notices line under the input. */
export function StatusNotices({ uiLocale }: { uiLocale: string }) {
  const store = useTesterStore();
  const unsaved = useTester((s) => s.unsaved.size);
  const loaded = useTester((s) => s.loaded);
  const saveError = useTester((s) => s.saveError);
  const loadError = useTester((s) => s.loadError);
  const quarantined = useTester((s) => s.quarantined);
  const parseError = useTester((s) => s.parseError);
  return (
    <div className="tester-notices" aria-live="polite">
      <p className="muted" data-testid="tester-save-state" data-unsaved={unsaved} data-loaded={loaded}>
        {tr('savedNotice', uiLocale)}
      </p>
      {saveError && (
        <p className="error-text" role="alert" data-testid="tester-save-error">
          {tr('saveFailed', uiLocale, { message: saveError })}{' '}
          <button type="button" onClick={() => void store.getState().retrySaves()}>
            {tr('retry', uiLocale)}
          </button>
        </p>
      )}
      {loadError && (
        <p className="error-text" role="alert">
          {tr('loadFailed', uiLocale, { message: loadError })}
        </p>
      )}
      {quarantined > 0 && (
        <p className="muted" role="status" data-testid="tester-quarantined">
          {tr('quarantined', uiLocale, { count: quarantined })}
        </p>
      )}
      {parseError && (
        <p className="error-text" role="alert" data-testid="tester-parse-error">
          {tr('parseFailed', uiLocale, { message: parseError })}
        </p>
      )}
    </div>
  );
}
