/**
 * The assistant page: locale, voice controls, text box, examples and the conversation on one
 * side; errors, the NLU inspector (latest result), the home panels and voice settings on the
 * other. Its root element follows the locale's direction (RTL for Arabic, Persian, Urdu and
 * Hebrew) and language; the document itself belongs to App, the page's owner.
 */
import { useEffect } from 'react';
import { PanelBoundary } from '../components/Boundaries.tsx';
import { ErrorPanel } from '../components/ErrorPanel.tsx';
import { ExampleList } from '../components/ExampleList.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { LocalePicker } from '../components/LocalePicker.tsx';
import { ResultPanel } from '../components/ResultPanel.tsx';
import { UtteranceForm } from '../components/UtteranceForm.tsx';
import { findLanguage } from '../i18n/languages.ts';
import { tr } from '../i18n/strings.ts';
import { useUiLanguage } from '../i18n/ui/useUiLanguage.ts';
import { useApp } from '../state/StoreContext.tsx';
import { ConversationView } from '../conversation/ui/ConversationView.tsx';
import { tr as trConversation } from '../conversation/ui/strings.ts';
import { VoiceSettingsPanel } from './VoiceSettingsPanel.tsx';
import { HomePanels } from './HomePanels.tsx';
import type { Runtime } from './runtime.ts';
import { VoiceBar } from './VoiceBar.tsx';

/** The page layout; `modelId` names the model folder in error messages. */
export function AssistantPage({ modelId, runtime }: { modelId: string; runtime: Runtime }) {
  const prefs = useApp((s) => s.voicePrefs);
  const setPrefs = useApp((s) => s.setVoicePrefs);
  const locale = useApp((s) => s.locale);
  const startNlu = useApp((s) => s.startNlu);
  const dir = findLanguage(locale)?.rtl ? 'rtl' : 'ltr';
  // Loads the locale's UI catalog (English meanwhile) and re-renders the page when it arrives.
  const chromeLang = useUiLanguage(locale);

  useEffect(() => {
    startNlu();
  }, [startNlu]);

  return (
    <div className="app" dir={dir} lang={chromeLang} data-testid="app">
      <header className="app-header">
        <h1>{tr('appTitle', locale)}</h1>
        <p className="tagline">{tr('appTagline', locale)}</p>
        <LoadStatus />
      </header>
      <main className="app-main">
        <div className="input-column">
          <LocalePicker />
          <VoiceBar input={runtime.input} prefs={prefs} />
          <UtteranceForm />
          <ExampleList />
          <PanelBoundary locale={locale}>
            <ConversationView />
          </PanelBoundary>
        </div>
        <div className="output-column">
          <ErrorPanel modelId={modelId} />
          <h2 className="section-title">{trConversation('inspectorTitle', locale)}</h2>
          <PanelBoundary locale={locale}>
            <ResultPanel />
          </PanelBoundary>
          <h2 className="section-title">{trConversation('homeTitle', locale)}</h2>
          <HomePanels engine={runtime.engine} />
          <PanelBoundary locale={locale}>
            <VoiceSettingsPanel speaker={runtime.speaker} prefs={prefs} setPrefs={setPrefs} />
          </PanelBoundary>
        </div>
      </main>
      <footer className="app-footer" dir="auto">{tr('footer', locale)}</footer>
    </div>
  );
}
