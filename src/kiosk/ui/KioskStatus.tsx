/**
 * One calm line about the assistant's health: getting ready (model loading or reloading after
 * a restart), one moment (a slow turn), or please try again (a turn that failed). Never a
 * stack trace; the technical detail stays in the store for the inspector page.
 */
import { uiTextLang } from '../../i18n/uiText.ts';
import type { NluStatus } from '../../state/types.ts';
import type { WatchPhase } from '../useWatchdog.ts';
import { tr } from './strings.ts';

export function KioskStatus({ status, phase, locale }: { status: NluStatus; phase: WatchPhase; locale: string }) {
  const key = phase === 'failed' ? 'tryAgain' : phase === 'slow' ? 'oneMoment' : status !== 'ready' ? 'gettingReady' : null;
  return (
    <p className="kiosk-status" role="status" aria-live="polite" data-testid="kiosk-status" data-phase={phase} data-nlu={status} lang={uiTextLang(locale, 'kiosk')}>
      {key ? tr(key, locale) : ''}
    </p>
  );
}
