// Second held-out set: written on 3 December 2026 after the fixes of that day, run once to report; do not tune on it.
/** de-DE: second held-out natural commands (see docs/commands.md). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'weck mich morgen um sieben', expect: { alarm: { time: '07:00', day: '2026-11-25' } } },
  { skill: 'alarm', say: 'stell mir einen wecker auf viertel vor sieben morgens', expect: { alarm: '06:45' } },
  { skill: 'timer', say: 'einen timer auf zehn minuten bitte', expect: { timer: 600 } },
  { skill: 'list', say: 'setz tomaten und gurken auf die einkaufsliste', expect: { listItems: ['tomaten', 'gurken'] } },
  { skill: 'calendar', say: 'termin beim zahnarzt am freitag um 14 uhr', expect: { event: { day: '2026-11-27', time: '14:00', titleIncludes: 'zahnarzt', notInTitle: ['freitag', 'uhr'] } } },
  { skill: 'light', say: 'schalt das licht bitte aus', expect: { light: { on: false } } },
  { skill: 'light', say: 'licht bitte in blau', expect: { light: { on: true, colour: 'blue' } } },
  { skill: 'volume', say: 'mach mal leiser', expect: { volume: 'down' } },
  { skill: 'media', say: 'musik stoppen', expect: { playing: false } },
  { skill: 'math', say: 'wie viel ist fünfzehn mal vier', expect: { math: '60' } },
  { skill: 'datetime', say: 'sag mir die uhrzeit', expect: { replyScenario: 'datetime', replyEffect: 'time:now' } },
  { skill: 'followup', say: ['stell bitte einen timer', 'eine viertelstunde'], expect: { timer: 900 } },
];
export default commands;
