/**
 * Export (MASSIVE JSONL download), import (an `<input type=file>`: merged, same id replaced)
 * and clear (asks first, in the page: no browser dialog) of the stored annotations.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { downloadText } from '../download.ts';
import { useTester, useTesterStore } from './TesterContext.tsx';
import { tr } from './tr.ts';

/** The file name of an export. */
export const EXPORT_FILE = 'polyvox-tester.jsonl';

/** The files panel. */
export function FilePanel({ uiLocale }: { uiLocale: string }) {
  const store = useTesterStore();
  const count = useTester((s) => s.annotations.length);
  const lastImport = useTester((s) => s.lastImport);
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const importId = useId();

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    try {
      setImportError(null);
      await store.getState().importText(await file.text());
    } catch (err) {
      setImportError(err instanceof Error ? err.message : String(err));
    } finally {
      // The same file can be picked again.
      input.value = '';
    }
  };

  return (
    <section className="tester-panel tester-files" aria-label={tr('filesTitle', uiLocale)}>
      <h2 className="section-title">{tr('filesTitle', uiLocale)}</h2>
      <button type="button" data-testid="tester-export" onClick={() => downloadText(EXPORT_FILE, store.getState().exportText())}>
        {tr('exportButton', uiLocale)}
      </button>
      <div className="field">
        <label htmlFor={importId}>{tr('importLabel', uiLocale)}</label>
        <input id={importId} type="file" accept=".jsonl,.json,.txt,application/jsonl,application/x-ndjson" data-testid="tester-import" onChange={(e) => void onImport(e)} />
      </div>
      {lastImport && (
        <div role="status" data-testid="tester-import-report" data-added={lastImport.added} data-replaced={lastImport.replaced} data-skipped={lastImport.errors.length}>
          <p>{tr('importDone', uiLocale, { added: lastImport.added, replaced: lastImport.replaced })}</p>
          {lastImport.errors.length > 0 && (
            <details>
              <summary>{tr('importSkipped', uiLocale, { count: lastImport.errors.length })}</summary>
              <ul lang="en">
                {lastImport.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {importError && (
        <p className="error-text" role="alert">
          {tr('saveFailed', uiLocale, { message: importError })}
        </p>
      )}
      {confirming ? (
        <div className="tester-confirm" role="alertdialog" aria-label={tr('clearButton', uiLocale)}>
          <p>{tr('clearConfirm', uiLocale, { count })}</p>
          <button
            type="button"
            className="danger"
            data-testid="tester-clear-confirm"
            onClick={() => {
              setConfirming(false);
              void store.getState().clearAll();
            }}
          >
            {tr('clearYes', uiLocale)}
          </button>
          <button type="button" data-testid="tester-clear-cancel" onClick={() => setConfirming(false)}>
            {tr('clearNo', uiLocale)}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="tester-clear" disabled={count === 0} onClick={() => setConfirming(true)}>
          {tr('clearButton', uiLocale)}
        </button>
      )}
    </section>
  );
}
