/**
 * English UI strings of the dialogue panels (namespace `dialog`); translations live in
 * src/i18n/ui/<lang>.ts. `{name}` placeholders, plain text only.
 */
import { makeTranslator } from '../../i18n/uiText.ts';

export const EN = {
  smartHomeTitle: 'Smart home',
  light: 'Light',
  on: 'On',
  off: 'Off',
  brightness: 'Brightness {level}',
  colour: 'Colour',
  plug: 'Plug',
  vacuum: 'Vacuum cleaner',
  vacuumRunning: 'Cleaning',
  coffee: 'Coffee machine',
  coffeeBrewing: 'Brewing',
  idle: 'Idle',
  alarmsTitle: 'Alarms and timers',
  alarmsNone: 'No alarms or timers.',
  alarm: 'Alarm',
  timer: 'Timer {duration}',
  ringing: 'Ringing',
  snooze: 'Snooze',
  remove: 'Remove',
  listsTitle: 'Lists',
  listsNone: 'No lists yet.',
  defaultList: 'Your list',
  listEmpty: 'Empty',
  calendarTitle: 'Calendar',
  calendarNone: 'No events.',
  untitledEvent: 'Event',
  mediaTitle: 'Player',
  volume: 'Volume {level}',
  muted: 'Muted',
  playing: 'Playing',
  paused: 'Paused',
  nothingPlaying: 'Nothing playing',
} as const;

/** `tr(key, locale, params)` for the dialogue panels. */
export const tr = makeTranslator('dialog', EN);
