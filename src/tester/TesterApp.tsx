/**
 * The native-speaker tester view (`?mode=tester`, issue 12): pick a locale, say or type
 * utterances, judge and correct what the page's own NLU understood, keep it all on the
 * device (IndexedDB `polyvox-tester`), export MASSIVE JSONL; the batch evaluation sits below.
 * In this view the assistant only analyses: no skill acts on what a tester says.
 */
import { useEffect, useState } from 'react';
import { createLearningBridge, type LearningBridge } from './learning/bridge.ts';
import { MemoryPanel } from './learning/MemoryPanel.tsx';
import { RephrasePanel } from './learning/RephrasePanel.tsx';
import { TeachPanel } from './learning/TeachPanel.tsx';
import type { Runtime } from '../app/runtime.ts';
import { VoiceBar } from '../app/VoiceBar.tsx';
import { BatchPanel } from '../batch/BatchPanel.tsx';
import { PanelBoundary } from '../components/Boundaries.tsx';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { LocalePicker } from '../components/LocalePicker.tsx';
import { findLanguage } from '../i18n/languages.ts';
import { useUiLanguage } from '../i18n/ui/useUiLanguage.ts';
import { useApp } from '../state/StoreContext.tsx';
import { fetchLabels } from './labels.ts';
import { createTesterChannel } from './storage/broadcast.ts';
import { createIndexedDbTesterStorage } from './storage/indexedDb.ts';
import { createMemoryTesterStorage } from './storage/memory.ts';
import { createTesterStore, type TesterStore } from './store.ts';
import type { AnnotationListener } from './types.ts';
import { SectionNav } from './ui/SectionNav.tsx';
import { FilePanel } from './ui/FilePanel.tsx';
import { FocusProvider, useFocus } from './ui/focus.tsx';
import { ShortcutHelp } from './ui/ShortcutHelp.tsx';
import { StatusNotices } from './ui/StatusNotices.tsx';
import { SummaryPanel } from './ui/SummaryPanel.tsx';
import { TesterInput } from './ui/TesterInput.tsx';
import { TesterProvider, useTesterStore } from './ui/TesterContext.tsx';
import { tr } from './ui/tr.ts';
import { TurnList } from './ui/TurnList.tsx';
import { useShortcuts } from './ui/useShortcuts.ts';
import './tester.css';

/** Props: the model folder, the page's runtime, and who else hears each saved annotation (the view's own learning bridge always does). */
export interface TesterAppProps {
  modelId: string;
  runtime: Runtime;
  onAnnotation?: AnnotationListener;
}

/** The view's tester store over IndexedDB (memory where the browser has none), parsing with the page's engine. */
function createViewStore(runtime: Runtime, onAnnotation?: AnnotationListener): TesterStore {
  return createTesterStore({
    storage: typeof indexedDB === 'undefined' ? createMemoryTesterStorage() : createIndexedDbTesterStorage(),
    // The page's own reading (the model, then the learner's memory: runtime.ts).
    // NOTE: the engine parses in its own locale, which follows the page store's locale
    // (runtime.ts), the one the tester view picks and records.
    parse: (text) => runtime.engine.understand(text),
    onAnnotation,
  });
}

/** Wires the store to the page: stored turns, other tabs, labels, the microphone; the assistant stays silent. */
function useTesterWiring(store: TesterStore, runtime: Runtime, modelId: string): void {
  const startNlu = useApp((s) => s.startNlu);
  useEffect(() => startNlu(), [startNlu]);
  useEffect(() => {
    void store.getState().load();
    const channel = createTesterChannel();
    const disconnect = store.getState().connect(channel);
    return () => {
      disconnect();
      channel.close();
    };
  }, [store]);
  useEffect(() => {
    let live = true;
    fetchLabels(modelId).then(
      (labels) => live && store.getState().setLabels(labels),
      (err: unknown) => live && store.getState().setLabelsError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [store, modelId]);
  useEffect(() => {
    const app = runtime.store;
    const before = app.getState().assistantOn;
    app.getState().setAssistantOn(false);
    // A spoken utterance becomes a turn like a typed one, in the locale picked now.
    const stop = runtime.input.onFinal((text) => void store.getState().submit(text, app.getState().locale));
    return () => {
      stop();
      app.getState().setAssistantOn(before);
    };
  }, [store, runtime]);
}

/** The annotation half: input, shortcuts, notices and turns; the side panels. */
function AnnotateSection({ runtime, bridge, uiLocale }: { runtime: Runtime; bridge: LearningBridge; uiLocale: string }) {
  const store = useTesterStore();
  const focus = useFocus();
  const prefs = useApp((s) => s.voicePrefs);
  const locale = useApp((s) => s.locale);
  useShortcuts(store, focus);
  return (
    <main className="tester-main">
      <section id="tester-annotate" className="tester-annotate" aria-label={tr('navAnnotate', uiLocale)}>
        <div className="tester-controls">
          <LocalePicker />
          <VoiceBar input={runtime.input} prefs={prefs} />
          <TesterInput locale={locale} uiLocale={uiLocale} />
          <p className="muted">{tr('analyseOnly', uiLocale)}</p>
        </div>
        <StatusNotices uiLocale={uiLocale} />
        <PanelBoundary locale={uiLocale}>
          <TurnList uiLocale={uiLocale} />
        </PanelBoundary>
      </section>
      <aside className="tester-side">
        <ShortcutHelp uiLocale={uiLocale} />
        <PanelBoundary locale={uiLocale}>
          <SummaryPanel uiLocale={uiLocale} />
        </PanelBoundary>
        <FilePanel uiLocale={uiLocale} />
        <PanelBoundary locale={uiLocale}>
          <RephrasePanel bridge={bridge} uiLocale={uiLocale} />
          <MemoryPanel learner={runtime.learner} locale={locale} uiLocale={uiLocale} />
          <TeachPanel learner={runtime.learner} uiLocale={uiLocale} />
        </PanelBoundary>
      </aside>
    </main>
  );
}

/** The tester view. */
export function TesterApp({ modelId, runtime, onAnnotation }: TesterAppProps) {
  // One store and one learning bridge per mounted view; `onAnnotation` is read when they are created.
  const [bridge] = useState(() => createLearningBridge(runtime.learner));
  const [store] = useState(() =>
    createViewStore(runtime, (a) => {
      bridge.onAnnotation(a);
      onAnnotation?.(a);
    }),
  );
  const locale = useApp((s) => s.locale);
  const chromeLang = useUiLanguage(locale);
  useTesterWiring(store, runtime, modelId);
  return (
    <TesterProvider store={store}>
      <FocusProvider>
        <div className="app tester" dir={findLanguage(locale)?.rtl ? 'rtl' : 'ltr'} lang={chromeLang} data-testid="tester">
          <header className="app-header">
            <h1>{tr('title', locale)}</h1>
            <p className="tagline">{tr('tagline', locale)}</p>
            <LoadStatus />
          </header>
          <SectionNav uiLocale={locale} />
          <AnnotateSection runtime={runtime} bridge={bridge} uiLocale={locale} />
          <section id="tester-batch" className="tester-batch" aria-label={tr('navBatch', locale)}>
            <h2 className="section-title">{tr('navBatch', locale)}</h2>
            <PanelBoundary locale={locale}>
              <BatchPanel modelId={modelId} />
            </PanelBoundary>
          </section>
        </div>
      </FocusProvider>
    </TesterProvider>
  );
}
