/**
 * What the skills act on, made visible: smart home, alarms and timers, lists, calendar and
 * media. Snooze/Remove replies from the alarm buttons join the conversation.
 */
import { AlarmsPanel, CalendarPanel, ListsPanel, MediaPanel, SmartHomePanel } from '../dialog/index.ts';
import { PanelBoundary } from '../components/Boundaries.tsx';
import { StorageNotice } from '../components/StorageNotice.tsx';
import { useApp } from '../state/StoreContext.tsx';
import { toAssistantReply, type AssistantEngine } from '../assistant/index.ts';

/** Props: the engine whose dialog state the panels show. */
export function HomePanels({ engine }: { engine: AssistantEngine }) {
  const locale = useApp((s) => s.locale);
  const announce = useApp((s) => s.announce);
  const { dialog } = engine;
  return (
    <div className="home-panels">
      <StorageNotice dialog={dialog} locale={locale} />
      {/* One boundary per panel: a record a panel cannot draw takes down that panel only. */}
      <PanelBoundary locale={locale}>
        <SmartHomePanel dialog={dialog} locale={locale} />
      </PanelBoundary>
      <PanelBoundary locale={locale}>
        <AlarmsPanel dialog={dialog} locale={locale} onTurn={(turn) => announce(toAssistantReply(turn), turn.locale)} />
      </PanelBoundary>
      <PanelBoundary locale={locale}>
        <ListsPanel dialog={dialog} locale={locale} />
      </PanelBoundary>
      <PanelBoundary locale={locale}>
        <CalendarPanel dialog={dialog} locale={locale} />
      </PanelBoundary>
      <PanelBoundary locale={locale}>
        <MediaPanel dialog={dialog} locale={locale} />
      </PanelBoundary>
    </div>
  );
}
