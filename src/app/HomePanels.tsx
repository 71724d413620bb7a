/**
 * What the skills act on, made visible: smart home, alarms and timers, lists, calendar and
 * media. Snooze/Remove replies from the alarm buttons join the conversation.
 */
import { AlarmsPanel, CalendarPanel, ListsPanel, MediaPanel, SmartHomePanel } from '../dialog/index.ts';
import { useApp } from '../state/StoreContext.tsx';
import { toAssistantReply, type Assistant } from './assistantAdapter.ts';

/** Props: the assistant whose dialog state the panels show. */
export function HomePanels({ assistant }: { assistant: Assistant }) {
  const locale = useApp((s) => s.locale);
  const announce = useApp((s) => s.announce);
  const { dialog } = assistant;
  return (
    <div className="home-panels">
      <SmartHomePanel dialog={dialog} locale={locale} />
      <AlarmsPanel dialog={dialog} locale={locale} onTurn={(turn) => announce(toAssistantReply(turn), turn.locale)} />
      <ListsPanel dialog={dialog} locale={locale} />
      <CalendarPanel dialog={dialog} locale={locale} />
      <MediaPanel dialog={dialog} locale={locale} />
    </div>
  );
}
