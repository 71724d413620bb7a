/**
 * Calendar events in date order, with the time when one was given.
 */
import { useStore } from 'zustand';
import { eventWhen } from '../skills/calendar.ts';
import type { DialogStore } from '../state.ts';
import { tr } from './strings.ts';

export interface CalendarPanelProps {
  dialog: { state: DialogStore };
  locale: string;
}

export function CalendarPanel({ dialog, locale }: CalendarPanelProps) {
  const events = useStore(dialog.state, (s) => s.events);
  const sorted = [...events].sort((a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`));
  return (
    <section className="dialog-panel calendar" aria-label={tr('calendarTitle', locale)}>
      <h2>{tr('calendarTitle', locale)}</h2>
      {sorted.length === 0 ? (
        <p>{tr('calendarNone', locale)}</p>
      ) : (
        <ul>
          {sorted.map((e) => (
            <li key={e.id} data-testid="event" data-date={e.date}>
              <time dateTime={e.time ? `${e.date}T${e.time}` : e.date}>{eventWhen(e, locale)}</time>: {e.title || tr('untitledEvent', locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
