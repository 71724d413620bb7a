/**
 * The error panel: says what went wrong in plain words, with the runtime's detail in small
 * print. It never touches the text box, so nothing the user typed is lost. A technical
 * (model or engine) error shown in another language also gives the English original, marked
 * `lang="en"`, so it can be searched for and quoted in a bug report.
 */
import { DEFAULT_LOCALE } from '../i18n/languages.ts';
import { tr, type TranslationKey } from '../i18n/strings.ts';
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

/**
 * The message for an error in `locale`'s UI language, with its placeholders filled; `fatal`
 * when loading gave up.
 */
export function errorMessage(error: UiError, modelId: string, locale: string, fatal = false): string {
  const key = fatal && error.kind === 'worker-crashed' ? 'errorWorkerGaveUp' : MESSAGE[error.kind];
  return tr(key, locale, {
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
  const locale = useApp((s) => s.locale);
  if (!error) return null;
  const fatal = status === 'error';
  const inputProblem = error.kind === 'empty' || error.kind === 'too-long';
  const message = errorMessage(error, modelId, locale, fatal);
  const english = errorMessage(error, modelId, DEFAULT_LOCALE, fatal);

  return (
    <section className={fatal ? 'error-panel fatal' : 'error-panel'} role="alert" data-testid="error" data-error-kind={error.kind}>
      <h2>{inputProblem ? tr('inputLabel', locale) : tr('errorTitle', locale)}</h2>
      <p>{message}</p>
      {!inputProblem && english !== message && (
        <p className="muted" lang="en" dir="ltr" data-testid="error-english">{english}</p>
      )}
      {fatal ? (
        <button type="button" onClick={() => window.location.reload()}>{tr('retry', locale)}</button>
      ) : (
        <button type="button" onClick={dismiss}>{tr('dismiss', locale)}</button>
      )}
    </section>
  );
}
