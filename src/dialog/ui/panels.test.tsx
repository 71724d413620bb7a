/**
 * The panels render the store's state with the data attributes other checks rely on, and
 * show user text as text (never HTML).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Dialog } from '../dialog.ts';
import { createDialogStore, initialDialogState, type DialogState } from '../state.ts';
import { AlarmsPanel } from './AlarmsPanel.tsx';
import { CalendarPanel } from './CalendarPanel.tsx';
import { ListsPanel } from './ListsPanel.tsx';
import { MediaPanel } from './MediaPanel.tsx';
import { SmartHomePanel } from './SmartHomePanel.tsx';

function fakeDialog(patch: Partial<DialogState>): Pick<Dialog, 'state' | 'snooze' | 'removeAlarm'> {
  return { state: createDialogStore({ ...initialDialogState(), ...patch }), snooze: () => null, removeAlarm: () => null };
}

describe('panels', () => {
  it('SmartHomePanel shows the light state, brightness and colour', () => {
    const base = initialDialogState().devices;
    const off = renderToStaticMarkup(<SmartHomePanel dialog={fakeDialog({})} locale="en-US" />);
    expect(off).toContain('data-testid="device-light" data-state="off"');
    const on = renderToStaticMarkup(
      <SmartHomePanel dialog={fakeDialog({ devices: { ...base, light: { on: true, brightness: 40, colour: '#0a84ff', colourName: 'blue' }, plug: { on: true } } })} locale="de-DE" />,
    );
    expect(on).toContain('data-testid="device-light" data-state="on" data-colour="blue"');
    expect(on).toContain('background:#0a84ff');
    expect(on).toContain('40');
    expect(on).toContain('data-testid="device-plug" data-state="on"');
  });

  it('AlarmsPanel marks ringing alarms and has Snooze and Remove buttons', () => {
    const at = new Date(2025, 2, 14, 7, 30).getTime();
    const html = renderToStaticMarkup(
      <AlarmsPanel
        dialog={fakeDialog({
          alarms: [
            { id: 'a', kind: 'alarm', at, locale: 'en-US', ringing: true },
            { id: 'b', kind: 'timer', at: at + 60_000, seconds: 300, locale: 'en-US', ringing: false },
          ],
        })}
        locale="en-US"
      />,
    );
    expect(html.match(/data-testid="alarm"/g)).toHaveLength(2);
    expect(html).toContain('data-kind="alarm" data-ringing="true"');
    expect(html).toContain('data-kind="timer" data-ringing="false"');
    expect(html).toContain('Timer 5 minutes');
    expect(html.match(/>Snooze</g)).toHaveLength(2);
    expect(html.match(/>Remove</g)).toHaveLength(2);
  });

  it('ListsPanel shows each item exactly as said, as text', () => {
    const html = renderToStaticMarkup(
      <ListsPanel dialog={fakeDialog({ lists: [{ name: 'shopping', items: ['oat milk', '<b>eggs</b>'] }, { name: '', items: [] }] })} locale="en-US" />,
    );
    expect(html).toContain('<li data-testid="list-item">oat milk</li>');
    expect(html).toContain('<li data-testid="list-item">&lt;b&gt;eggs&lt;/b&gt;</li>');
    expect(html).toContain('Your list');
  });

  it('CalendarPanel lists events in date order', () => {
    const html = renderToStaticMarkup(
      <CalendarPanel
        dialog={fakeDialog({
          events: [
            { id: '2', title: 'dentist', date: '2025-03-20', locale: 'en-US' },
            { id: '1', title: 'meeting', date: '2025-03-15', time: '14:00', locale: 'en-US' },
          ],
        })}
        locale="en-US"
      />,
    );
    expect(html.indexOf('meeting')).toBeLessThan(html.indexOf('dentist'));
    expect(html).toMatch(/Saturday, March 15 2:00\sPM/);
  });

  it('MediaPanel shows playing state and volume', () => {
    const html = renderToStaticMarkup(
      <MediaPanel dialog={fakeDialog({ audio: { volume: 70, muted: false, playing: true, nowPlaying: 'jazz' } })} locale="en-US" />,
    );
    expect(html).toContain('data-testid="media" data-state="playing"');
    expect(html).toContain('Playing: jazz');
    expect(html).toContain('Volume 70%');
  });
});
