/**
 * Alarms and timers, soonest first; a ringing one is marked (`data-ringing="true"`) and
 * each has Snooze and Remove buttons that go through the dialog.
 */
import { useStore } from 'zustand';
import type { Dialog } from '../dialog.ts';
import { formatDateTime, formatDuration } from '../format.ts';
import type { Turn } from '../types.ts';
import { tr } from './strings.ts';

export interface AlarmsPanelProps {
  dialog: Pick<Dialog, 'state' | 'snooze' | 'removeAlarm'>;
  locale: string;
  /** Receives the reply of a button press (e.g. to speak "Snoozed for 5 minutes"). */
  onTurn?: (turn: Turn) => void;
}

export function AlarmsPanel({ dialog, locale, onTurn }: AlarmsPanelProps) {
  const alarms = useStore(dialog.state, (s) => s.alarms);
  const sorted = [...alarms].sort((a, b) => a.at - b.at);
  const act = (turn: Turn | null) => {
    if (turn) onTurn?.(turn);
  };
  return (
    <section className="dialog-panel alarms" aria-label={tr('alarmsTitle', locale)}>
      <h2>{tr('alarmsTitle', locale)}</h2>
      {sorted.length === 0 ? (
        <p>{tr('alarmsNone', locale)}</p>
      ) : (
        <ul>
          {sorted.map((a) => (
            <li key={a.id} data-testid="alarm" data-kind={a.kind} data-ringing={a.ringing ? 'true' : 'false'} className={a.ringing ? 'ringing' : undefined}>
              <span>{a.kind === 'timer' && a.seconds ? tr('timer', locale, { duration: formatDuration(a.seconds, locale) }) : tr('alarm', locale)}</span>{' '}
              <time dateTime={new Date(a.at).toISOString()}>{formatDateTime(new Date(a.at), locale)}</time>
              {a.label ? <span> · {a.label}</span> : null}
              {a.ringing ? <strong role="alert"> {tr('ringing', locale)}</strong> : null}{' '}
              <button type="button" onClick={() => act(dialog.snooze(a.id))}>
                {tr('snooze', locale)}
              </button>{' '}
              <button type="button" onClick={() => act(dialog.removeAlarm(a.id))}>
                {tr('remove', locale)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
