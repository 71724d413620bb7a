/**
 * The NLU inspector page: locale, text box and examples on one side, load state, errors and
 * the result on the other. The whole page follows the locale's direction (RTL for Arabic,
 * Persian, Urdu and Hebrew) and language.
 */
import { useEffect } from 'react';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { ExampleList } from '../components/ExampleList.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { LocalePicker } from '../components/LocalePicker.tsx';
import { ResultPanel } from '../components/ResultPanel.tsx';
import { UtteranceForm } from '../components/UtteranceForm.tsx';
import { findLanguage, langTag } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import { uiTextLang } from '../i18n/uiText.ts';
import { useApp } from '../state/StoreContext.tsx';

/** The inspector layout; `modelId` names the model folder in error messages. */
export function Inspector({ modelId }: { modelId: string }) {
  const locale = useApp((s) => s.locale);
  const startNlu = useApp((s) => s.startNlu);
  const dir = findLanguage(locale)?.rtl ? 'rtl' : 'ltr';

  useEffect(() => {
    startNlu();
  }, [startNlu]);

  useEffect(() => {
    document.documentElement.dir = dir;
    document.documentElement.lang = langTag(locale);
  }, [dir, locale]);

  return (
    <div className="app" dir={dir} lang={uiTextLang(locale, 'inspector')} data-testid="app">
      <header className="app-header">
        <h1>{tr('appTitle', locale)}</h1>
        <p className="tagline">{tr('appTagline', locale)}</p>
        <LoadStatus />
      </header>
      <main className="app-main">
        <div className="input-column">
          <LocalePicker />
          <UtteranceForm />
          <ExampleList />
        </div>
        <div className="output-column">
          <ErrorPanel modelId={modelId} />
          <ResultPanel />
        </div>
      </main>
      <footer className="app-footer" dir="auto">{tr('footer', locale)}</footer>
    </div>
  );
}
