/**
 * The effect of the latest exchange, made visible with the home panel it changed (the light
 * and its colour, the alarm or timer, the list, the calendar, the player); while an alarm
 * rings, the alarms. Nothing for effects that are the reply itself (the time, arithmetic).
 */
import { AlarmsPanel, CalendarPanel, ListsPanel, MediaPanel, SmartHomePanel, type Dialog } from '../../dialog/index.ts';
import { PanelBoundary } from '../../components/Boundaries.tsx';
import { uiTextLang } from '../../i18n/uiText.ts';
import type { EffectPanel } from '../exchange.ts';
import { tr } from './strings.ts';

export interface EffectViewProps {
  panel: EffectPanel | null;
  effect: string | null;
  dialog: Dialog;
  locale: string;
}

function Panel({ panel, dialog, locale }: { panel: EffectPanel; dialog: Dialog; locale: string }) {
  switch (panel) {
    case 'home':
      return <SmartHomePanel dialog={dialog} locale={locale} />;
    case 'alarms':
      return <AlarmsPanel dialog={dialog} locale={locale} />;
    case 'lists':
      return <ListsPanel dialog={dialog} locale={locale} />;
    case 'calendar':
      return <CalendarPanel dialog={dialog} locale={locale} />;
    case 'media':
      return <MediaPanel dialog={dialog} locale={locale} />;
  }
}

export function EffectView({ panel, effect, dialog, locale }: EffectViewProps) {
  if (panel === null) return null;
  return (
    <section className="kiosk-effect" data-testid="kiosk-effect" data-effect={effect ?? ''} data-panel={panel}>
      <h2 lang={uiTextLang(locale, 'kiosk')}>{tr('effect', locale)}</h2>
      <PanelBoundary locale={locale}>
        <Panel panel={panel} dialog={dialog} locale={locale} />
      </PanelBoundary>
    </section>
  );
}
