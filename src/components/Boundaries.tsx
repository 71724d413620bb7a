/**
 * Error boundaries (react-error-boundary): a panel that fails to render shows a message and
 * a "Try again" button while the rest of the page keeps working; if the page itself fails,
 * a message with a Reload button replaces it. Never a blank page. The error's own message is
 * shown as text in small print, for a bug report.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { tr } from '../i18n/strings.ts';
import { uiTextLang } from '../i18n/uiText.ts';

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wraps one panel; `locale` picks the message's language. */
export function PanelBoundary({ locale, children }: { locale: string; children: ReactNode }) {
  const fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <section className="error-panel panel-error" role="alert" data-testid="panel-error" lang={uiTextLang(locale, 'inspector')}>
      <p>{tr('panelError', locale)}</p>
      <p>
        <small lang="en">{detailOf(error)}</small>
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        {tr('retry', locale)}
      </button>
    </section>
  );
  return <ErrorBoundary fallbackRender={fallback}>{children}</ErrorBoundary>;
}

/** Wraps the whole page. */
export function PageBoundary({ locale, children }: { locale: string; children: ReactNode }) {
  const fallback = ({ error }: FallbackProps) => (
    <main className="error-panel page-error" role="alert" data-testid="page-error" lang={uiTextLang(locale, 'inspector')}>
      <h1>{tr('errorTitle', locale)}</h1>
      <p>{tr('pageError', locale)}</p>
      <p>
        <small lang="en">{detailOf(error)}</small>
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        {tr('reload', locale)}
      </button>
    </main>
  );
  return <ErrorBoundary fallbackRender={fallback}>{children}</ErrorBoundary>;
}
