/**
 * The error panel: says what went wrong in plain words, with the runtime's detail in small
 * print. It never touches the text box, so nothing the user typed is lost.
 */
import { t, type TranslationKey } from '../i18n/strings.ts';
import type { UiError } from '../state/nluSlice.ts';
import { MAX_INPUT_CHARS } from '../state/sessionSlice.ts';
import { useApp } from '../state/StoreContext.tsx';

const MESSAGE: Record<UiError['kind'], TranslationKey> = {
  'model-missing': 'errorModelMissing',
  'model-corrupt': 'errorModelCorrupt',
  'worker-crashed': 'errorWorkerCrash',
  'parse-failed': 'errorParse',
  empty: 'errorEmpty',
  'too-long': 'errorTooLong',
};

/** The message for an error, with its placeholders filled; `fatal` when loading gave up. */
export function errorMessage(error: UiError, modelId: string, fatal = false): string {
  const key = fatal && error.kind === 'worker-crashed' ? 'errorWorkerGaveUp' : MESSAGE[error.kind];
  return t(key, {
    detail: error.detail,
    model: modelId,
    length: error.detail,
    max: MAX_INPUT_CHARS,
  });
}

/** Shows the current error, if any. */
export function ErrorPanel({ modelId }: { modelId: string }) {
  const error = useApp((s) => s.error);
  const status = useApp((s) => s.status);
  const dismiss = useApp((s) => s.dismissError);
  if (!error) return null;
  const fatal = status === 'error';
  const inputProblem = error.kind === 'empty' || error.kind === 'too-long';

  return (
    <section className={fatal ? 'error-panel fatal' : 'error-panel'} role="alert" data-testid="error" data-error-kind={error.kind}>
      <h2>{inputProblem ? t('inputLabel') : t('errorTitle')}</h2>
      <p>{errorMessage(error, modelId, fatal)}</p>
      {fatal ? (
        <button type="button" onClick={() => window.location.reload()}>{t('retry')}</button>
      ) : (
        <button type="button" onClick={dismiss}>{t('dismiss')}</button>
      )}
    </section>
  );
}
