/**
 * The presenter / kiosk view (`?kiosk`): built on the page's runtime (same engine, NLU,
 * speech and store as the assistant page), for a 1920×1080 screen read from the back of a
 * room. Idle, it invites people to speak, cycling through the languages; after a request it
 * shows the latest exchange — heard, understood (friendly names), reply — beside its effect.
 * A ringing alarm gets a big Stop. It goes back to the idle screen after `?idle=` minutes
 * without a turn, keeps the screen awake, and its watchdog keeps it calm and responsive.
 */
import { useEffect, useMemo } from 'react';
import { findLanguage } from '../../i18n/languages.ts';
import { useUiLanguage } from '../../i18n/ui/useUiLanguage.ts';
import { useApp } from '../../state/StoreContext.tsx';
import { LocalePicker } from '../../components/LocalePicker.tsx';
import type { Runtime } from '../../app/runtime.ts';
import { VoiceBar } from '../../app/VoiceBar.tsx';
import { kioskCarousel } from '../carousel.ts';
import { latestExchange } from '../exchange.ts';
import { idleMsFrom } from '../idle.ts';
import { useIdleReset } from '../useIdleReset.ts';
import { useWakeLock } from '../useWakeLock.ts';
import { useWatchdog } from '../useWatchdog.ts';
import { Carousel } from './Carousel.tsx';
import { EffectView } from './EffectView.tsx';
import { ExchangeView } from './ExchangeView.tsx';
import { FullscreenButton } from './FullscreenButton.tsx';
import { KioskBoundary } from './KioskBoundary.tsx';
import { KioskStatus } from './KioskStatus.tsx';
import { StopButton } from './StopButton.tsx';
import { tr } from './strings.ts';
import './kiosk.css';

/** Props: the page's runtime; `search` is the URL query (`?idle=` minutes). */
export function KioskPage({ runtime, search }: { runtime: Runtime; search: string }) {
  const locale = useApp((s) => s.locale);
  const lang = useUiLanguage(locale);
  return (
    <KioskBoundary locale={locale}>
      <KioskView runtime={runtime} search={search} locale={locale} lang={lang} />
    </KioskBoundary>
  );
}

function KioskView({ runtime, search, locale, lang }: { runtime: Runtime; search: string; locale: string; lang: string }) {
  const turns = useApp((s) => s.turns);
  const pending = useApp((s) => s.pending);
  const draft = useApp((s) => s.draft);
  const status = useApp((s) => s.status);
  const prefs = useApp((s) => s.voicePrefs);
  const startNlu = useApp((s) => s.startNlu);
  const setLocale = useApp((s) => s.setLocale);
  const idleMs = useMemo(() => idleMsFrom(search), [search]);
  const order = useMemo(() => kioskCarousel(locale), [locale]);
  const { phase, nluRestarts, voiceStops } = useWatchdog(runtime);
  useIdleReset(runtime.store, idleMs);
  useWakeLock();
  useEffect(() => startNlu(), [startNlu]);

  const exchange = latestExchange(turns);
  const idle = exchange === null && !pending;
  const dir = findLanguage(locale)?.rtl ? 'rtl' : 'ltr';
  return (
    <main className="kiosk" dir={dir} lang={lang} data-testid="kiosk" data-idle={idle ? 'true' : 'false'} data-nlu-restarts={nluRestarts} data-voice-stops={voiceStops}>
      <header className="kiosk-bar">
        <LocalePicker />
        <VoiceBar input={runtime.input} prefs={prefs} />
        <FullscreenButton locale={locale} />
      </header>
      <KioskStatus status={status} phase={phase} locale={locale} />
      {idle ? (
        <section className="kiosk-idle" data-testid="kiosk-idle">
          <Carousel order={order} locale={locale} onPick={setLocale} />
          <p className="kiosk-muted">{tr('pressToTalk', locale)}</p>
        </section>
      ) : (
        <div className="kiosk-stage">
          <ExchangeView exchange={exchange} pendingText={pending ? draft : null} locale={locale} />
          <EffectView panel={pending ? null : (exchange?.panel ?? null)} effect={exchange?.effect ?? null} dialog={runtime.engine.dialog} locale={locale} />
        </div>
      )}
      <StopButton engine={runtime.engine} locale={locale} />
      <footer className="kiosk-foot">
        <span>{tr('idleNotice', locale, { minutes: Math.round((idleMs / 60_000) * 10) / 10 })}</span>
        {!idle && (
          <button type="button" data-testid="kiosk-reset" onClick={() => runtime.store.getState().clearTurns()}>
            {tr('startOver', locale)}
          </button>
        )}
      </footer>
    </main>
  );
}
