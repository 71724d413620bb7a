/** de-DE: natural commands, written for this suite (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from './types.ts';

const commands: readonly CommandSpec[] = [
  // Wecker
  { skill: 'alarm', say: 'weck mich um 6 uhr 15', expect: { alarm: '06:15' } },
  { skill: 'alarm', say: 'wecker morgen früh um halb acht', expect: { alarm: { time: '07:30', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'stell einen wecker für 18 uhr 30', expect: { alarm: '18:30' } },
  { skill: 'alarm', say: 'weck mich um viertel vor sechs', expect: { alarm: '05:45' } },
  { skill: 'alarm', say: 'wecker um viertel nach zehn heute abend', expect: { alarm: '22:15' } },
  // Timer
  { skill: 'timer', say: 'timer 25 minuten', expect: { timer: 1500 } },
  { skill: 'timer', say: 'stell einen timer auf zehn minuten', expect: { timer: 600 } },
  { skill: 'timer', say: 'stell einen timer für eineinhalb stunden', expect: { timer: 5400 } },
  // Listen
  { skill: 'list', say: 'setz milch auf die einkaufsliste', expect: { listItems: ['milch'] } },
  { skill: 'list', say: 'schreib äpfel und birnen auf meine einkaufsliste', expect: { listItems: ['äpfel', 'birnen'] } },
  { skill: 'list', say: 'füg eier und butter zur einkaufsliste hinzu', expect: { listItems: ['eier', 'butter'] } },
  // Kalender
  { skill: 'calendar', say: 'trag zahnarzt am donnerstag um 16 uhr 30 ein', expect: { event: { day: '2026-11-26', time: '16:30', titleIncludes: 'zahnarzt', notInTitle: ['donnerstag', 'uhr'] } } },
  { skill: 'calendar', say: 'mach einen termin mit anna morgen um zehn uhr', expect: { event: { day: '2026-11-25', time: '10:00', titleIncludes: 'anna', notInTitle: ['morgen', 'zehn', 'uhr'] } } },
  { skill: 'calendar', say: 'trag mittagessen mit tom am freitag um halb eins in den kalender ein', expect: { event: { day: '2026-11-27', time: '12:30', titleIncludes: 'mittagessen', notInTitle: ['freitag', 'halb', 'kalender'] } } },
  // Licht
  { skill: 'light', say: 'licht an', expect: { light: { on: true } } },
  { skill: 'light', say: 'mach das licht aus', expect: { light: { on: false } } },
  { skill: 'light', say: 'dimm das licht', expect: { light: { brightness: 'down' } } },
  { skill: 'light', say: 'mach das licht heller', expect: { light: { brightness: 'up' } } },
  { skill: 'light', say: 'mach das licht grün', expect: { light: { on: true, colour: 'green' } } },
  { skill: 'light', say: 'stell das licht auf blau', expect: { light: { on: true, colour: 'blue' } } },
  // Lautstärke
  { skill: 'volume', say: 'mach lauter', expect: { volume: 'up' } },
  { skill: 'volume', say: 'etwas leiser bitte', expect: { volume: 'down' } },
  { skill: 'volume', say: 'lautstärke auf 30', expect: { volume: 30 } },
  // Musik
  { skill: 'media', say: 'spiel musik', expect: { playing: true } },
  { skill: 'media', say: 'pausier die musik', expect: { playing: false } },
  // Rechnen
  { skill: 'math', say: 'was ist 7 mal 7', expect: { math: '49' } },
  { skill: 'math', say: 'wie viel ist fünfzehn plus siebenundzwanzig', expect: { math: '42' } },
  // Uhrzeit und Datum
  { skill: 'datetime', say: 'wie spät ist es', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'datetime', say: 'welches datum ist heute', expect: { replyScenario: 'datetime', replyEffect: 'date:' } },
  // Gespräche
  { skill: 'followup', say: ['stell einen wecker', 'um 7 uhr morgens'], expect: { alarm: '07:00' } },
  { skill: 'followup', say: ['stell einen timer', 'fünf minuten'], expect: { timer: 300 } },
  { skill: 'followup', say: ['zur einkaufsliste hinzufügen', 'licht aus'], expect: { light: { on: false } }, note: 'the open question must not swallow a confident new command' },
];
export default commands;
