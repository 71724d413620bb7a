/**
 * The virtual smart home: light (on/off, brightness, colour swatch), plug, vacuum cleaner
 * and coffee machine, as the dialog's store holds them.
 */
import { useStore } from 'zustand';
import { formatPercent } from '../format.ts';
import type { DialogStore } from '../state.ts';
import { tr } from './strings.ts';

export interface SmartHomePanelProps {
  dialog: { state: DialogStore };
  locale: string;
}

export function SmartHomePanel({ dialog, locale }: SmartHomePanelProps) {
  const devices = useStore(dialog.state, (s) => s.devices);
  const { light, plug, vacuum, coffee } = devices;
  const onOff = (on: boolean) => tr(on ? 'on' : 'off', locale);
  return (
    <section className="dialog-panel smart-home" aria-label={tr('smartHomeTitle', locale)}>
      <h2>{tr('smartHomeTitle', locale)}</h2>
      <ul>
        <li data-testid="device-light" data-state={light.on ? 'on' : 'off'} data-colour={light.colourName}>
          <span
            className="swatch"
            data-testid="light-colour"
            title={light.colourName}
            style={{ display: 'inline-block', width: '1em', height: '1em', borderRadius: '50%', background: light.on ? light.colour : '#444', opacity: light.on ? Math.max(0.2, light.brightness / 100) : 1 }}
          />{' '}
          {tr('light', locale)}: {onOff(light.on)} ·{' '}
          <span data-testid="light-brightness">{tr('brightness', locale, { level: formatPercent(light.brightness, locale) })}</span>
        </li>
        <li data-testid="device-plug" data-state={plug.on ? 'on' : 'off'}>
          {tr('plug', locale)}: {onOff(plug.on)}
        </li>
        <li data-testid="device-vacuum" data-state={vacuum.running ? 'running' : 'idle'}>
          {tr('vacuum', locale)}: {tr(vacuum.running ? 'vacuumRunning' : 'idle', locale)}
        </li>
        <li data-testid="device-coffee" data-state={coffee.brewing ? 'brewing' : 'idle'}>
          {tr('coffee', locale)}: {tr(coffee.brewing ? 'coffeeBrewing' : 'idle', locale)}
        </li>
      </ul>
    </section>
  );
}
