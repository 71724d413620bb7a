/**
 * The kiosk's last line of defence: if its view fails to render, a calm "one moment" shows
 * (no stack trace, no blank page) and the view is tried again a few seconds later.
 */
import { useEffect, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { tr } from './strings.ts';

/** How long the fallback shows before the view is rendered again. */
export const RETRY_MS = 3_000;

function Fallback({ resetErrorBoundary, locale }: FallbackProps & { locale: string }) {
  useEffect(() => {
    const id = setTimeout(resetErrorBoundary, RETRY_MS);
    return () => clearTimeout(id);
  }, [resetErrorBoundary]);
  return (
    <main className="kiosk kiosk-recovering" data-testid="kiosk-recovering">
      <p className="kiosk-status">{tr('oneMoment', locale)}</p>
    </main>
  );
}

export function KioskBoundary({ locale, children }: { locale: string; children: ReactNode }) {
  return <ErrorBoundary fallbackRender={(props) => <Fallback {...props} locale={locale} />}>{children}</ErrorBoundary>;
}
